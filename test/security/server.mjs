// Test-server routes for the security suite (web-test-runner middleware, Koa style):
// - /__security/exfil/<anything>: a "third-party" endpoint that records every request it gets. The corpus
//   points hostile URLs here (on a second origin), so a leak is seen by the server, not guessed.
// - /__security/exfil-log: the recorded paths as JSON (?clear=1 empties it).
// - /__security/ssr-corpus.html?origin=<third party>: the corpus rendered by reader-widgets/ssr (built dist/)
//   into one page (test/security/ssr-page.mjs, in its own process), served as a server would, without CSP.
// - /__security/page/<name>.html: test/security/pages/<name>.html served with a strict CSP + Trusted Types
//   header; the nonce page gets a fresh nonce per request; no-xml.html gets the strict policy without the
//   `reader-widgets-xml` name.
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * The Trusted Types policy names the widgets need: Lit's templates, DOMPurify's inert parsing, and the
 * feed adapters' inert XML parsing (`reader-widgets-xml`, needed only for RSS and Atom).
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify', 'reader-widgets-xml'];

const strictCsp = (policies) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${policies.join(' ')}`,
  ].join('; ');

export const STRICT_CSP = strictCsp(TRUSTED_TYPES_POLICIES);
/** An owner who did not allow the XML policy: RSS and Atom must end in the error state, naming the fix. */
export const NO_XML_CSP = strictCsp(TRUSTED_TYPES_POLICIES.filter((name) => name !== 'reader-widgets-xml'));

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
  if (path === '/__security/ssr-corpus.html') {
    const origin = String(ctx.query.origin ?? '');
    if (!/^http:\/\/(?:localhost|127\.0\.0\.1):\d+$/.test(origin)) ctx.throw(400, "origin: the test server's second origin");
    ssrPages.set(origin, ssrPages.get(origin) ?? renderSsrPage(origin));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = await ssrPages.get(origin);
    return;
  }
  const page = /^\/__security\/page\/([a-z-]+)\.html$/.exec(path);
  if (page) {
    const nonce = randomBytes(16).toString('base64');
    const html = await readFile(new URL(`./pages/${page[1]}.html`, import.meta.url), 'utf8');
    ctx.set('Content-Security-Policy', page[1].startsWith('nonce') ? nonceCsp(nonce) : page[1] === 'no-xml' ? NO_XML_CSP : STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    ctx.body = html.replaceAll('{{nonce}}', nonce);
    return;
  }
  return next();
}

/** The server-rendered corpus page, by third-party origin (rendered once: it takes seconds). */
const ssrPages = new Map();

async function renderSsrPage(origin) {
  const script = new URL('./ssr-page.mjs', import.meta.url);
  const { stdout } = await promisify(execFile)(process.execPath, [script.pathname, origin], {
    cwd: new URL('../../', import.meta.url),
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}
