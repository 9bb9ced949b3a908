// The one Vite config, one mode per thing we build:
//   vite / vite build           the demo and docs site (demo/, the library compiled from src/)
//   vite build --mode lib        the npm library: one ES module per source module in dist/, so apps
//                                tree-shake; lit, dompurify and date-fns stay imports for the app to dedupe
//   vite build --mode cdn        the script-tag ES modules in dist/cdn/: the all-in-one reader-widgets.js
//                                and one file per element, all sharing one set of chunks
//   vite build --mode cdn-iife   dist/cdn/reader-widgets.iife.js: a classic <script>, everything inlined
//   vite build --mode cdn-hydrate dist/cdn/reader-widgets.hydrate.js: the all-in-one with Lit's hydration
//                                support, for server-rendered pages (its own chunks, in dist/cdn/hydrate/)
// `npm run build` runs lib, cdn, cdn-iife and cdn-hydrate; `npm start` serves the site; `npm run build:site` builds it.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { chunkGraph, emitFile, minifyTemplates, noEntryImports } from './scripts/cdn-plugins.mjs';
import { restParameters } from './scripts/rest-parameters.mjs';

const ELEMENTS = ['article-view', 'related-list', 'trending-ticker'].filter((name) => existsSync(`src/${name}/define.ts`));

/** The npm library. Declarations come from tsc (`tsconfig.build.json`). */
function library(): UserConfig {
  const entries = ['index', 'classes', 'formats', 'date-fns', 'react', 'ssr', 'hydrate', ...ELEMENTS.map((name) => `${name}/define`)]
    .filter((name) => existsSync(`src/${name}.ts`))
    .reduce<Record<string, string>>((all, name) => ({ ...all, [name]: `src/${name}.ts` }), {});
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rollupOptions: {
        external: [/^jsdom$/, /^lit(\/|$)/, /^react(\/|$)/, /^@lit\//, /^@lit-labs\//, /^dompurify(\/|$)/, /^date-fns(\/|$)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

/**
 * What both script-tag builds share: self-contained (lit and DOMPurify bundled in), Lit's production
 * build, minified fully (Vite's library mode leaves whitespace in ES output for an app's bundler; these
 * files go to browsers as they are), the bundled libraries' licences summed up in one banner.
 * READER_CDN_PLAIN=1 builds without minifying Lit's templates, to compare. `html: false` keeps the html``
 * templates as written (the hydrating build: see `cdnHydrate`).
 */
function scriptTag({ html = true } = {}): UserConfig {
  const plain = process.env.READER_CDN_PLAIN === '1';
  return {
    logLevel: 'warn',
    resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    // restParameters: keeps DOMPurify's argument copies fast after minifying (see rest-parameters.mjs).
    plugins: plain ? [restParameters()] : [restParameters(), minifyTemplates({ html })],
    build: { outDir: 'dist/cdn', target: 'es2022', minify: true },
  };
}

const banner = '/*! reader-widgets (MIT). Bundles lit (BSD-3-Clause), DOMPurify (MPL-2.0 OR Apache-2.0). */';
const comments = { legal: false, annotation: false, jsdoc: false };

/**
 * The ES script-tag build: every entry (the all-in-one and one per element) in one build, so they share
 * chunks: a page loading two element files loads Lit, the base, the feed reader and the sanitizer once,
 * and pays no more than for the all-in-one. No chunk imports an entry file (`noEntryImports` fails the
 * build if one does): a page that loaded the entry under another URL (`?ver=6.8.1`, a redirect) would
 * run a second copy of it. `emitFile` adds reader-widgets.css (space held before the script runs). `chunkGraph` writes .tmp/cdn-graph.json for `npm run size`.
 */
function cdn(outDir = 'dist/cdn'): UserConfig {
  const base = scriptTag();
  const entries = { 'reader-widgets': 'src/index.ts', ...Object.fromEntries(ELEMENTS.map((name) => [name, `src/${name}/define.ts`])) };
  return {
    ...base,
    plugins: [
      ...(base.plugins ?? []),
      noEntryImports(),
      emitFile('src/reader-widgets.css', 'reader-widgets.css'),
      ...(outDir === 'dist/cdn' ? [chunkGraph('.tmp/cdn-graph.json')] : []),
    ],
    build: {
      ...base.build,
      outDir,
      emptyOutDir: true,
      // Library mode: no preload helper around dynamic imports.
      lib: { entry: entries, formats: ['es'] },
      rollupOptions: {
        // Entries export exactly what their module does: code another entry or a lazy chunk needs goes
        // into a shared chunk, and the entry file is a facade over it.
        preserveEntrySignatures: 'strict',
        output: {
          minify: true,
          comments,
          banner,
          entryFileNames: '[name].js',
          chunkFileNames,
          // What three of the four entries load at startup joins the base chunk (the list base, date
          // formatting) instead of making chunks of 1 KiB: two files fewer for the all-in-one and for
          // two-element pages, for 0.6 KiB more on a page with <article-view> alone.
          codeSplitting: { groups: [{ name: 'base', tags: ['$initial'], minShareCount: 3 }] },
        },
      },
    },
  };
}

/**
 * Chunks named for what they hold: an element's chunk after its folder (`article-view`), the shared
 * one after `base`, lazy ones after their module (`feed-reader`, `sanitize`, a language).
 */
const chunkFileNames = (chunk: { name: string; moduleIds: readonly string[] }) => {
  const last = chunk.moduleIds.at(-1) ?? '';
  const folder = /\/src\/([\w-]+)\/define\.ts$/.exec(last)?.[1];
  return `chunks/${folder ?? chunk.name}-[hash].js`;
};

function cdnIife(): UserConfig {
  const base = scriptTag();
  return {
    ...base,
    build: {
      ...base.build,
      emptyOutDir: false,
      lib: { entry: 'src/index.ts', name: 'ReaderWidgets', formats: ['iife'], fileName: () => 'reader-widgets.iife.js' },
      rollupOptions: { output: { minify: true, comments, banner, codeSplitting: false } },
    },
  };
}

/**
 * dist/cdn/reader-widgets.hydrate.js, what a server-rendered page loads instead of reader-widgets.js: the
 * all-in-one with Lit's hydration support loaded first. Lit hydrates a server render only from the very
 * template strings the server rendered (each `<!--lit-part DIGEST-->` is a hash of them), and the server
 * renders from the unminified source, so this build leaves the html`` templates as written (css`` is still
 * minified: a hydrated root keeps the server's styles). That is why it is a build of its own, with its own
 * chunks in dist/cdn/hydrate/, and not an entry sharing the minified chunks of `cdn` (test/hydrate/cdn
 * checks that it hydrates what the server module renders, and that the minified build would not). Its entry
 * is a small loader (src/hydrate-after-paint.ts) that imports the elements once the page has painted.
 */
function cdnHydrate(outDir = 'dist/cdn'): UserConfig {
  const base = scriptTag({ html: false });
  const own = outDir !== 'dist/cdn';
  return {
    ...base,
    plugins: [...(base.plugins ?? []), noEntryImports(), ...(own ? [] : [chunkGraph('.tmp/cdn-hydrate-graph.json')])],
    build: {
      ...base.build,
      outDir,
      // dist/cdn holds the other script-tag builds too; a directory of its own (the tests') starts empty.
      emptyOutDir: own,
      lib: { entry: { 'reader-widgets.hydrate': 'src/hydrate-after-paint.ts' }, formats: ['es'] },
      rollupOptions: {
        preserveEntrySignatures: 'strict',
        output: {
          minify: true,
          comments,
          banner,
          entryFileNames: '[name].js',
          chunkFileNames: (chunk: { name: string; moduleIds: readonly string[] }) => `hydrate/${chunkFileNames(chunk)}`,
        },
      },
    },
  };
}

/** The demo and docs site: the portal demo plus the docs pages (demo/docs/*.html), each an entry. */
function site(): UserConfig {
  return {
    root: 'demo',
    publicDir: 'data',
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: {
      outDir: '../site-dist',
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: Object.fromEntries(
          [
            'index.html',
            ...readdirSync('demo/docs')
              .filter((f) => f.endsWith('.html'))
              .map((f) => `docs/${f}`),
          ].map((page) => [page.replace(/\.html$/, ''), resolve('demo', page)]),
        ),
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'lib') return library();
  if (mode === 'cdn') return cdn(process.env.READER_CDN_OUT_DIR);
  if (mode === 'cdn-iife') return cdnIife();
  if (mode === 'cdn-hydrate') return cdnHydrate(process.env.READER_CDN_OUT_DIR);
  return site();
});
