/**
 * For tests of a lazy chunk that fails to load (a CDN outage, a deploy that removed an old chunk, a flaky
 * network): test/base/failing-chunk-server.mjs closes the connection of a request for the chunk this page's
 * cookie names.
 * - Today's engines keep a module that failed to load as failed for the page's life (whatwg/html#6768; the
 *   spec's fix, whatwg/html#10327, is not implemented yet), so each chunk can fail once per test file, and
 *   only before anything in that file has loaded it.
 * - The test runner lets the browser cache every file for a year, so a chunk an earlier test file loaded
 *   would come from the cache without asking the server: each file loads the elements under a URL prefix
 *   of its own (`/__fresh/<file>/src/…`), which the server maps back to `/src/…`.
 */
import { oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { part, text } from '../helpers.js';

/** The cookie test/base/failing-chunk-server.mjs reads. */
const FAILING_CHUNK_COOKIE = 'reader-test-failing-chunk';

/**
 * Makes requests whose path starts with `pathStart` (a chunk's source file, any extension) fail, for the
 * test (the hooks below end it), and at most 30 s should a test end without its hooks (a crashed page).
 */
export function failChunk(pathStart: string): void {
  document.cookie = `${FAILING_CHUNK_COOKIE}=${encodeURIComponent(pathStart)}; path=/; max-age=30`;
}

export function serveChunksAgain(): void {
  document.cookie = `${FAILING_CHUNK_COOKIE}=; path=/; max-age=0`;
}

/** The paths of the requests failed since the last call (the test server's log, read once per test). */
async function failedRequests(): Promise<string[]> {
  const response = await fetch('/__failing-chunk/failed', { cache: 'no-store' });
  return (await response.json()) as string[];
}

/** Whether the page asked for the chunk (and was refused) since the test began. */
export async function chunkAskedFor(pathStart: string): Promise<boolean> {
  return (await failedRequests()).some((path) => path.startsWith(pathStart));
}

/**
 * How an element settles after `change`: `shown: <its body's or first item's text>` at `reader-load`, or
 * `error: <message>` at `reader-error`. After a chunk failed and is served again, an engine that keeps the
 * failed module gives the same clear error, and one with the spec's fix loads the chunk: either way the
 * element settles, and nothing throws.
 */
export async function outcome(el: HTMLElement, change: () => void): Promise<string> {
  const settled = Promise.race([oneEvent(el, 'reader-load'), oneEvent(el, 'reader-error')]);
  change();
  const event = (await settled) as CustomEvent<{ message?: string }>;
  if (event.type === 'reader-error') return `error: ${event.detail.message}`;
  return `shown: ${text(part(el, 'body') ?? part(el, 'item') ?? part(el, 'title'))}`;
}

/**
 * Mocha hooks for a describe block: first the elements `tags` are defined from the URL prefix of `file`
 * (the test file's name); each test ends with the chunks served again and its elements removed, and fails
 * if anything was thrown into the page (an error or an unhandled rejection). Returns `place`, which adds
 * an element to the page for the test.
 */
export function failingChunkHooks(file: string, tags: string[]): { place: <E extends Element>(el: E) => E } {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  const placed: Element[] = [];

  before(async () => {
    for (const tag of tags) await import(/* @vite-ignore */ `/__fresh/${file}/src/${tag}/define.ts`);
  });

  beforeEach(async () => {
    await failedRequests(); // forgets what earlier tests failed
    uncaught.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });

  afterEach(async () => {
    serveChunksAgain();
    // A rejection is reported a task after it happens.
    await new Promise((resolve) => setTimeout(resolve));
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    for (const el of placed.splice(0)) el.remove();
    if (uncaught.length > 0) throw new Error(`Thrown into the page: ${uncaught.join('; ')}`);
  });

  return {
    place: (el) => {
      placed.push(el);
      document.body.append(el);
      return el;
    },
  };
}

/** What `console.warn` was given while `run` ran, one call per line. */
export async function warningsDuring(run: () => Promise<void>): Promise<string> {
  const warn = sinon.stub(console, 'warn');
  try {
    await run();
  } finally {
    warn.restore();
  }
  return warn.args.map((args) => args.join(' ')).join('\n');
}
