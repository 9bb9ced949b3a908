// Test-server routes for the security suite (web-test-runner middleware, Koa style):
// - /__security/exfil/<anything>: a "third-party" endpoint that records every request it gets. The corpus
//   points hostile URLs here (on a second origin), so a leak is seen by the server, not guessed.
// - /__security/exfil-log: the recorded paths as JSON (?clear=1 empties it).
// - /__security/page/<name>.html: test/security/pages/<name>.html served with a strict CSP + Trusted Types
//   header; the nonce page gets a fresh nonce per request.
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';

/** The Trusted Types policy names the widgets need: Lit's templates and DOMPurify's inert parsing. */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify'];

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

const nonceCsp = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ].join('; ');

const requests = [];
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function securityMiddleware(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/__security/')) return next();
  if (path.startsWith('/__security/exfil/')) {
    requests.push(ctx.url);
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Timing-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'image/gif';
    ctx.body = GIF;
    return;
  }
  if (path === '/__security/exfil-log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.body = JSON.stringify(requests);
    ctx.type = 'application/json';
    if (ctx.query.clear) requests.length = 0;
    return;
  }
  const page = /^\/__security\/page\/([a-z-]+)\.html$/.exec(path);
  if (page) {
    const nonce = randomBytes(16).toString('base64');
    const html = await readFile(new URL(`./pages/${page[1]}.html`, import.meta.url), 'utf8');
    ctx.set('Content-Security-Policy', page[1].startsWith('nonce') ? nonceCsp(nonce) : STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = html.replaceAll('{{nonce}}', nonce);
    return;
  }
  return next();
}
