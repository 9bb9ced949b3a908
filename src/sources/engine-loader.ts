/**
 * Loads the source engine (`engine.ts`) once, on first use. Like the sanitizer, it is a lazy chunk in
 * the CDN build; an app's bundler splits it the same way. A failed load is tried again by the next use.
 */
import { dropEarlyFetches } from './early-fetch.js';

type Engine = typeof import('./engine.js');

let loaded: Engine | undefined;
let loading: Promise<Engine> | undefined;
/** Uses queued while the engine is on its way; when the last has run, early requests nobody took are cancelled. */
let waiting = 0;

export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** True once the engine is here (its requests need no head start). */
export const engineLoaded = (): boolean => loaded !== undefined;

/**
 * Runs `use` with the engine: at once when it is here, else when it has loaded. A failed load (a
 * network error fetching the chunk) reaches `failed`.
 */
export function withEngine(use: (engine: Engine) => void, failed: (error: unknown) => void): void {
  if (loaded) return use(loaded);
  waiting++;
  const settle = () => {
    if (--waiting === 0) dropEarlyFetches();
  };
  loadEngine().then(
    (engine) => {
      use(engine);
      settle();
    },
    (error: unknown) => {
      failed(error);
      settle();
    },
  );
}

/** Forgets every cached `src` response (nothing is cached before the engine has loaded). */
export function clearSourceCache(): void {
  loaded?.clearSourceCache();
}
