// Framework type declarations, generated from custom-elements.json after `cem analyze` (npm run analyze):
//   types/jsx.d.ts              `CustomElements` props for any JSX (custom-element-jsx-integration)
//   types/react.d.ts            adds them to React 19's JSX.IntrinsicElements
//   types/vue.d.ts              Vue `GlobalComponents` + JSX (custom-element-vuejs-integration)
//   types/svelte-elements.d.ts  Svelte props (custom-element-svelte-integration)
//   types/svelte.d.ts           adds them to `svelte/elements`
//   vscode.html-custom-data.json  VS Code HTML custom data (custom-element-vs-code-integration): tags,
//                                 attributes and their values complete in HTML ("html.customData" setting)
//   web-types.json                JetBrains web-types (custom-element-jet-brains-integration), found by
//                                 the IDE through package.json's "web-types" field
// All of these are build output, not committed (.gitignore), and listed in package.json "files": the
// package ships them, written by its build (npm run analyze). src/react.ts references types/react.d.ts,
// so `npm run typecheck` and the declarations step of `npm run build:npm` run this script first too
// (from the committed custom-elements.json): a clean clone type-checks and builds.
// Angular needs no generated file: CUSTOM_ELEMENTS_SCHEMA plus the classes' HTMLElementTagNameMap entries.
// Prop types come from the element classes (`ArticleView['article']`), imported from the package itself.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const outdir = 'types';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// Event types come from the manifest (`@fires {ReaderLoadEvent} reader-load` in the elements' JSDoc).
const common = { outdir, globalTypePath: 'reader-widgets', hideLogs: true };
mkdirSync(outdir, { recursive: true });
// Each generator may annotate the manifest it is given: hand each its own copy.
const copy = () => structuredClone(manifest);
generateJsxTypes(copy(), { ...common, fileName: 'jsx.d.ts' });
generateVuejsTypes(copy(), { ...common, fileName: 'vue.d.ts' });
generateSvelteTypes(copy(), { ...common, fileName: 'svelte-elements.d.ts' });

/** The generators import a type once per element that uses it (TS2300 under `skipLibCheck: false`): once each. */
function dedupeImports(text) {
  return text.replace(/import type \{([^}]*)\} from ("[^"]+");/g, (_, names, from) => {
    const unique = [
      ...new Set(
        names
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
      ),
    ];
    return `import type {\n${unique.map((n) => `  ${n},`).join('\n')}\n} from ${from};`;
  });
}
/** A manifest event typed as an event class (`ReaderLoadEvent`) is the listener's argument itself, not a detail. */
const eventClasses = (text) => text.replace(/CustomEvent<(\w+Event)>/g, '$1');
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
/**
 * Vue checks a template's `date-style="…"` and `@reader-select` against the camelCase props `dateStyle` and
 * `onReaderSelect`: kebab-case keys (as the generator writes them) leave both unchecked and the handler `any`.
 */
const vueCamelCase = (text) =>
  text
    .replace(/^(\s*)"on([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, event) => `${indent}on${camel(`-${event}`)}?:`)
    .replace(/^(\s*)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, prop) => `${indent}${camel(prop)}?:`);
const rewrite = (file, ...steps) =>
  writeFileSync(
    file,
    steps.reduce((text, step) => step(text), readFileSync(file, 'utf8')),
  );
rewrite(`${outdir}/jsx.d.ts`, dedupeImports, eventClasses);
rewrite(`${outdir}/vue.d.ts`, dedupeImports, eventClasses, vueCamelCase);
rewrite(`${outdir}/svelte-elements.d.ts`, dedupeImports, eventClasses);

// Editors: HTML completion for tags, attributes and their values. The generators list a type's values only
// when it is written out as a union of literals, so aliases (`Theme`, `DateStyle`) are expanded from their
// `export type X = 'a' | 'b'` in the source; an object type (`ArticleInput`) is JSON text in HTML.
const aliases = {};
for (const file of readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'))) {
  for (const [, name, union] of readFileSync(`src/${file}`, 'utf8').matchAll(/export type (\w+) =\s*((?:\s*\|?\s*'[^']*')+)\s*;/g)) {
    aliases[name] = union.trim().replace(/^\|\s*/, '');
  }
}
const primitive = /^(string|number|boolean)$/;
function htmlTypes(cem) {
  for (const module of cem.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const attribute of declaration.attributes ?? []) {
        const parts = (attribute.type?.text ?? 'string')
          .split('|')
          .map((t) => t.trim())
          .filter((t) => t !== 'undefined');
        const expanded = parts.map((t) => aliases[t] ?? t);
        const known = expanded.every((t) => primitive.test(t) || /^'.*'$/.test(t) || t.includes("'"));
        attribute.type = { text: known ? expanded.join(' | ') : 'string' };
      }
    }
  }
  return cem;
}
const editorOptions = { hideLogs: true, skip: false };
const json = (text) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
writeFileSync(
  'vscode.html-custom-data.json',
  json(getVsCodeHtmlCustomData(htmlTypes(copy()), { ...editorOptions, htmlFileName: null, cssFileName: null })),
);
writeFileSync('web-types.json', json(getWebTypesData(htmlTypes(copy()), { ...editorOptions, packageJson: false })));

const header = '// Generated by scripts/framework-types.mjs from custom-elements.json (npm run analyze). Do not edit.\n';
writeFileSync(
  `${outdir}/react.d.ts`,
  `${header}// React 19: \`import type {} from 'reader-widgets/types/react';\` once, e.g. in src/vite-env.d.ts.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
writeFileSync(
  `${outdir}/svelte.d.ts`,
  `${header}// Svelte 5: \`import type {} from 'reader-widgets/types/svelte';\` once, in a module your type check includes.
import type { CustomElements } from './svelte-elements.js';

/** Svelte 5 writes listeners as attributes (\`onreader-load\`); the generator writes Svelte 4's \`on:reader-load\`. Both work. */
type WithEventAttributes<P> = P & { [K in keyof P as K extends \`on:\${infer E}\` ? \`on\${E}\` : never]?: P[K] };
type Elements = { [Tag in keyof CustomElements]: WithEventAttributes<CustomElements[Tag]> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends Elements {}
}
`,
);
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
console.log(`framework types for ${tags.join(', ')} written to ${outdir}/`);
