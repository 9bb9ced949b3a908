// A test-server route (web-test-runner middleware, Koa style) that makes one of the elements' lazy chunks fail
// to load, as a CDN outage or a flaky network would: while the page's cookie `reader-test-failing-chunk`
// names a path (e.g. `/src/core/sanitize.`), a request whose path starts with it gets its connection closed,
// a network error. Not an HTTP error: the test runner marks every response cacheable for a year, so the
// browser would keep a 503 for the later test files too. Test files run one at a time (concurrency 1), and
// each test removes its cookie when it ends (test/base/failing-chunks.ts sets and removes it).
// A path under /__fresh/<name>/ is served as the path after it: a test file loads the elements from there, so
// none of their chunks comes from the browser's cache of an earlier file (test/base/failing-chunks.ts).
// GET /__failing-chunk/failed answers the paths failed so far, and forgets them: WebKit gives a request that
// failed no resource timing entry, so the page asks here whether the chunk was asked for.
const FAILING_CHUNK_COOKIE = 'reader-test-failing-chunk';
/** `/__fresh/<name>/src/…`: the project's files under a prefix of a test file's own (see failing-chunks.ts). */
const FRESH = /^\/__fresh\/[\w-]+(\/.*)$/;
let failed = [];

export async function failingChunkMiddleware(ctx, next) {
  if (ctx.path === '/__failing-chunk/failed') {
    ctx.body = failed;
    failed = [];
    return;
  }
  const fresh = FRESH.exec(ctx.path);
  if (fresh) ctx.path = fresh[1];
  const failing = ctx.cookies.get(FAILING_CHUNK_COOKIE);
  if (failing && ctx.path.startsWith(decodeURIComponent(failing))) {
    failed.push(ctx.path);
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  return next();
}
