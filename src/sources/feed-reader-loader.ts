/**
 * Loads the feed reader (`feed-reader.ts`) once, on first use. Like the sanitizer, it is a lazy chunk in
 * the CDN build; an app's bundler splits it the same way. A failed load is asked for again by the next use,
 * though today's browsers keep a module that failed to load as failed until the page reloads
 * (whatwg/html#6768; the spec's fix, whatwg/html#10327, is not implemented yet), so that use fails the same way.
 */
import { dropEarlyFetches } from './early-fetch.js';

type FeedReader = typeof import('./feed-reader.js');

let loaded: FeedReader | undefined;
let loading: Promise<FeedReader> | undefined;
/** Uses queued while the feed reader is on its way; when the last has run, early requests nobody took are cancelled. */
let waiting = 0;

export function loadFeedReader(): Promise<FeedReader> {
  loading ??= import('./feed-reader.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** True once the feed reader is here (its requests need no head start). */
export const feedReaderLoaded = (): boolean => loaded !== undefined;

/**
 * Runs `use` with the feed reader: at once when it is here, else when it has loaded. A failed load (a
 * network error fetching the chunk) reaches `failed`.
 */
export function withFeedReader(use: (reader: FeedReader) => void, failed: (error: unknown) => void): void {
  if (loaded) return use(loaded);
  waiting++;
  const settle = () => {
    if (--waiting === 0) dropEarlyFetches();
  };
  loadFeedReader().then(
    (reader) => {
      use(reader);
      settle();
    },
    (error: unknown) => {
      failed(error);
      settle();
    },
  );
}

/** Forgets every cached `src` response (nothing is cached before the feed reader has loaded). */
export function clearSourceCache(): void {
  loaded?.clearSourceCache();
}
