/**
 * Loads the sanitizer module on first use. Only `<article-view>` bodies need it, so the all-in-one
 * bundle keeps DOMPurify in a chunk that a page without article bodies never downloads.
 */
type SanitizerModule = typeof import('./sanitize.js');

let loaded: SanitizerModule | undefined;
let loading: Promise<SanitizerModule> | undefined;

/** The sanitizer if it is already here (so the first render can use it synchronously), else undefined. */
export function sanitizerIfLoaded(): SanitizerModule | undefined {
  return loaded;
}

export function loadSanitizer(): Promise<SanitizerModule> {
  loading ??= import('./sanitize.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // a failed chunk load (network) is tried again for the next article
      throw error;
    },
  );
  return loading;
}
