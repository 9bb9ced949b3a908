// The npm build: one ES module per source module (so apps tree-shake), with lit, dompurify and
// date-fns left as imports for the app's bundler to dedupe. Declarations come from tsc.
import { existsSync } from 'node:fs';
import { defineConfig } from 'vite';

const entries = ['index', 'classes', 'date-fns', 'article-view/define', 'related-list/define', 'trending-ticker/define']
  .filter((name) => existsSync(`src/${name}.ts`))
  .reduce<Record<string, string>>((all, name) => ({ ...all, [name]: `src/${name}.ts` }), {});

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^dompurify(\/|$)/, /^date-fns(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
