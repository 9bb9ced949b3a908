// Loaded in each Node worker @lit-labs/testing's litSsrPlugin starts for an ssrFixture (see
// web-test-runner.config.mjs), before the fixture's render. It registers the three elements, from the
// sources, as reader-widgets/ssr does on a server, and readies the fixture's element.
//
// @lit-labs/ssr renders an element in one synchronous pass, so what the element loads lazily in a browser
// must be in before it: the words of its language, what its data needs to be read (the full date parser
// for an RSS date), and for an article body the jsdom sanitizer. reader-widgets/ssr readies all of that in
// its prepare() (src/ssr.ts) before each render; the worker knows nothing of it. So the fixture's element
// is readied here the way a server render readies it: by rendering the same element with the same data
// and attributes through src/ssr.ts (that HTML is dropped). Importing src/ssr.ts also installs the DOM
// shim and registers the three elements, as a server does.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLES = `${root}.tmp/modes-ssr/`;

/**
 * src/ssr.ts and everything it imports from src/, compiled into one module (packages left to Node), kept
 * in .tmp/modes-ssr/ under a hash of src/. A new worker per fixture that loaded the ~80 source files one by
 * one through the TypeScript hooks (test/hydrate/ts-hooks.mjs) spent most of its time doing that.
 */
async function serverModule() {
  const files = (await readdir(`${root}src`, { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(`${root}src/${file}`));
  const bundle = `${BUNDLES}${hash.digest('hex').slice(0, 16)}.mjs`;
  if (existsSync(bundle)) return bundle;
  const { build } = await import('esbuild');
  await rm(BUNDLES, { recursive: true, force: true });
  await mkdir(BUNDLES, { recursive: true });
  const partial = `${bundle}.${process.pid}.partial`;
  await build({
    entryPoints: [`${root}src/ssr.ts`],
    outfile: partial,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    logLevel: 'error',
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  // Renamed once whole: a worker never imports half a file.
  await rename(partial, bundle);
  return bundle;
}

const ssr = await import(pathToFileURL(await serverModule()).href);

const RENDERERS = {
  'article-view': ssr.renderArticleView,
  'related-list': ssr.renderRelatedList,
  'trending-ticker': ssr.renderTrendingTicker,
};

/**
 * The fixture's element as src/ssr.ts takes it: its tag, its data (the `.article` / `.items` binding)
 * and its attributes (static, bound, and a `.locale` binding, which is what the `locale` attribute sets).
 * `template` is the fixture's TemplateResult after JSON (strings and values, a single top-level element).
 */
export function readFixture({ strings, values }) {
  const tag = /<(article-view|related-list|trending-ticker)[\s>]/.exec(strings[0])?.[1];
  if (!tag) return undefined;
  const attributes = {};
  let data;
  strings.forEach((text, i) => {
    const openTag = i === 0 ? text.slice(text.indexOf(`<${tag}`) + tag.length + 1) : text;
    const end = openTag.indexOf('>');
    const inTag = end === -1 ? openTag : openTag.slice(0, end);
    for (const [, name, quoted, bare] of inTag.matchAll(/(?:^|\s)([a-z][a-z0-9-]*)(?:="([^"]*)"|=([^\s"'=<>`]+))?(?=\s|$)/g)) {
      attributes[name] = quoted ?? bare ?? true;
    }
    const bound = /\s([.?]?)([a-zA-Z][a-zA-Z0-9-]*)=$/.exec(inTag);
    if (!bound || end !== -1 || i === values.length) return;
    const [, prefix, name] = bound;
    if (prefix === '.' && (name === 'article' || name === 'items')) data = values[i];
    else if (prefix === '.' && name === 'locale') attributes.locale = values[i];
    else if (prefix === '?') attributes[name] = !!values[i];
    else if (prefix === '') attributes[name] = values[i];
  });
  return { tag, data, attributes };
}

const fixture = workerData?.template && readFixture(workerData.template);
if (fixture) {
  // Its warnings (bad data, say) are the fixture render's too: said once, by that render.
  const warn = console.warn;
  console.warn = () => {};
  try {
    await RENDERERS[fixture.tag](fixture.data, { attributes: fixture.attributes });
  } finally {
    console.warn = warn;
  }
}
