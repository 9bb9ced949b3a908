// The script-tag builds: self-contained (lit and DOMPurify bundled in) and minified.
//   dist/cdn/reader-widgets.js        ES module, registers all elements; the sanitizer is a lazy chunk
//   dist/cdn/<element>.js             ES module for one element
//   dist/cdn/reader-widgets.iife.js   classic <script>, everything in one file
// It also writes .tmp/cdn-graph.json (each output file's static and dynamic imports) for
// `npm run size`, which counts an entry together with everything it loads before it can run.
//
// Size work done here, measured with `npm run size`:
//   - Lit's html`` and css`` templates are minified (whitespace, comments, CSS) by Lit's own plugin
//     (READER_CDN_PLAIN=1 builds without it, to compare).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { restParameters } from './rest-parameters.mjs';

const plain = process.env.READER_CDN_PLAIN === '1';
const elements = ['article-view', 'related-list', 'trending-ticker'].filter((name) => existsSync(`src/${name}/define.ts`));

/** Records every output file's imports into `graph`, so the size script can sum an entry's static graph. */
function chunkGraph(graph) {
  return {
    name: 'reader-chunk-graph',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph[chunk.fileName] = {
          imports: chunk.imports,
          dynamicImports: chunk.dynamicImports,
          isEntry: chunk.isEntry,
          modules: Object.fromEntries(
            Object.entries(chunk.modules).map(([id, m]) => [id.replace(process.cwd() + '/', ''), m.renderedLength]),
          ),
        };
      }
    },
  };
}

/**
 * Minifies Lit's html`` and css`` templates. A static template whose tag name is an expression
 * (`<${heading}>`) is not HTML the minifier can parse, so it is left as written.
 */
function minifyTemplates() {
  const dynamicTagName = (template) => template.parts.some((part, i) => i < template.parts.length - 1 && /<\/?$/.test(part.text));
  return minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { shouldMinify: (template) => defaultShouldMinify(template) && !dynamicTagName(template) },
  });
}

const shared = {
  configFile: false,
  logLevel: 'warn',
  // Lit's production build, without dev-mode warnings.
  resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  // restParameters: keeps DOMPurify's argument copies fast after minifying (see rest-parameters.mjs).
  plugins: plain ? [restParameters()] : [restParameters(), minifyTemplates()],
};

/**
 * Vite's library mode leaves whitespace and comments in ES output (for an app's bundler to tree-shake);
 * these files go to browsers as they are, so they are minified fully. The bundled libraries' license
 * notices are summed up in one banner instead of one comment per module.
 */
const output = {
  minify: true,
  comments: { legal: false, annotation: false, jsdoc: false },
  banner: '/*! reader-widgets (MIT). Bundles lit (BSD-3-Clause), DOMPurify (MPL-2.0 OR Apache-2.0). */',
};

const graph = {};
/** One ES build: an entry (plus lazy chunks) tree-shaken for itself alone. */
const esBuild = (name, entry, emptyOutDir) =>
  build({
    ...shared,
    plugins: [...shared.plugins, chunkGraph(graph)],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir,
      target: 'es2022',
      minify: true,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      // 'allow-extension': the lazy sanitizer chunk imports shared code from the entry itself, instead
      // of both importing a common chunk (one more request before anything renders).
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { ...output, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });

// Each entry is built on its own, so an element's file holds only what that element uses (a shared
// chunk would carry everything any element needs). A page that loads two per-element files gets two
// copies of Lit: such a page should use the all-in-one file, which shares one.
await esBuild('reader-widgets', 'src/index.ts', true);
for (const name of elements) await esBuild(name, `src/${name}/define.ts`, false);
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/cdn-graph.json', JSON.stringify(graph, null, 1));

await build({
  ...shared,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'src/index.ts', name: 'ReaderWidgets', formats: ['iife'], fileName: () => 'reader-widgets.iife.js' },
    rollupOptions: { output: { ...output, codeSplitting: false } },
  },
});
