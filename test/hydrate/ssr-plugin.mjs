// A web-test-runner plugin for the hydration tests: `executeServerCommand('reader-server-render', request)`
// in a test returns an element rendered on the "server" (server-worker.mjs, one worker thread, started on
// first use, so the DOM shim and the TypeScript hooks stay out of the test runner's own process).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';

const root = resolve(import.meta.dirname, '../..');
let built;

/**
 * The hydrating script-tag build, made for the test run (`vite build --mode cdn-hydrate` into
 * .tmp/cdn-hydrate-test, once, on first use); READER_CDN_TEST_DIR=dist/cdn tests an existing build.
 */
function hydrateBuild() {
  if (process.env.READER_CDN_TEST_DIR) return Promise.resolve(resolve(root, process.env.READER_CDN_TEST_DIR));
  const outDir = join(root, '.tmp/cdn-hydrate-test');
  built ??= promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'cdn-hydrate'], {
    cwd: root,
    env: { ...process.env, READER_CDN_OUT_DIR: outDir },
  }).then(() => outDir);
  return built;
}

/** Serves that build under /__hydrate-cdn/ (test/hydrate/cdn.test.ts). */
export async function hydrateCdnMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__hydrate-cdn/')) return next();
  const dir = await hydrateBuild();
  const file = normalize(join(dir, ctx.path.slice('/__hydrate-cdn/'.length)));
  if (!file.startsWith(dir)) return next();
  try {
    ctx.body = await readFile(file);
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
  } catch {
    ctx.status = 404;
  }
}

export const SERVER_RENDER_COMMAND = 'reader-server-render';

export function serverRenderPlugin() {
  let worker;
  let next = 0;
  const waiting = new Map();
  const start = () => {
    const started = new Worker(new URL('./server-worker.mjs', import.meta.url));
    started.on('message', ({ id, markup, error }) => {
      const { resolve, reject } = waiting.get(id) ?? {};
      waiting.delete(id);
      if (error) reject?.(new Error(error));
      else resolve?.(markup);
    });
    started.on('error', (error) => {
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
      worker = undefined;
    });
    started.unref();
    return started;
  };
  return {
    name: 'reader-server-render',
    executeCommand({ command, payload }) {
      if (command !== SERVER_RENDER_COMMAND) return undefined;
      worker ??= start();
      const id = (next += 1);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, request: payload });
      });
    },
    async serverStop() {
      await worker?.terminate();
    },
  };
}
