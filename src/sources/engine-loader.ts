/**
 * Loads the source engine (`engine.ts`) once, on first use. Like the sanitizer, it is a lazy chunk in
 * the CDN build; an app's bundler splits it the same way.
 */
import { dropEarlyFetches } from './early-fetch.js';

type Engine = typeof import('./engine.js');

let loaded: Engine | undefined;
let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.js').then((module) => {
    loaded = module;
    // Elements waiting for the engine take their early requests in the callbacks queued behind this one.
    setTimeout(dropEarlyFetches);
    return module;
  });
  return loading;
}

/** True once the engine is here (its requests need no head start). */
export const engineLoaded = (): boolean => loaded !== undefined;

/**
 * Runs `use` with the engine: at once when it is here, else when it has loaded. A failed load (a
 * network error fetching the chunk) reaches `failed`.
 */
export function withEngine(use: (engine: Engine) => void, failed: (error: unknown) => void): void {
  if (loaded) use(loaded);
  else loadEngine().then(use, failed);
}

/** Forgets every cached `src` response (nothing is cached before the engine has loaded). */
export function clearSourceCache(): void {
  loaded?.clearSourceCache();
}
