/**
 * The page's document, read so that the page's own markup cannot change the answer. A named element
 * shadows the document's built-ins: with `<img name="baseURI">` on the page, `document.baseURI` is that
 * image, and `<img name="createElement">` replaces `document.createElement` (a CMS lets authors add such
 * markup). The getters and methods on the prototypes are always the platform's, so every read of the
 * document in src/ goes through here. Looked up on each call, never at import (modules load without a
 * DOM, for server rendering).
 *
 * The readers also answer without a page (Node, or a server DOM shim such as @lit-labs/ssr's, which has
 * a `document` but neither `Node` nor the document's getters): no base URL, no language, not hidden. The
 * rest (creating nodes, listening) is for browser-only paths: connected hosts, updates, event handlers.
 */

/** True where there is a page to read: a browser (or a full DOM such as jsdom), not Node or a DOM shim. */
export const hasPage = (): boolean => typeof Node === 'function' && typeof document === 'object' && document instanceof Node;

const getter = <T>(proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get! as () => T;

/**
 * On a server, the address of the page being rendered (`pageUrl` of `reader-widgets/ssr`), while one
 * element's derived state is made (synchronously: see `withServerPage`). Never set in a browser.
 */
let serverPage: string | undefined;

/** Runs `work` (one element's synchronous server render step) as if on the page at `url` (an absolute http(s) URL). */
export function withServerPage<T>(url: string | undefined, work: () => T): T {
  const outer = serverPage;
  serverPage = url;
  try {
    return work();
  } finally {
    serverPage = outer;
  }
}

/** The base URL relative URLs resolve against (`<base href>`, else the page's URL); on a server, its page's, if given. */
export const baseUri = (): string | undefined => (hasPage() ? getter<string>(Node.prototype, 'baseURI').call(document) : serverPage);

/** The page's origin (`location.origin`); on a server, its page's, if given. */
export const pageOrigin = (): string | undefined => (hasPage() ? location.origin : serverPage && new URL(serverPage).origin);

/** The `<html>` element's `lang` attribute ('' when there is none, or no page). */
export const documentLang = (): string =>
  (hasPage() && getter<HTMLElement | null>(Document.prototype, 'documentElement').call(document)?.lang) || '';

/** The browser's language (`navigator.language`); none in Node 20, which has no `navigator`. */
export const browserLanguage = (): string | undefined => (typeof navigator === 'undefined' ? undefined : navigator.language);

/** True while the page is hidden (a background tab, a minimised window); never without a page. */
export const pageHidden = (): boolean =>
  hasPage() && getter<DocumentVisibilityState>(Document.prototype, 'visibilityState').call(document) === 'hidden';

export const createElement = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] =>
  Document.prototype.createElement.call(document, tag) as HTMLElementTagNameMap[K];

export const createFragment = (): DocumentFragment => Document.prototype.createDocumentFragment.call(document);

/** A document of its own, not the page's: nothing created in it loads or runs. */
export const inertDocument = (): Document =>
  getter<DOMImplementation>(Document.prototype, 'implementation').call(document).createHTMLDocument('');

/** The element with this id in `root` (a document or a shadow root). */
export const elementById = (root: Node, id: string): HTMLElement | null =>
  root instanceof Document
    ? Document.prototype.getElementById.call(root, id)
    : root instanceof DocumentFragment
      ? (DocumentFragment.prototype.getElementById.call(root, id) as HTMLElement | null)
      : null;

/** Listens on the page's document (`visibilitychange`). */
export const addDocumentListener = (type: string, listener: EventListener): void =>
  EventTarget.prototype.addEventListener.call(document, type, listener);

export const removeDocumentListener = (type: string, listener: EventListener): void =>
  EventTarget.prototype.removeEventListener.call(document, type, listener);
