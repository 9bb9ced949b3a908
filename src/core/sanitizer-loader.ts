/**
 * Loads the sanitizer module on first use. Only `<article-view>` bodies need it, so the all-in-one
 * bundle keeps DOMPurify in a chunk that a page without article bodies never downloads.
 */

/** What an element needs of the sanitizer: the browser's module, or a server's (see `useSanitizer`). */
export interface Sanitizer {
  /** @throws SanitizeLimitError (or any error, with a message for the owner) when the body cannot be used */
  sanitizeBody(html: string, baseUrl?: string): DocumentFragment;
  /**
   * What a template renders for a sanitized body. Only a server's: a server render writes HTML, and
   * @lit-labs/ssr cannot write nodes; the browser renders the nodes themselves (never re-parsed).
   */
  renderable?(body: DocumentFragment): unknown;
}

/** The body as a template renders it: the nodes, or the server's stand-in for them. */
export const renderableBody = (body: DocumentFragment): unknown => loaded?.renderable?.(body) ?? body;

let loaded: Sanitizer | undefined;
let loading: Promise<Sanitizer> | undefined;

/** The sanitizer if it is already here (so the first render can use it synchronously), else undefined. */
export function sanitizerIfLoaded(): Sanitizer | undefined {
  return loaded;
}

export function loadSanitizer(): Promise<Sanitizer> {
  loading ??= import('./sanitize.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // asked for again by the next article (a browser may keep the failure: whatwg/html#6768)
      throw error;
    },
  );
  return loading;
}

/**
 * Puts `sanitizer` in place of the browser's: a server render (`reader-widgets/ssr`) sanitizes in jsdom's
 * DOM, with the same configuration and hooks, before the element's one synchronous render.
 */
export function useSanitizer(sanitizer: Sanitizer): void {
  loaded = sanitizer;
  loading = Promise.resolve(sanitizer);
}
