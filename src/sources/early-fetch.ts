/**
 * The first request for a `src`, started the moment an element asks while the engine chunk (which owns
 * HTTP, caching and retries) is still on its way, so the data and the code travel in parallel instead
 * of one after the other. The engine's cache takes the request over as its first attempt
 * (`takeEarlyFetch`); requests nobody took are cancelled once the engine is in.
 */

/** What a widget asks a server for: every format it reads, reader JSON first. */
export const ACCEPT =
  'application/feed+json, application/json;q=0.9, application/ld+json;q=0.8, application/rss+xml, application/atom+xml, application/xml;q=0.8, text/xml;q=0.7, */*;q=0.5';

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
  const response = fetch(url, { credentials, signal: controller.signal, headers: { Accept: ACCEPT } });
  response.catch(() => {}); // a failure is reported by the engine, which awaits the same promise
  started.set(key, { response, controller });
}

/** Hands the waiting request for `key` to the engine (once). */
export function takeEarlyFetch(key: string): EarlyFetch | undefined {
  const early = started.get(key);
  started.delete(key);
  return early;
}

/** Cancels the requests nobody took (their element moved on before the engine arrived). */
export function dropEarlyFetches(): void {
  for (const early of started.values()) early.controller.abort();
  started.clear();
}
