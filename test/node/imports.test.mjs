// Every npm entry imports in Node without a DOM (issue 16): frameworks (Next.js, Nuxt, SvelteKit, Astro)
// import components on the server, in plain Node or after @lit-labs/ssr's DOM shim. Runs on the BUILT
// dist/ through the package's `exports` (what Node users import): `npm run build:npm && npm run test:node`.
// Each import runs in a fresh Node process, so one entry's import cannot hide another's failure.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const ELEMENTS = ['article-view', 'related-list', 'trending-ticker'];

/** The importable entries: script-tag files, type-only paths and JSON files are not for Node's import(). */
const entries = Object.keys(pkg.exports)
  .filter((key) => !key.includes('*') && !key.endsWith('.json'))
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/** The tags an entry registers: the all-in-one, the hydrating all-in-one, the React wrappers and the server renderer all three, an element's entry its own. */
const ALL_THREE = new Set([pkg.name, `${pkg.name}/hydrate`, `${pkg.name}/react`, `${pkg.name}/ssr`]);
const tagsOf = (entry) => (ALL_THREE.has(entry) ? ELEMENTS : ELEMENTS.filter((tag) => entry === `${pkg.name}/${tag}`));

/** Imports `entry` in a new Node process (by its package name, so `exports` resolves it) and reports. */
async function importInNode(entry, { domShim }) {
  const script = `
    ${domShim ? "await import('@lit-labs/ssr/lib/install-global-dom-shim.js');" : ''}
    await import(${JSON.stringify(entry)});
    // The tags are registered when the import resolves (a server renders right after it)…
    const tags = ${JSON.stringify(ELEMENTS)};
    const registry = globalThis.customElements;
    console.log(JSON.stringify(tags.filter((tag) => registry?.get(tag) !== undefined)));
    // …and the process ends when whatever the import started (loading messages, say) has run: a failure
    // there writes to stderr, and an unhandled rejection ends the process with an error.`;
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '--unhandled-rejections=strict', '-e', script], {
    cwd: root,
  }).catch((error) => assert.fail(`import('${entry}') failed${domShim ? ' with the DOM shim' : ''}:\n${error.stderr || error.message}`));
  return { registered: JSON.parse(stdout.trim().split('\n').at(-1)), stderr };
}

for (const entry of entries) {
  test(`import('${entry}') in plain Node: no error, no warning`, async () => {
    const { stderr } = await importInNode(entry, { domShim: false });
    assert.equal(stderr, '');
  });

  test(`import('${entry}') after @lit-labs/ssr's DOM shim registers ${tagsOf(entry).join(', ') || 'nothing'}`, async () => {
    const { registered, stderr } = await importInNode(entry, { domShim: true });
    assert.equal(stderr, '');
    assert.deepEqual(registered, tagsOf(entry));
  });
}

test('the entries tested are every importable export', () => {
  assert.deepEqual(entries, [
    'reader-widgets',
    'reader-widgets/classes',
    'reader-widgets/article-view',
    'reader-widgets/related-list',
    'reader-widgets/trending-ticker',
    'reader-widgets/formats',
    'reader-widgets/date-fns',
    'reader-widgets/react',
    'reader-widgets/ssr',
    'reader-widgets/hydrate',
  ]);
});
