/**
 * The page-wide response cache every widget's `src` goes through. Widgets asking for the same URL share
 * one request; a response is reused while `Cache-Control: max-age` says it is fresh, then revalidated
 * through the browser's HTTP cache (`cache: 'no-cache'`, see `feedRequest`); a stale response is shown at once while it is revalidated
 * (stale-while-revalidate), unless the server said `no-cache` or `must-revalidate`. `no-store` is honoured.
 * It lives in memory for the page's lifetime and is keyed by URL and credentials mode.
 */
import { ReaderInputError } from '../core/errors.js';
import { httpGet, type HttpResponse } from './http.js';
import { cacheKey, takeEarlyFetch } from './early-fetch.js';

/** A response kept for reuse. */
export interface CachedResponse {
  readonly url: string;
  readonly text: string;
  readonly contentType: string;
  /** `Date.now()` when it was stored or last revalidated. */
  checkedAt: number;
  /** How long after `checkedAt` it may be used without asking the server. */
  freshMs: number;
  /** The server asked that it never be used without revalidating. */
  revalidateFirst: boolean;
  /** Anything derived from the text (the parsed feed), per format: computed once for all widgets. */
  readonly derived: Map<string, unknown>;
}

export type Outcome = { ok: true; response: CachedResponse } | { ok: false; error: ReaderInputError };
/** Called with each answer; `final` is false when a stale answer is followed by a revalidated one. */
export type Listener = (outcome: Outcome, final: boolean) => void;

export interface CacheRequest {
  credentials: RequestCredentials;
  /** The caller gives up after this long; no retry starts later than that. */
  timeoutMs: number;
  maxBytes: number;
}

/** The one request in flight for a URL, shared by every widget asking for it. */
interface Flight {
  controller: AbortController;
  listeners: Set<(outcome: Outcome) => void>;
  /** Settles once the request has ended and its listeners have heard. */
  done?: Promise<void>;
}
interface Entry {
  response?: CachedResponse;
  flight?: Flight;
}

const entries = new Map<string, Entry>();
let requestCount = 0;

/** Network requests started so far (for tests and the bench). */
export const cacheStats = () => ({ requests: requestCount, entries: entries.size });

/**
 * Resolves once every request now in flight has ended and its listeners have heard (for tests: an
 * unchanged answer to a refresh changes nothing on screen, so there is no event to wait for).
 */
export const requestsSettled = (): Promise<void> =>
  Promise.all([...entries.values()].map((entry) => entry.flight?.done)).then(() => undefined);

/** Forgets every cached response (in-flight requests finish for those still waiting). */
export function clearSourceCache(): void {
  for (const entry of entries.values()) entry.response = undefined;
  entries.clear();
}

function directives(headers: Headers): Map<string, string> {
  const result = new Map<string, string>();
  for (const part of (headers.get('cache-control') ?? '').toLowerCase().split(',')) {
    const [name, value = ''] = part.trim().split('=');
    if (name) result.set(name, value.replace(/"/g, ''));
  }
  return result;
}

function freshness(headers: Headers): { freshMs: number; revalidateFirst: boolean; store: boolean } {
  const cc = directives(headers);
  const maxAge = Number(cc.get('max-age'));
  let freshMs = Number.isFinite(maxAge) && maxAge > 0 ? maxAge * 1000 : 0;
  if (!cc.has('max-age') && headers.get('expires')) {
    const expires = Date.parse(headers.get('expires')!);
    const date = Date.parse(headers.get('date') ?? '') || Date.now();
    if (!Number.isNaN(expires)) freshMs = Math.max(0, expires - date);
  }
  if (cc.has('no-cache')) freshMs = 0;
  return { freshMs, revalidateFirst: cc.has('no-cache') || cc.has('must-revalidate'), store: !cc.has('no-store') };
}

const isFresh = (r: CachedResponse) => Date.now() - r.checkedAt < r.freshMs;

function stored(response: HttpResponse): CachedResponse {
  const { freshMs, revalidateFirst } = freshness(response.headers);
  return {
    url: response.url,
    text: response.text,
    contentType: response.contentType,
    checkedAt: Date.now(),
    freshMs,
    revalidateFirst,
    derived: new Map(),
  };
}

const sameAnswer = (previous: CachedResponse, next: HttpResponse) =>
  previous.text === next.text && previous.contentType === next.contentType && previous.url === next.url;

/** Starts (or joins) the request for `key`; resolves listeners when it ends. */
function startOrJoin(key: string, url: string, entry: Entry, request: CacheRequest): Flight {
  if (entry.flight) return entry.flight;
  const flight: Flight = { controller: new AbortController(), listeners: new Set() };
  entry.flight = flight;
  requestCount++;
  const previous = entry.response;
  const early = previous ? undefined : takeEarlyFetch(key);
  if (early) flight.controller.signal.addEventListener('abort', () => early.controller.abort());
  flight.done = httpGet({
    url,
    credentials: request.credentials,
    signal: flight.controller.signal,
    deadline: performance.now() + request.timeoutMs,
    maxBytes: request.maxBytes,
    revalidate: previous !== undefined,
    early: early?.response,
  }).then((result) => {
    if (entry.flight === flight) entry.flight = undefined;
    let outcome: Outcome;
    if (!result.ok) {
      outcome = result;
    } else if (previous && (result.value.status === 304 || sameAnswer(previous, result.value))) {
      // Unchanged (the browser's cache turned the server's 304 into its copy): keep the response
      // object, so widgets showing it see nothing new and the parsed feed is reused.
      const { freshMs, revalidateFirst } = freshness(result.value.headers);
      Object.assign(previous, { checkedAt: Date.now(), freshMs, revalidateFirst });
      outcome = { ok: true, response: previous };
    } else if (result.value.status === 304) {
      outcome = {
        ok: false,
        error: new ReaderInputError('The feed answered 304 Not Modified to a request that had nothing cached.', 'http', 304),
      };
    } else {
      const response = stored(result.value);
      if (freshness(result.value.headers).store && entries.get(key) === entry) entry.response = response;
      outcome = { ok: true, response };
    }
    for (const listener of [...flight.listeners]) listener(outcome);
  });
  return flight;
}

/**
 * Asks for `url` (absolute). The listener hears the answer once, or twice when a stale response is shown
 * first. Returns a function that stops listening; a request nobody listens to any more is aborted.
 */
export function requestSource(url: string, request: CacheRequest, listener: Listener): () => void {
  const key = cacheKey(request.credentials, url);
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = {}));
  let active = true;
  const cached = entry.response;
  if (cached && isFresh(cached)) {
    queueMicrotask(() => active && listener({ ok: true, response: cached }, true));
    return () => (active = false);
  }
  if (cached && !cached.revalidateFirst) queueMicrotask(() => active && listener({ ok: true, response: cached }, false));
  const flight = startOrJoin(key, url, entry, request);
  const onOutcome = (outcome: Outcome) => {
    flight.listeners.delete(onOutcome);
    if (active) listener(outcome, true);
    active = false;
  };
  flight.listeners.add(onOutcome);
  return () => {
    active = false;
    flight.listeners.delete(onOutcome);
    if (flight.listeners.size === 0 && entry.flight === flight) {
      entry.flight = undefined;
      flight.controller.abort();
    }
  };
}
