// The script-tag builds: self-contained (lit, DOMPurify and date-fns bundled in) and minified.
//   dist/cdn/reader-widgets.js        ES module, registers all elements; the sanitizer is a lazy chunk
//   dist/cdn/<element>.js             ES module for one element
//   dist/cdn/reader-widgets.iife.js   classic <script>, everything in one file
import { existsSync } from 'node:fs';
import { build } from 'vite';

const elements = ['article-view', 'related-list', 'trending-ticker'].filter((name) => existsSync(`src/${name}/define.ts`));
const shared = {
  configFile: false,
  logLevel: 'warn',
  // Lit's production build, without dev-mode warnings.
  resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
  define: { 'process.env.NODE_ENV': '"production"' },
};

await build({
  ...shared,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: { 'reader-widgets': 'src/index.ts', ...Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])) },
      formats: ['es'],
    },
    rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

await build({
  ...shared,
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'src/index.ts', name: 'ReaderWidgets', formats: ['iife'], fileName: () => 'reader-widgets.iife.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
