// Build plugins for the script-tag builds (vite.config.ts, modes `cdn` and `cdn-iife`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

/**
 * Fails the build when a chunk imports an entry file. A page may load an entry under another URL than
 * the one a chunk would import it by (`reader-widgets.js?ver=6.8.1`, a redirect to a versioned URL):
 * the browser would then run a second copy of it (elements defined twice, a second request cache).
 */
export function noEntryImports() {
  return {
    name: 'reader-no-entry-imports',
    generateBundle(_options, bundle) {
      const entries = new Set(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk' && file.isEntry)
          .map((file) => file.fileName),
      );
      const wrong = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .flatMap((chunk) =>
          [...chunk.imports, ...chunk.dynamicImports]
            .filter((name) => entries.has(name))
            .map((name) => `${chunk.fileName} imports ${name}`),
        );
      if (wrong.length > 0)
        this.error(`A chunk imports an entry file (a page loading it by another URL would run it twice):\n  ${wrong.join('\n  ')}`);
    },
  };
}

/**
 * Copies a file into the build as it is (the stylesheet that holds the widgets' space before their
 * script runs: src/reader-widgets.css → dist/cdn/reader-widgets.css).
 */
export function emitFile(source, fileName) {
  return {
    name: 'reader-emit-file',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: readFileSync(source, 'utf8') });
    },
  };
}

/** Writes every output file's static and dynamic imports and module sizes to `file`, for `npm run size`. */
export function chunkGraph(file) {
  return {
    name: 'reader-chunk-graph',
    generateBundle(_options, bundle) {
      const graph = {};
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
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(graph, null, 1));
    },
  };
}

/**
 * Minifies Lit's html`` and css`` templates. A static template whose tag name is an expression
 * (`<${heading}>`) is not HTML the minifier can parse, so it is left as written. `html: false` minifies
 * the css`` templates only (the hydrating build must keep the html`` ones as the server renders them).
 */
export function minifyTemplates({ html = true } = {}) {
  const dynamicTagName = (template) => template.parts.some((part, i) => i < template.parts.length - 1 && /<\/?$/.test(part.text));
  return minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { shouldMinify: (template) => html && defaultShouldMinify(template) && !dynamicTagName(template) },
  });
}
