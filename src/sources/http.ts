/**
 * One HTTP GET for a widget's `src`, done carefully: retries with exponential backoff and jitter for
 * network errors, 5xx and 429 (honouring `Retry-After`), none for other 4xx; a response size limit
 * enforced while streaming (the read stops early, the tab never freezes); the body decoded by its charset.
 * Every failure is a `ReaderInputError` with a message a person understands.
 */
import { fail, ok, type Result } from '../core/errors.js';
import { feedRequest } from './early-fetch.js';
import { parseContentType } from './content-type.js';
import { sourceSettings } from './settings.js';

export { sourceSettings };

export interface HttpRequest {
  /** Absolute http(s) URL. */
  url: string;
  credentials: RequestCredentials;
  signal: AbortSignal;
  /** `performance.now()` after which no new attempt starts. */
  deadline: number;
  maxBytes: number;
  /**
   * A copy is cached already: ask the server whether it changed (`cache: 'no-cache'`: the browser's
   * HTTP cache sends its validators, and hands back its copy when the server answers 304).
   */
  revalidate?: boolean;
  /** The first attempt's response, when it was started before the feed reader arrived (`early-fetch.ts`). */
  early?: Promise<Response>;
}

export interface HttpResponse {
  status: number;
  /** The final URL after redirects: the base for the feed's relative links. */
  url: string;
  text: string;
  contentType: string;
  headers: Headers;
}

// HTTP/2 has no reason phrases, so `statusText` is often empty: say the usual one ourselves.
// prettier-ignore
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const httpMessage = (status: number, statusText = ''): string =>
  `The feed answered ${status} ${statusText.trim() || REASONS[status] || 'Error'}.`.replace(/ \./, '.');

const isRetryable = (status: number) => status >= 500 || status === 429 || status === 408;

/** `Retry-After` in milliseconds (seconds or an HTTP date), or `undefined`. */
export function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Exponential backoff with "equal jitter": half fixed, half random, so many widgets do not retry in step. */
export function backoffMs(attempt: number): number {
  const ceiling = Math.min(sourceSettings.retryMaxMs, sourceSettings.retryBaseMs * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
export const tooLargeMessage = (maxBytes: number) => `The feed is larger than ${size(maxBytes)}, the most this widget reads.`;

/** Reads the body, stopping as soon as it passes `maxBytes`. `undefined` means too large. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > maxBytes ? undefined : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Bytes to text: a byte-order mark first (it wins over the header, as in the Encoding standard), then the
 * header's charset, then an XML declaration's encoding; UTF-8 otherwise.
 */
export function decode(bytes: Uint8Array, contentType: string): string {
  let charset: string | undefined = parseContentType(contentType).params.charset;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) charset = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) charset = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) charset = 'utf-16be';
  else if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    charset = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * GETs `url`. A 304 that reaches script (a server answering one unasked) comes back as `{status: 304}`
 * without a body.
 * An aborted request resolves to an error nobody will see (the caller has moved on).
 */
export async function httpGet(request: HttpRequest): Promise<Result<HttpResponse>> {
  const init = feedRequest(request.credentials, request.signal, request.revalidate);
  for (let attempt = 0; ; attempt++) {
    const canRetry = attempt < sourceSettings.retries;
    let retryIn: number;
    let failure: Result<never>;
    try {
      const response = await (attempt === 0 && request.early ? request.early : fetch(request.url, init));
      if (response.status === 304)
        return ok({ status: 304, url: response.url || request.url, text: '', contentType: '', headers: response.headers });
      if (!response.ok) {
        void response.body?.cancel().catch(() => {});
        failure = fail(httpMessage(response.status, response.statusText), 'http', response.status);
        if (!isRetryable(response.status) || !canRetry) return failure;
        retryIn = retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt);
      } else {
        const contentType = response.headers.get('content-type') ?? '';
        const bytes = await readLimited(response, request.maxBytes);
        if (!bytes) return fail(tooLargeMessage(request.maxBytes), 'too-large');
        return ok({
          status: response.status,
          url: response.url || request.url,
          text: decode(bytes, contentType),
          contentType,
          headers: response.headers,
        });
      }
    } catch (error) {
      if (request.signal.aborted) return fail('The request was cancelled.', 'fetch-failed');
      const reason = error instanceof Error && error.message ? error.message : String(error);
      failure = fail(
        `The feed at ${hostOf(request.url)} could not be reached (${reason}). It may be offline or not allow this site to read it (CORS).`,
        'fetch-failed',
      );
      if (!canRetry) return failure;
      retryIn = backoffMs(attempt);
    }
    // Waiting past the deadline helps nobody: report what we have now.
    if (performance.now() + retryIn > request.deadline) return failure;
    await sleep(retryIn, request.signal);
    if (request.signal.aborted) return fail('The request was cancelled.', 'fetch-failed');
  }
}
