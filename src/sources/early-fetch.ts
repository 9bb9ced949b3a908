/**
 * The first request for a `src`, started the moment an element asks while the feed-reader chunk (which owns
 * HTTP, caching and retries) is still on its way, so the data and the code travel in parallel instead
 * of one after the other. the feed reader's cache takes the request over as its first attempt
 * (`takeEarlyFetch`); requests nobody took are cancelled once the feed reader is in.
 */

/**
 * What a widget asks a server for: the feed formats it reads first, anything else after. Kept under
 * the 128 bytes the Fetch standard allows a CORS-safelisted `Accept`, so a cross-origin `src` is a
 * "simple" request with no preflight (many feed hosts answer `GET` with `Access-Control-Allow-Origin`
 * but refuse `OPTIONS`).
 */
export const ACCEPT = 'application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * The one way a `src` is requested. Only safelisted headers: revalidation is left to the browser's
 * HTTP cache, which `cache: 'no-cache'` makes send `If-None-Match` / `If-Modified-Since` itself (an
 * unchanged feed costs a 304), where a hand-written conditional header would need a preflight.
 */
export const feedRequest = (credentials: RequestCredentials, signal: AbortSignal, revalidate = false): RequestInit => ({
  credentials,
  signal,
  headers: { Accept: ACCEPT },
  ...(revalidate ? { cache: 'no-cache' } : {}),
});

export interface EarlyFetch {
  response: Promise<Response>;
  controller: AbortController;
}

/** By cache key: credentials mode and absolute URL. */
const started = new Map<string, EarlyFetch>();

export const cacheKey = (credentials: RequestCredentials, url: string) => `${credentials} ${url}`;

/** Starts a plain GET of the absolute `url`, unless one is already waiting to be taken. */
export function fetchEarly(url: string, credentials: RequestCredentials): void {
  const key = cacheKey(credentials, url);
  if (started.has(key)) return;
  const controller = new AbortController();
  const response = fetch(url, feedRequest(credentials, controller.signal));
  response.catch(() => {}); // a failure is reported by the feed reader, which awaits the same promise
  started.set(key, { response, controller });
}

/** Hands the waiting request for `key` to the feed reader (once). */
export function takeEarlyFetch(key: string): EarlyFetch | undefined {
  const early = started.get(key);
  started.delete(key);
  return early;
}

/** Cancels the requests nobody took (their element moved on before the feed reader arrived). */
export function dropEarlyFetches(): void {
  for (const early of started.values()) early.controller.abort();
  started.clear();
}
