/**
 * Server rendering, Node only (`reader-widgets/ssr`): each element as HTML in the wire format of
 * SSR-FORMAT.md: the host with the owner's attributes, its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">` with its styles and what @lit-labs/ssr renders for its template),
 * a `<script type="application/json" data-reader-hydrate>` with what the client needs to hydrate, and for
 * `structured-data` the article's JSON-LD in the light DOM. Built on @lit-labs/ssr, which must be
 * installed next to this package; article bodies are sanitized with DOMPurify over jsdom (also installed
 * by the app; without it an article with a body renders the error state, saying so).
 *
 * Importing this module installs @lit-labs/ssr's DOM shim (what frameworks do for server rendering) and
 * registers the three elements. Nothing here throws for bad data: the element renders its error state.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { LitElementRenderer, html, renderThunked, type RenderInfo } from '@lit-labs/ssr';
import { collectResult, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { loadMessages } from './core/messages.js';
import { canonicalLang } from './core/locale.js';
import { loadBeforeNormalizing, type Article, type ArticleInput } from './core/model.js';
import { withServerPage } from './core/platform.js';
import { useSanitizer } from './core/sanitizer-loader.js';
import { sanitizeBodyIn, type SanitizerWindow } from './core/sanitize.js';
import { jsonForScript, newsArticleJsonLd, serializeJsonLd } from './core/structured-data.js';
import { isAbsoluteHttpUrl } from './core/urls.js';
import { RawHtml } from './ssr/raw-html.js';

// Registered after the shim is installed, never before (bundlers hoist static imports): installing it
// replaces the `customElements` Lit's Node build provides, and elements registered there would be lost.
// Awaited at the top level, so the elements are registered when `import('reader-widgets/ssr')` resolves.
await import('./index.js');

/** An attribute value as an owner writes it: `true` is an empty attribute; `false`, `null`, `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface ServerRenderOptions {
  /** The element's attributes, as in HTML: `layout`, `mode`, `limit`, `exclude`, `hide`, `heading-level`, `theme`, `date-style`, `structured-data`… (no `src`: the server gives data). */
  attributes?: Record<string, AttributeValue>;
  /** The page's language (BCP 47), what the element would read from `<html lang>`: its UI language unless the `locale` attribute, an article's own `lang` or a `lang` in `attributes` (the element's own, nearer than the page's) says; default English. */
  lang?: string;
  /** The clock for relative dates ("3 hours ago"); default: the time of the render. */
  now?: Date | string | number;
  /** The IANA time zone absolute dates are written in; default "UTC". */
  timeZone?: string;
  /** The address of the page the element goes into (absolute http(s)): what `exclude`, `rel` and relative links resolve against. */
  pageUrl?: string;
}

type Tag = 'article-view' | 'related-list' | 'trending-ticker';

/** The element as this module reads it after its server update (its data's status, the locale it chose). */
interface RenderedElement extends HTMLElement {
  data: { status: string; value?: unknown };
  l10n: { locale: string };
}

/** One render: what goes in, and the element once @lit-labs/ssr made it. */
interface Job {
  tag: Tag;
  input: unknown;
  attributes: Array<[string, string]>;
  locale?: string;
  now: Date;
  timeZone: string;
  pageUrl?: string;
  element?: RenderedElement;
  /** The HTML this render writes as it is, without @lit-labs/ssr parsing it: the body, the light DOM. */
  raw: RawHtml;
}

/** `<article-view>` for `article` (with its body sanitized on the server). */
export function renderArticleView(article: ArticleInput, options?: ServerRenderOptions): Promise<string> {
  return renderToString('article-view', article, options);
}

/** `<related-list>` for `items`. */
export function renderRelatedList(items: readonly ArticleInput[], options?: ServerRenderOptions): Promise<string> {
  return renderToString('related-list', items, options);
}

/** `<trending-ticker>` for `items`. */
export function renderTrendingTicker(items: readonly ArticleInput[], options?: ServerRenderOptions): Promise<string> {
  return renderToString('trending-ticker', items, options);
}

/** `renderArticleView` as a Node `Readable` stream (the same HTML, sent as it is made). */
export function streamArticleView(article: ArticleInput, options?: ServerRenderOptions): RenderResultReadable {
  return renderToStream('article-view', article, options);
}

/** `renderRelatedList` as a stream. */
export function streamRelatedList(items: readonly ArticleInput[], options?: ServerRenderOptions): RenderResultReadable {
  return renderToStream('related-list', items, options);
}

/** `renderTrendingTicker` as a stream. */
export function streamTrendingTicker(items: readonly ArticleInput[], options?: ServerRenderOptions): RenderResultReadable {
  return renderToStream('trending-ticker', items, options);
}

async function renderToString(tag: Tag, input: unknown, options: ServerRenderOptions = {}): Promise<string> {
  const job = await prepare(tag, input, options);
  return collectResult(thunked(job));
}

/** A stream that starts once the words (and, for a body, jsdom) are loaded; an error ends it with `error`. */
function renderToStream(tag: Tag, input: unknown, options: ServerRenderOptions = {}): RenderResultReadable {
  const result: ThunkedRenderResult = [async () => thunked(await prepare(tag, input, options))];
  return new RenderResultReadable(result);
}

/** What must be ready before the element's one synchronous update: its words, and the body's sanitizer. */
async function prepare(tag: Tag, input: unknown, options: ServerRenderOptions): Promise<Job> {
  const attributes = checkedAttributes(options.attributes);
  // The page's language: the host's own `lang` attribute (nearer than `<html lang>`), else the `lang` option.
  const hostLang = attributes.find(([name]) => name === 'lang')?.[1];
  const locale = canonicalLang(hostLang ?? '') ?? canonicalLang(typeof options.lang === 'string' ? options.lang : '');
  const contentLang = tag === 'article-view' && isObject(input) && typeof input.lang === 'string' ? input.lang : undefined;
  const ownerLocale = attributes.find(([name]) => name === 'locale')?.[1];
  // As in the browser: the `locale` attribute, else an article's own language, else the page's (`lang`).
  const pageDecides = !(ownerLocale && canonicalLang(ownerLocale)) && !(contentLang && canonicalLang(contentLang));
  const job: Job = {
    tag,
    input,
    attributes,
    locale: pageDecides ? locale : undefined,
    now: validDate(options.now) ?? new Date(),
    timeZone: validTimeZone(options.timeZone) ?? 'UTC',
    pageUrl: checkedPageUrl(options.pageUrl),
    raw: new RawHtml(),
  };
  const chosen = [ownerLocale, contentLang, job.locale].find((tag) => tag && canonicalLang(tag));
  await loadMessages(canonicalLang(chosen ?? 'en') ?? 'en');
  // And what reading its data needs (the full date parser for an RSS date, say), a lazy chunk in the browser.
  await loadBeforeNormalizing(input);
  if (tag === 'article-view' && isObject(input) && typeof input.bodyHtml === 'string' && input.bodyHtml !== '') await serverSanitizer();
  return job;
}

/** Light DOM and shadow root of the host, as @lit-labs/ssr renders them (templates with literal tags). */
const HOSTS: Record<Tag, (light: unknown) => unknown> = {
  'article-view': (light) => html`<article-view>${light}</article-view>`,
  'related-list': (light) => html`<related-list>${light}</related-list>`,
  'trending-ticker': (light) => html`<trending-ticker>${light}</trending-ticker>`,
};

function thunked(job: Job): ThunkedRenderResult {
  // The light DOM is made when it is reached, after the element rendered: it says how (language, error).
  const light = job.raw.placeholder(() => lightDom(job));
  const renderInfo: Partial<RenderInfo> = { elementRenderers: [rendererFor(job)] };
  return job.raw.splice(renderThunked(HOSTS[job.tag](light), renderInfo));
}

/** The render whose element is running one of its synchronous steps (see `inJob`), for the body's stand-in. */
let rendering: Job | undefined;

/** Runs one synchronous step of `job`'s element (its update, a piece of its shadow root): on its page, as the current render. */
function inJob<T>(job: Job, step: () => T): T {
  const outer = rendering;
  rendering = job;
  try {
    return withServerPage(job.pageUrl, step);
  } finally {
    rendering = outer;
  }
}

/**
 * A renderer for this job's host: it gives the element its attributes and data before its update, and
 * runs the update as if on the page at `pageUrl` (see `inJob`). A class per render, so renders
 * that interleave (streams) never share state.
 */
function rendererFor(job: Job): typeof LitElementRenderer {
  return class ReaderElementRenderer extends LitElementRenderer {
    override connectedCallback(): void {
      const element = this.element as unknown as RenderedElement & Record<string, unknown>;
      if (job.element === undefined) {
        job.element = element;
        for (const [name, value] of job.attributes) this.setAttribute(name, value);
        element[job.tag === 'article-view' ? 'article' : 'items'] = job.input;
        element.now = job.now;
        element.timeZone = job.timeZone;
        if (job.locale) element.locale = job.locale;
      }
      inJob(job, () => super.connectedCallback());
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      return super.renderShadow(renderInfo)?.map((piece) => (typeof piece === 'function' ? () => inJob(job, piece) : piece));
    }
  };
}

/** The hydration data and, for `structured-data`, the JSON-LD: the host's light DOM. */
function lightDom(job: Job): string {
  const element = job.element!;
  const error = element.data.status === 'error';
  const article = job.tag === 'article-view' && element.data.status === 'ready' ? (element.data.value as Article) : undefined;
  const hydration = {
    data: withoutBody(job),
    lang: element.l10n.locale,
    now: job.now.toISOString(),
    timeZone: job.timeZone,
    serverBody: !!article?.bodyHtml,
    ...(error ? { error: true } : {}),
  };
  let markup = `<script type="application/json" data-reader-hydrate>${jsonForScript(hydration)}</script>`;
  if (article && job.attributes.some(([name]) => name === 'structured-data')) {
    const jsonLd = serializeJsonLd(newsArticleJsonLd(article, job.pageUrl));
    markup += `<script type="application/ld+json" data-reader-structured-data>${jsonLd}</script>`;
  }
  return markup;
}

/** The input as given, an article without its body (the client keeps the server's sanitized body). */
function withoutBody({ tag, input }: Job): unknown {
  if (tag !== 'article-view' || !isObject(input) || !('bodyHtml' in input)) return input;
  const { bodyHtml: _body, ...rest } = input;
  return rest;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/** Attributes the server never writes: it gives data (`src` would fetch again), and the data goes in the hydration script. */
const DATA_ATTRIBUTES = new Set(['src', 'article', 'items']);

/** The owner's attributes as name/value pairs: names checked, `false`/`null`/`undefined` left out. */
function checkedAttributes(attributes: ServerRenderOptions['attributes']): Array<[string, string]> {
  const checked: Array<[string, string]> = [];
  if (!isObject(attributes)) return checked;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) {
      // Left out, never thrown: a bad key must not take down the owner's request.
      console.warn(`reader-widgets/ssr: "${name.slice(0, 50)}" is not an attribute name; it was left out.`);
      continue;
    }
    if (DATA_ATTRIBUTES.has(name)) {
      console.warn(`reader-widgets/ssr: the "${name}" attribute was left out: the server renders the data it is given.`);
      continue;
    }
    if (value === false || value === null || value === undefined) continue;
    checked.push([name, value === true ? '' : String(value)]);
  }
  return checked;
}

function checkedPageUrl(url: unknown): string | undefined {
  if (url === undefined) return undefined;
  if (isAbsoluteHttpUrl(url)) return url;
  console.warn('reader-widgets/ssr: `pageUrl` was ignored: it must be an absolute http(s) URL.');
  return undefined;
}

function validDate(value: unknown): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  if (date && !Number.isNaN(date.getTime())) return date;
  console.warn('reader-widgets/ssr: `now` was ignored: it is not a date.');
  return undefined;
}

function validTimeZone(zone: unknown): string | undefined {
  if (zone === undefined) return undefined;
  try {
    if (typeof zone === 'string') return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    // not a zone Intl knows
  }
  console.warn('reader-widgets/ssr: `timeZone` was ignored: it is not an IANA time zone; dates are written in UTC.');
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// --- Article bodies: DOMPurify over jsdom ----------------------------------------------------------------

/** The module name in a variable: jsdom is an optional peer dependency, loaded only for a body. */
const JSDOM_MODULE: string = 'jsdom';
const NO_JSDOM =
  'Server rendering an article body needs jsdom (npm install jsdom), which reader-widgets/ssr sanitizes it with; it is not installed.';

let sanitizerReady: Promise<void> | undefined;

/** Puts the jsdom-backed sanitizer in place (once); without jsdom, one that refuses every body, saying why. */
function serverSanitizer(): Promise<void> {
  sanitizerReady ??= (import(/* @vite-ignore */ JSDOM_MODULE) as Promise<{ JSDOM: new (html: string) => { window: unknown } }>).then(
    ({ JSDOM }) => {
      const view = new JSDOM('').window as SanitizerWindow;
      useSanitizer({
        sanitizeBody: (bodyHtml, baseUrl) => sanitizeBodyIn(view, bodyHtml, baseUrl),
        // In this module's renders, written as it is (see RawHtml); an app rendering the element with
        // @lit-labs/ssr itself gets `unsafeHTML`, which @lit-labs/ssr parses again, to the same bytes.
        renderable: (body) => rendering?.raw.placeholder(() => serialize(body)) ?? unsafeHTML(serialize(body)),
      });
    },
    () => {
      console.warn(`reader-widgets/ssr: ${NO_JSDOM}`);
      useSanitizer({
        sanitizeBody: () => {
          throw new Error(NO_JSDOM);
        },
      });
    },
  );
  return sanitizerReady;
}

/**
 * A sanitized fragment as HTML: each top-level node as the DOM that made it serializes it (an element's
 * `outerHTML`; text escaped as the HTML serializer escapes it), which is the fragment's HTML. Nothing is
 * copied or moved: in jsdom a deep copy of a 1 MB body, or moving its nodes out and back, cost several
 * times the serializing itself (and moving grows faster than the number of nodes).
 */
function serialize(body: DocumentFragment): string {
  let html = '';
  for (let node = body.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) html += (node as Element).outerHTML;
    else if (node.nodeType === 3) html += (node as Text).data.replace(/[&\u00a0<>]/g, (c) => TEXT_ESCAPES[c]!);
    else if (node.nodeType === 8) html += `<!--${(node as Comment).data}-->`;
  }
  return html;
}

/** How the HTML serializer writes these characters in text (outside `<script>`, `<style>` and the like). */
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '\u00a0': '&nbsp;', '<': '&lt;', '>': '&gt;' };
