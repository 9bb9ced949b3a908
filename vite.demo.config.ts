// The demo (and docs site): served from demo/ with the library compiled from src/.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: 'data',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../site-dist', emptyOutDir: true, target: 'es2022' },
});
