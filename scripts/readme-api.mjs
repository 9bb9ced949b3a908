// Writes the README's API tables from custom-elements.json (run by `npm run analyze`, after `cem analyze`).
// Replaces everything between `<!-- api:start -->` and `<!-- api:end -->` in README.md with, per element:
// attributes and properties, methods, events, slots, CSS parts and CSS custom properties.
//   node scripts/readme-api.mjs           rewrite README.md
//   node scripts/readme-api.mjs --check   exit 1 when README.md is out of date (for CI)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
/** The contract's order; any other element follows alphabetically. */
const ORDER = ['article-view', 'related-list', 'trending-ticker'];

/** Table cell text: one line, pipes escaped (GitHub tables split on `|`, even inside code spans). */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
/** `string | undefined` reads as `string`: every optional property is `undefined` until set. */
const typeText = (type) => type?.text?.replace(/\s*\|\s*undefined\b/g, '');
const isPublic = (member) => !member.privacy || member.privacy === 'public';

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`), ''];
}

function section(title, headers, rows) {
  return rows.length === 0 ? [] : [`#### ${title}`, '', ...table(headers, rows)];
}

function elementDocs(element) {
  const attributes = new Map((element.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const fields = (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && isPublic(m) && !m.readonly);
  const propertyRows = fields.map((field) => {
    const attribute = field.attribute ?? attributes.get(field.name)?.name;
    const name = field.reflects ? `${code(field.name)} (reflects)` : code(field.name);
    return [name, attribute ? code(attribute) : '—', code(typeText(field.type)), code(field.default), cell(field.description)];
  });
  // Attributes without a property of the same name (rare, but the manifest allows them).
  for (const attribute of element.attributes ?? []) {
    if (!fields.some((f) => f.name === (attribute.fieldName ?? attribute.name))) {
      propertyRows.push(['—', code(attribute.name), code(typeText(attribute.type)), code(attribute.default), cell(attribute.description)]);
    }
  }
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && !m.static && isPublic(m));
  const methodRows = methods.map((m) => {
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ');
    return [code(`${m.name}(${params})`), cell(m.description)];
  });
  const lines = [`### \`<${element.tagName}>\``, ''];
  if (element.summary || element.description) lines.push(cell(element.summary || element.description), '');
  lines.push(
    ...section('Attributes and properties', ['Property', 'Attribute', 'Type', 'Default', 'Description'], propertyRows),
    ...section('Methods', ['Method', 'Description'], methodRows),
    ...section(
      'Events',
      ['Event', 'Description'],
      (element.events ?? []).filter((e) => e.name).map((e) => [code(e.name), cell(e.description)]),
    ),
    ...section(
      'Slots',
      ['Slot', 'Description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    ...section(
      'CSS parts',
      ['Part', 'Description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    ...section(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  );
  return lines;
}

export function apiMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
  const lines = [
    '<!-- Generated from custom-elements.json by `npm run analyze` (scripts/readme-api.mjs): edit the JSDoc in src/, not this. -->',
    '',
  ];
  for (const element of elements) lines.push(...elementDocs(element));
  return lines.join('\n').trimEnd();
}

export function replaceApiSection(readme, markdown) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}, in that order.`);
  return `${readme.slice(0, start + START.length)}\n${markdown}\n\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));
  const readmePath = `${root}/README.md`;
  const readme = readFileSync(readmePath, 'utf8');
  let next;
  try {
    // Formatted as `prettier --check` expects (aligned tables), so `npm run lint` passes on generated text.
    const options = { ...(await prettier.resolveConfig(readmePath)), parser: 'markdown' };
    next = replaceApiSection(readme, (await prettier.format(apiMarkdown(manifest), options)).trimEnd());
  } catch (error) {
    console.error(`readme-api: ${error.message}`);
    process.exit(1);
  }
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('readme-api: README.md API tables are out of date; run `npm run analyze`.');
      process.exit(1);
    }
    console.log('readme-api: README.md API tables are up to date.');
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('readme-api: README.md API tables updated.');
  } else {
    console.log('readme-api: README.md API tables already up to date.');
  }
}
