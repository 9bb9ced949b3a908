// Writes the API reference from custom-elements.json (run by `npm run analyze`, after `cem analyze`), between
// `<!-- api:start -->` and `<!-- api:end -->` in two files:
//   demo/docs/api.md  the full tables per element: attributes and properties, methods, events, slots, CSS parts
//                     and CSS custom properties;
//   README.md         a short summary per element (the names only), linking to demo/docs/api.md, so the npm
//                     page stays readable.
//   node scripts/readme-api.mjs           rewrite both
//   node scripts/readme-api.mjs --check   exit 1 when either is out of date (for CI)
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

function elementsOf(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

const GENERATED =
  '<!-- Generated from custom-elements.json by `npm run analyze` (scripts/readme-api.mjs): edit the JSDoc in src/, not this. -->';

/** The full reference: every table of every element (demo/docs/api.md). */
export function apiMarkdown(manifest) {
  const lines = [GENERATED, ''];
  for (const element of elementsOf(manifest)) lines.push(...elementDocs(element));
  return lines.join('\n').trimEnd();
}

/** GitHub's heading anchor: lower case, punctuation other than `-` and `_` dropped, spaces as `-`. */
const anchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The README's summary: per element, what it is and the names of its pieces, linking to the full tables. */
export function apiSummaryMarkdown(manifest, reference = 'demo/docs/api.md') {
  const lines = [GENERATED, ''];
  const names = (items, format = (name) => `\`${name}\``) => items.map((item) => format(item.name)).join(', ');
  const elements = elementsOf(manifest);
  // Tokens every element reads (colours, fonts, spacing) are counted; each element's own are named.
  const tokenSets = elements.map((element) => new Set((element.cssProperties ?? []).map((p) => p.name)));
  const shared = new Set([...(tokenSets[0] ?? [])].filter((name) => tokenSets.every((set) => set.has(name))));
  for (const element of elements) {
    const attributes = (element.attributes ?? []).filter((a) => a.name);
    const events = (element.events ?? []).filter((e) => e.name);
    const slots = element.slots ?? [];
    const parts = element.cssParts ?? [];
    const properties = element.cssProperties ?? [];
    const summary = cell(element.summary || element.description);
    lines.push(`**[\`<${element.tagName}>\`](${reference}#${anchor(`<${element.tagName}>`)})**${summary ? ` ${summary}` : ''}`, '');
    if (attributes.length) lines.push(`- Attributes: ${names(attributes)}`);
    if (events.length) lines.push(`- Events: ${names(events)}`);
    if (slots.length) lines.push(`- Slots: ${slots.map((s) => (s.name ? `\`${s.name}\`` : '(default)')).join(', ')}`);
    if (parts.length) lines.push(`- CSS parts: ${names(parts)}`);
    const own = properties.filter((p) => !shared.has(p.name) || elements.length === 1);
    const sharedCount = properties.length - own.length;
    if (properties.length) {
      const pieces = [sharedCount ? `the ${sharedCount} shared \`--reader-*\` tokens` : '', own.length ? names(own) : ''].filter(Boolean);
      lines.push(`- CSS custom properties: ${pieces.join(', plus ')}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export function replaceApiSection(readme, markdown) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`needs the markers ${START} and ${END}, in that order.`);
  return `${readme.slice(0, start + START.length)}\n${markdown}\n\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));
  const targets = [
    { file: 'demo/docs/api.md', markdown: apiMarkdown(manifest) },
    { file: 'README.md', markdown: apiSummaryMarkdown(manifest) },
  ];
  let stale = false;
  for (const { file, markdown } of targets) {
    const path = `${root}/${file}`;
    const current = readFileSync(path, 'utf8');
    let next;
    try {
      // Formatted as `prettier --check` expects (aligned tables), so `npm run lint` passes on generated text.
      const options = { ...(await prettier.resolveConfig(path)), parser: 'markdown' };
      next = replaceApiSection(current, (await prettier.format(markdown, options)).trimEnd());
    } catch (error) {
      console.error(`readme-api: ${file}: ${error.message}`);
      process.exit(1);
    }
    if (next === current) {
      console.log(`readme-api: ${file} is up to date.`);
    } else if (process.argv.includes('--check')) {
      console.error(`readme-api: ${file} is out of date; run \`npm run analyze\`.`);
      stale = true;
    } else {
      writeFileSync(path, next);
      console.log(`readme-api: ${file} updated.`);
    }
  }
  if (stale) process.exit(1);
}
