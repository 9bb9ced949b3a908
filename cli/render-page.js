/**
 * `reader-widgets render`'s work on one page: finds `<article-view>`, `<related-list>` and
 * `<trending-ticker>` that have data (`src`, the `article`/`items` attribute, or an inline
 * `<script type="application/json">` child), loads it, renders each element in place with
 * `reader-widgets/ssr` (declarative shadow DOM plus the data the client hydrates from), and leaves every
 * other byte of the page as it was: the page is parsed with parse5 only to learn where each element
 * starts and ends, and only those ranges are replaced.
 *
 * An element that cannot be rendered stays as it was (it still loads in the browser) and is reported
 * with its tag, `src`, line:column and why.
 */
import { createHash } from 'node:crypto';
import { parse, parseFragment } from 'parse5';
import { readSource, toData } from './load-data.js';

const TAGS = new Set(['article-view', 'related-list', 'trending-ticker']);
/** The attribute each element takes its data from as JSON text. */
const DATA_ATTRIBUTE = { 'article-view': 'article', 'related-list': 'items', 'trending-ticker': 'items' };
const RENDERERS = { 'article-view': 'renderArticleView', 'related-list': 'renderRelatedList', 'trending-ticker': 'renderTrendingTicker' };
/** The inline data script the elements read (src/sources/inline-controller.ts). */
const INLINE_TYPES = new Set(['application/json', 'application/ld+json']);
/** Our all-in-one script-tag file, as a CDN or a copy on the owner's site serves it. */
const ALL_IN_ONE = /(^|\/)reader-widgets(\.iife)?\.js([?#]|$)/;

const attributesOf = (node) => Object.fromEntries(node.attrs.map(({ name, value }) => [name, value]));
const isElement = (node) => typeof node.tagName === 'string';

/**
 * Every element of the page in document order, with the language in effect there (the nearest `lang`,
 * which is what the element reads in the browser). Template contents are skipped: nothing in them renders.
 */
function* walk(node, lang = undefined) {
  for (const child of node.childNodes ?? []) {
    if (!isElement(child)) continue;
    const own = child.attrs.find((a) => a.name === 'lang')?.value;
    const here = own === undefined ? lang : own;
    yield { node: child, lang: here };
    if (!TAGS.has(child.tagName) && child.tagName !== 'template') yield* walk(child, here);
  }
}

const inlineScriptOf = (node) =>
  node.childNodes.find((child) => {
    if (child.tagName !== 'script') return false;
    const attributes = attributesOf(child);
    return (
      INLINE_TYPES.has((attributes.type ?? '').trim().toLowerCase()) &&
      !('data-reader-structured-data' in attributes) &&
      !('data-reader-hydrate' in attributes)
    );
  });

const textOf = (node) => (node.childNodes ?? []).map((child) => (child.nodeName === '#text' ? child.value : textOf(child))).join('');

/** The element's message when the server rendered its error state (bad data), else `undefined`. */
function errorStateOf(markup) {
  const search = (node) => {
    for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) {
      if (isElement(child) && (attributesOf(child).part ?? '').split(/\s+/).includes('error')) return child;
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  const error = search(parseFragment(markup));
  return error ? textOf(error).replace(/\s+/g, ' ').trim() || 'the element rendered its error state' : undefined;
}

/** Where an element's data comes from, or `undefined` when it has none (nothing to render). */
function dataSource(node, attributes) {
  if (attributes.src?.trim()) return { kind: 'src', src: attributes.src };
  const attribute = DATA_ATTRIBUTE[node.tagName];
  if (attributes[attribute]?.trim()) return { kind: 'attribute', attribute, text: attributes[attribute], contentType: 'application/json' };
  const script = inlineScriptOf(node);
  if (script) return { kind: 'inline', script, text: textOf(script), contentType: attributesOf(script).type.trim().toLowerCase() };
  return undefined;
}

/**
 * Renders the page's elements.
 * @param {string} html the page
 * @param {object} options
 * @param {string} options.pageDir the page's folder: relative `src` paths are read from there
 * @param {string} options.root what a root-relative `src` (`/data/feed.json`) is relative to
 * @param {string} [options.pageUrl] the page's address on the site: links and `exclude` resolve against it
 * @param {string} [options.timeZone] the IANA zone absolute dates are written in (the renderer's default: UTC)
 * @param {number} options.timeoutMs how long a remote `src` may take
 * @param {number} options.maxBytes the largest data read
 * @param {boolean} [options.hydrateScript] point a `<script src=…/reader-widgets.js>` at reader-widgets.hydrate.js
 * @returns {Promise<{ html: string, rendered: object[], problems: object[], hints: string[], styleHashes: string[] }>}
 */
export async function renderPage(html, options) {
  // The renderer first: it installs @lit-labs/ssr's DOM shim, which must come before the elements load.
  const ssr = await import('reader-widgets/ssr');
  const document = parse(html, { sourceCodeLocationInfo: true });
  const replacements = [];
  const rendered = [];
  const problems = [];
  const hints = [];
  const jobs = [];

  for (const { node, lang } of walk(document)) {
    const location = node.sourceCodeLocation;
    if (!location) continue; // an element the parser implied (<html>, <body>): never one of ours
    const where = { line: location.startLine, column: location.startCol };
    if (node.tagName === 'script') {
      const hint = scriptHint(node, location, html, options, replacements);
      if (hint) hints.push(`${where.line}:${where.column}: ${hint}`);
      continue;
    }
    if (!TAGS.has(node.tagName)) continue;
    const attributes = attributesOf(node);
    const source = dataSource(node, attributes);
    if (!source) continue;
    const element = { tag: node.tagName, src: source.kind === 'src' ? source.src : undefined, ...where };
    jobs.push(
      renderElement(ssr, node, attributes, source, lang, options).then((result) => {
        if (!result.ok) {
          problems.push({ ...element, kind: result.kind, message: result.message });
          return;
        }
        rendered.push(element);
        replacements.push({
          start: location.startOffset,
          end: location.endOffset,
          text: withLightChildren(result.markup, node, source, html),
        });
      }),
    );
  }
  await Promise.all(jobs);

  replacements.sort((a, b) => a.start - b.start);
  const styleHashes = [...new Set(replacements.flatMap(({ text }) => styleHashesOf(text)))];
  // From the end, so earlier offsets stay valid.
  let out = html;
  for (const { start, end, text } of replacements.toReversed()) out = out.slice(0, start) + text + out.slice(end);
  const byPlace = (a, b) => a.line - b.line || a.column - b.column;
  return { html: out, rendered: rendered.sort(byPlace), problems: problems.sort(byPlace), hints, styleHashes };
}

async function renderElement(ssr, node, attributes, source, lang, options) {
  let body;
  let baseUrl;
  if (source.kind === 'src') {
    const read = await readSource(source.src, options);
    if (!read.ok) return read;
    body = read;
    // Relative links in the feed resolve against where it came from, as in the browser.
    baseUrl = read.url ?? (options.pageUrl ? new URL(source.src, options.pageUrl).href : undefined);
  } else {
    body = source;
  }
  const converted = await toData(body.text, body.contentType, { format: attributes.format, baseUrl });
  if (!converted.ok) return converted;

  // The owner's attributes, less the data's (the data goes in the hydration script): `src` must not make
  // the client fetch again. A bare attribute (`structured-data`) stays bare.
  const { src: _src, [DATA_ATTRIBUTE[node.tagName]]: _data, ...rest } = attributes;
  const kept = Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, value === '' ? true : value]));
  let markup;
  try {
    markup = await ssr[RENDERERS[node.tagName]](converted.data, {
      attributes: kept,
      ...(lang ? { lang } : {}),
      ...(options.pageUrl ? { pageUrl: options.pageUrl } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    });
  } catch (error) {
    return { ok: false, kind: 'render-failed', message: error instanceof Error ? error.message : String(error) };
  }
  const error = errorStateOf(markup);
  if (error !== undefined) return { ok: false, kind: 'bad-data', message: error };
  return { ok: true, markup };
}

/**
 * CSP hash sources (`'sha256-…'`) of the `<style>` elements in rendered markup: a page whose `style-src`
 * has no `'unsafe-inline'` must list them, or the declarative shadow roots stay unstyled until the
 * client's script runs (checked in Chromium: the browser hashes the style's text as written).
 */
function styleHashesOf(markup) {
  return [...markup.matchAll(/<style>([^]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}

/**
 * The rendered element with the owner's own children kept (slotted headings, an empty-state text), less
 * the inline data script, which the hydration script replaces. Copied as they were written.
 */
function withLightChildren(markup, node, source, html) {
  const location = node.sourceCodeLocation;
  const innerStart = location.startTag.endOffset;
  const innerEnd = location.endTag ? location.endTag.startOffset : location.endOffset;
  let inner = html.slice(innerStart, innerEnd);
  if (source.kind === 'inline') {
    const script = source.script.sourceCodeLocation;
    inner = html.slice(innerStart, script.startOffset) + html.slice(script.endOffset, innerEnd);
  }
  if (inner.trim() === '') return markup;
  const close = markup.lastIndexOf(`</${node.tagName}>`);
  return markup.slice(0, close) + inner + markup.slice(close);
}

/**
 * A page that loads our all-in-one script (`…/reader-widgets.js`) should load `reader-widgets.hydrate.js`
 * instead once its elements are server-rendered: without hydration support, each element renders a
 * second time in the browser. With `hydrateScript`, a module script's `src` is rewritten (only the
 * file name, in place); otherwise, and for the classic `.iife.js`, a hint says what to change.
 */
function scriptHint(node, location, html, options, replacements) {
  const src = attributesOf(node).src;
  const match = src && ALL_IN_ONE.exec(src);
  if (!match) return undefined;
  const hydrateSrc = src.replace(ALL_IN_ONE, '$1reader-widgets.hydrate.js$3');
  if (match[2]) {
    return `this page loads ${src}; for server-rendered elements load <script type="module" src="${hydrateSrc}"></script> instead, or each element renders again in the browser`;
  }
  if (!options.hydrateScript) {
    return `this page loads ${src}; for server-rendered elements load ${hydrateSrc} instead (or run with --hydrate), or each element renders again in the browser`;
  }
  const attribute = location.attrs?.src;
  if (!attribute) return undefined;
  const written = html.slice(attribute.startOffset, attribute.endOffset);
  replacements.push({
    start: attribute.startOffset,
    end: attribute.endOffset,
    text: written.replace(/reader-widgets\.js(?=[?#"'\s>]|$)/, 'reader-widgets.hydrate.js'),
  });
  return undefined;
}
