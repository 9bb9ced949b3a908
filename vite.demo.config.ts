// The demo (and docs site): served from demo/ with the library compiled from src/.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: 'data',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: '../site-dist',
    emptyOutDir: true,
    target: 'es2022',
    // The portal demo plus the docs pages (demo/docs/*.html), each an entry of its own.
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
});
