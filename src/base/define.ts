import { loadMessages } from '../core/messages.js';
import { browserLanguage, documentLang, hasPage } from '../core/platform.js';

/**
 * Registers a tag unless something already did: loading the library twice (a CDN tag and an app
 * bundle, say) must never throw into the host page.
 *
 * It also starts loading the words of the page's language, so widgets an app creates later find
 * them already here instead of waiting for them before their first render. Only on a page: on a
 * server (Node, where Lit shims `customElements`) there is no page language to guess.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, element);
  else if (existing !== element) console.warn(`<${tag}> is already defined by another script; keeping that definition.`);
  if (hasPage()) void loadMessages(documentLang() || browserLanguage());
}
