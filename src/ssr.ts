/**
 * Server rendering, Node only (`reader-widgets/ssr`): each element as HTML, its shadow root as declarative
 * shadow DOM (`<template shadowrootmode="open">` with its styles and content), built on @lit-labs/ssr,
 * which must be installed next to this package. Importing this module installs @lit-labs/ssr's DOM shim
 * (what frameworks do for server rendering).
 *
 * A first step (issue 16): there is no hydration data yet, so a page loads the elements as usual and they
 * render again in the browser; and an article renders WITHOUT its body, which needs sanitizing in Node
 * first (DOMPurify over jsdom, to come). The output says so in a comment where the body would be.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { loadMessages } from './core/messages.js';
import { loadBeforeNormalizing, type ArticleInput } from './core/model.js';

export interface ServerRenderOptions {
  /** The element's attributes as written in HTML (`layout`, `mode`, `limit`, `hide`, `theme`, `locale`…). */
  attributes?: Record<string, string | number | boolean | null | undefined>;
}

// Registered after the shim is installed, never before (bundlers hoist static imports): installing it
// replaces the `customElements` Lit's Node build provides, and elements registered there would be lost.
// Awaited at the top level, so the elements are registered when `import('reader-widgets/ssr')` resolves.
await import('./index.js');

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The attributes as markup: names checked, values escaped; `false`, `null` and `undefined` left out. */
function attributeMarkup(attributes: ServerRenderOptions['attributes'] = {}): string {
  let markup = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) {
      // Left out, never thrown: a bad key must not take down the owner's request.
      console.warn(`reader-widgets/ssr: "${name.slice(0, 50)}" is not an attribute name; it was left out.`);
      continue;
    }
    if (value === false || value === null || value === undefined) continue;
    markup += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return markup;
}

async function renderElement(tag: string, data: unknown, options: ServerRenderOptions, contentLang?: unknown): Promise<string> {
  // The element's words must be here before its one synchronous render: the locale it will choose.
  const locale = options.attributes?.locale;
  await loadMessages(typeof locale === 'string' ? locale : typeof contentLang === 'string' ? contentLang : 'en');
  // And what reading its data needs (the full date parser for an RSS date, say), a lazy chunk in the browser.
  await loadBeforeNormalizing(data);
  const open = unsafeStatic(`<${tag}${attributeMarkup(options.attributes)}`);
  const close = unsafeStatic(`</${tag}>`);
  const template = tag === 'article-view' ? html`${open} .article=${data}>${close}` : html`${open} .items=${data}>${close}`;
  return collectResult(render(template));
}

const NO_BODY = '<!-- reader-widgets/ssr: the article body is not server-rendered yet; it renders in the browser. -->';

/** `<article-view>` for `article`, without its body (see the module's comment). */
export async function renderArticleView(article: ArticleInput, options: ServerRenderOptions = {}): Promise<string> {
  const input = (article && typeof article === 'object' ? article : {}) as ArticleInput & { bodyHtml?: unknown };
  const { bodyHtml, ...withoutBody } = input;
  const markup = await renderElement('article-view', withoutBody, options, input.lang);
  return bodyHtml === undefined ? markup : markup.replace(/<\/template>(?![\s\S]*<\/template>)/, `${NO_BODY}</template>`);
}

/** `<related-list>` for `items`. */
export function renderRelatedList(items: readonly ArticleInput[], options: ServerRenderOptions = {}): Promise<string> {
  return renderElement('related-list', items, options);
}

/** `<trending-ticker>` for `items`. */
export function renderTrendingTicker(items: readonly ArticleInput[], options: ServerRenderOptions = {}): Promise<string> {
  return renderElement('trending-ticker', items, options);
}
