/**
 * Tunables of `src` loading, in a module of their own: the elements read them up front, while the
 * loading code itself (HTTP, cache, feed formats) is a lazy chunk.
 */

/** Tunables shared by every widget on the page. Apps may change them before widgets load. */
export const sourceSettings = {
  /** Extra attempts after the first for network errors, 5xx and 429. */
  retries: 2,
  /** First backoff delay; doubled each attempt, with jitter. */
  retryBaseMs: 600,
  /** Longest wait between attempts. */
  retryMaxMs: 8000,
  /** Largest response read, in bytes (6 MiB). */
  maxBytes: 6 * 1024 * 1024,
  /** How near the viewport a `loading="lazy"` element must come before it fetches. */
  lazyMargin: '400px 0px',
};
