// Test-server routes for cross-origin `src` (web-test-runner middleware, Koa style). The tests reach
// them through the page's other loopback name (localhost ⇄ 127.0.0.1), so every request is cross-origin.
// - /__cors/feed?file=<fixture>: test/fixtures/formats/<fixture> (a path without an extension, which the
//   test runner would mark cacheable for a year), served as a static host or a bucket does:
//   `GET` with `Access-Control-Allow-Origin: *`, an ETag and `Cache-Control: no-cache` (so a second read
//   is a conditional request, answered 304 when unchanged); `OPTIONS` (a preflight) refused with 405.
// - /__cors/log: every request those routes got, as JSON `{method, path, status, ifNoneMatch}` (?clear=1 empties it).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const TYPES = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};
const log = [];

export async function corsMiddleware(ctx, next) {
  const path = ctx.path;
  if (path === '/__cors/log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(log);
    if (ctx.query.clear) log.length = 0;
    return;
  }
  if (path !== '/__cors/feed') return next();
  const entry = { method: ctx.method, path: ctx.url, ifNoneMatch: ctx.get('if-none-match') || null, status: 0 };
  try {
    await answer(ctx, entry);
  } finally {
    log.push(entry); // once answered, so a test that sees the entry sees its status
  }
}

async function answer(ctx, entry) {
  const file = /^[\w-]+\.(json|xml)$/.exec(String(ctx.query.file ?? ''));
  if (ctx.method !== 'GET') {
    // No CORS headers and no body: the browser's preflight fails, as on hosts that allow only GET.
    ctx.status = entry.status = 405;
    ctx.body = '';
    return;
  }
  let body;
  try {
    if (!file) throw new Error('not a fixture name');
    body = await readFile(new URL(`../fixtures/formats/${file[0]}`, import.meta.url));
  } catch {
    ctx.status = entry.status = 404;
    return;
  }
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-cache');
  ctx.set('ETag', etag);
  if (entry.ifNoneMatch === etag) {
    ctx.status = entry.status = 304;
    return;
  }
  ctx.status = entry.status = 200;
  ctx.type = TYPES[file[1]];
  ctx.body = body;
}
