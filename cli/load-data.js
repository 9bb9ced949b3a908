/**
 * The data of one element in an owner's page, for `reader-widgets render`: read from a local file or an
 * http(s) URL (with a timeout and a size limit), or given inline, then turned into reader JSON by the
 * library's own feed code (`reader-widgets/formats`), as the element does in the browser. Never throws:
 * every failure is `{ ok: false, kind, message }`, which the command reports for the element.
 *
 * Kinds: `unreachable` (no such file, network error, no answer in time), `http` (an HTTP error status),
 * `too-large` (over the size limit), `not-a-feed` (not data any format reads), `unsupported` (a `src`
 * scheme other than http(s) or a file).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Node's own fetch, kept before anything installs @lit-labs/ssr's DOM shim, which replaces the global
// `fetch` with node-fetch (reader-widgets/ssr installs that shim when it is imported).
const nativeFetch = globalThis.fetch;

/** What the elements send (src/sources/early-fetch.ts), so servers answer the CLI as they answer a page. */
const ACCEPT = 'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8';

const FILE_TYPES = {
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.html': 'text/html',
  '.htm': 'text/html',
};

const failure = (kind, message) => ({ ok: false, kind, message });

export const formatBytes = (bytes) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
const tooLarge = (maxBytes) => failure('too-large', `larger than ${formatBytes(maxBytes)} (--max-size)`);

/**
 * Where a `src` points: an http(s) URL as it is; anything else is a path to a local file, relative to
 * the page's folder, or to `root` when it starts with `/` (a site's root-relative URL).
 * @returns {{ url: URL } | { file: string } | { error: string }}
 */
export function locate(src, { pageDir, root }) {
  const trimmed = src.trim();
  let url;
  try {
    if (/^\/(?!\/)/.test(trimmed)) url = new URL(`.${trimmed}`, pathToFileURL(`${root}/`));
    else url = new URL(trimmed, pathToFileURL(`${pageDir}/`));
  } catch {
    return { error: `"${trimmed}" is not a URL or a file path` };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return { url };
  if (url.protocol === 'file:') return { file: fileURLToPath(url) };
  return { error: `${url.protocol} URLs are not read (only http(s) URLs and local files)` };
}

/**
 * Bytes to text: a byte-order mark first, then the content type's charset, then an XML declaration's
 * encoding; UTF-8 otherwise (what the elements' loader does, src/sources/http.ts).
 */
function decode(bytes, contentType) {
  let charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) charset = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) charset = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) charset = 'utf-16be';
  else if (!charset)
    charset = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(Buffer.from(bytes.subarray(0, 200)).toString('latin1'))?.[1];
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readLocal(file, { maxBytes }) {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    return failure(
      'unreachable',
      error.code === 'ENOENT' ? `no such file (${file})` : `cannot read ${file} (${error.code ?? error.message})`,
    );
  }
  if (!info.isFile()) return failure('unreachable', `${file} is not a file`);
  if (info.size > maxBytes) return tooLarge(maxBytes);
  const contentType = FILE_TYPES[extname(file).toLowerCase()] ?? '';
  try {
    return { ok: true, text: decode(await readFile(file), contentType), contentType };
  } catch (error) {
    return failure('unreachable', `cannot read ${file} (${error.code ?? error.message})`);
  }
}

/** Why a request failed, in a word a person can act on (`ECONNREFUSED`, `ENOTFOUND`…). */
const causeOf = (error) => error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);

async function readRemote(url, { timeoutMs, maxBytes }) {
  const signal = AbortSignal.timeout(timeoutMs);
  const noAnswer = () => failure('unreachable', `no answer within ${+(timeoutMs / 1000).toFixed(1)} s (--timeout)`);
  let response;
  try {
    response = await nativeFetch(url, { signal, headers: { accept: ACCEPT }, redirect: 'follow' });
  } catch (error) {
    return signal.aborted ? noAnswer() : failure('unreachable', `could not be reached (${causeOf(error)})`);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return failure('http', `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return tooLarge(maxBytes);
  }
  // Counted as it arrives: a server may send more than it declared, or declare nothing.
  const chunks = [];
  let total = 0;
  try {
    for await (const chunk of response.body ?? []) {
      total += chunk.length;
      if (total > maxBytes) {
        await response.body.cancel().catch(() => {});
        return tooLarge(maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    return signal.aborted ? noAnswer() : failure('unreachable', `the answer broke off (${causeOf(error)})`);
  }
  return { ok: true, text: decode(Buffer.concat(chunks), contentType), contentType, url: response.url || url.href };
}

/**
 * Reads what a `src` points at.
 * @returns {Promise<{ ok: true, text: string, contentType: string, url?: string } | { ok: false, kind: string, message: string }>}
 */
export async function readSource(src, options) {
  const place = locate(src, options);
  if ('error' in place) return failure('unsupported', place.error);
  return 'url' in place ? readRemote(place.url, options) : readLocal(place.file, options);
}

// --- turning a body into reader JSON -------------------------------------------------------------------

/**
 * The DOM the feed code parses XML and HTML fragments with (`DOMParser`, `document.implementation`):
 * jsdom's, the optional peer the server sanitizer uses too. Made once; `null` when jsdom is not installed.
 */
let feedWindow;
async function getFeedWindow() {
  if (feedWindow === undefined) {
    try {
      const { JSDOM } = await import('jsdom');
      feedWindow = new JSDOM('').window; // no scripts run in it, nothing loads
    } catch {
      feedWindow = null;
    }
  }
  return feedWindow;
}

const FEED_GLOBALS = ['DOMParser', 'XMLSerializer', 'Document', 'document'];

/**
 * Runs `convert` with jsdom's DOM as the globals the feed code reads, and puts back what was there
 * (@lit-labs/ssr's shim has its own `document`, which the server renderer needs). `convert` is
 * synchronous, so no other code runs while the globals are swapped. `Node` is left alone: with it, the
 * library would take jsdom's blank document for a page and resolve links against `about:blank`.
 */
function withFeedDom(window, convert) {
  if (!window) return convert();
  const saved = FEED_GLOBALS.map((name) => Object.getOwnPropertyDescriptor(globalThis, name));
  for (const name of FEED_GLOBALS) Object.defineProperty(globalThis, name, { value: window[name], configurable: true, writable: true });
  try {
    return convert();
  } finally {
    FEED_GLOBALS.forEach((name, i) => {
      if (saved[i]) Object.defineProperty(globalThis, name, saved[i]);
      else delete globalThis[name];
    });
  }
}

/**
 * Reader JSON from a body in any format the elements read (JSON Feed, WordPress, RSS, Atom, JSON-LD,
 * Ghost, reader JSON), with `format` forcing one as the element's `format` attribute does.
 * @returns {Promise<{ ok: true, data: unknown } | { ok: false, kind: string, message: string }>}
 */
export async function toData(text, contentType, { format, baseUrl } = {}) {
  const { toReaderJson } = await import('reader-widgets/formats');
  const window = await getFeedWindow();
  const result = withFeedDom(window, () => toReaderJson(text, contentType, format, { baseUrl }));
  if (result.ok) return { ok: true, data: result.value };
  const needsDom = !window && /^\s*</.test(text);
  const message = needsDom ? `${result.error.message} (RSS, Atom and web pages need jsdom: npm install jsdom)` : result.error.message;
  return failure(result.error.code === 'too-large' ? 'too-large' : 'not-a-feed', message);
}
