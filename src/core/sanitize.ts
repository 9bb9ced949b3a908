/**
 * The sanitizer: the one function that turns untrusted body HTML into something safe to put in the DOM.
 * It returns a DOM fragment (never a string), so nothing re-parses the HTML after it was checked and
 * Trusted Types enforcement on the page is not bypassed (Lit's `unsafeHTML` would: lit/lit#5320).
 *
 * This module is the only one that imports DOMPurify; elements load it lazily, so a page with only a
 * ticker or a related list never downloads it.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import { BODY_URL_ATTRIBUTES, resolveUrl, safeSrcset, safeUrl } from './urls.js';
import { LIMITS } from './model.js';
import { DEFERRED_POSTER } from './deferred-poster.js';

/**
 * The window whose DOM a body is parsed and sanitized in: the page's in a browser, jsdom's on a server
 * (`reader-widgets/ssr`). Both sides share this module's one configuration and one set of hooks.
 */
export type SanitizerWindow = WindowLike & Pick<Window, 'document'>;

/** Deeper nesting than this is not an article; DOMPurify has no limit of its own and slows to seconds. */
export const MAX_DEPTH = 128;
/** More attributes on one tag than this is not an article (real tags have a handful); see `mostAttributes`. */
export const MAX_ATTRIBUTES = 256;

/** Everything a rich article uses; no SVG or MathML (namespace confusion is a classic mXSS source). */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'data',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  'video',
  'audio',
  'track',
];
const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'loading',
  'decoding',
  'lang',
  'dir',
  'cite',
  'datetime',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'start',
  'reversed',
  'type',
  'value',
  'open',
  'target',
  'rel',
  'id',
  'style',
  'controls',
  'poster',
  'preload',
  'muted',
  'loop',
  'playsinline',
  // No `media`: a `<source media>` condition would tell the feed's server the reader's viewport or colour
  // scheme (by which source is fetched); without it a `<picture>` always takes its first usable source.
  'kind',
  'srclang',
  'label',
  'abbr',
  'span',
];
/** Inline style survives only as these properties with plain keyword values (no `url()`, no `position`). */
const SAFE_STYLE_PROPERTIES = new Set(['text-align', 'font-weight', 'font-style', 'text-decoration', 'vertical-align']);
const SAFE_STYLE_VALUE = /^[a-z-]+(?: [a-z-]+)*$/i;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  // `body` is only ever the parse root (the HTML parser never creates a second one; a `<body>` tag in the
  // input merges its attributes into the root, which are sanitized and never returned: the result is the
  // root's children). DOMPurify walks the root first, and a root not on the list is "removed with its content
  // kept": every child is deep-cloned next to it and thrown away (over half the time of a 1 MB body).
  ALLOWED_TAGS: [...ALLOWED_TAGS, 'body'],
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Our own URL rule is applied in the hook below; this regex is only DOMPurify's first line.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  // Parse as content already inside <body>: a leading <frameset>, <head> or <body> can then never replace
  // the body (DOMPurify returns null for a frameset document, which would crash the caller).
  FORCE_BODY: true,
  RETURN_DOM_FRAGMENT: true,
};

/** The URL attributes a body may keep, by name, with what each is for (see `safeUrl`). */
const URL_ATTRIBUTE_USE = new Map(BODY_URL_ATTRIBUTES);

/** One DOMPurify per window, each with the hooks below. */
const purifiers = new WeakMap<SanitizerWindow, Purifier>();
let calls = 0;
/** The base of the body being sanitized now (`sanitizeBody` is synchronous), for the URL hook. */
let currentBase: string | undefined;

/**
 * A private DOMPurify instance for `view`, so our hooks never change an app's own (deduped) DOMPurify.
 * The hooks use only what every DOM has (no `instanceof` against one window's classes).
 */
function purifierFor(view: SanitizerWindow): Purifier {
  let purifier = purifiers.get(view);
  if (purifier) return purifier;
  purifier = DOMPurify(view);
  purifiers.set(view, purifier);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'style' || data.attrName === INERT_STYLE) {
      // Never kept as an attribute: the harmless declarations are re-applied through the CSSOM below,
      // which a strict CSP (no 'unsafe-inline' styles) allows.
      const kept = safeInlineStyle(data.attrValue);
      if (kept.length > 0) inlineStyles.set(node, kept);
      data.keepAttr = false;
      return;
    }
    // URL attributes get our own check here, before DOMPurify's: a value it sees is already safe, and its
    // spaces are already `%20` (what the URL parser makes of them), because DOMPurify strips whitespace
    // from a URL one match at a time (a second for a megabyte of spaces inside `href`s).
    const use = URL_ATTRIBUTE_USE.get(data.attrName);
    if (use === undefined) return;
    const checked = safeUrl(data.attrValue, use);
    const safe = checked && (resolveUrl(checked, currentBase) ?? checked);
    if (safe === undefined) data.keepAttr = false;
    else data.attrValue = safe.replaceAll(' ', '%20');
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const declarations = inlineStyles.get(node);
    if (declarations && 'style' in node) {
      for (const [property, value] of declarations) (node as HTMLElement).style.setProperty(property, value);
    }
    const srcset = node.getAttribute('srcset');
    if (srcset !== null) {
      const safe = safeSrcset(srcset, currentBase);
      if (safe === undefined) node.removeAttribute('srcset');
      else node.setAttribute('srcset', safe);
    }
    if (node.localName === 'a' && node.hasAttribute('target')) {
      // A link opening a new window must not hand that window our page (reverse tabnabbing).
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.localName === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
    if (node.localName === 'video' || node.localName === 'audio') deferMedia(node);
    // WebKit fetches a chapters track at render, whatever `preload` says; metadata tracks are for scripts,
    // and a body has none. Captions, subtitles and descriptions load only when the reader turns them on.
    if (node.localName === 'track' && !TRACKS_ON_REQUEST.has(node.getAttribute('kind')?.toLowerCase() ?? 'subtitles')) {
      node.removeAttribute('src');
    }
  });
  return purifier;
}

/**
 * A video or audio in a body loads nothing before the reader asks: no autoplay, `preload="none"` (the
 * file, its `<source>`s and tracks wait for play), and the poster waits in `data-rw-poster` until the
 * video comes near the viewport (no engine loads a poster lazily; the element puts it back).
 */
function deferMedia(node: Element): void {
  node.removeAttribute('autoplay');
  node.setAttribute('preload', 'none');
  const poster = node.getAttribute('poster');
  if (poster === null) return;
  node.removeAttribute('poster');
  node.setAttribute(DEFERRED_POSTER, poster);
}

/** Track kinds that load only when the reader shows them (no `kind` is subtitles; an unknown one, metadata). */
const TRACKS_ON_REQUEST = new Set(['subtitles', 'captions', 'descriptions']);

/** Keeps harmless presentational declarations ("text-align: center") and drops everything else. */
function safeInlineStyle(style: string): Array<[string, string]> {
  const kept: Array<[string, string]> = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (SAFE_STYLE_PROPERTIES.has(property) && SAFE_STYLE_VALUE.test(value) && value.length < 40) kept.push([property, value]);
  }
  return kept;
}

/** Declarations to re-apply, per element, between the two DOMPurify hooks. */
const inlineStyles = new WeakMap<Element, Array<[string, string]>>();

/**
 * Inline `style` and `on*` attributes are renamed before the browser parses the HTML. Chromium checks a
 * page's CSP while parsing, even into an inert document, so on a strict-CSP page every inline style or
 * handler in a feed would be reported as a violation (and the style blocked) although the sanitizer drops
 * or rebuilds it anyway. Renamed (`data-rw-…`), they are plain data the hooks handle: style declarations
 * are filtered and re-applied through the CSSOM, handlers are dropped with every other data attribute.
 * The rename only ever rewrites attribute names inside tags, so it cannot create markup; an attribute
 * it misses is still removed by DOMPurify (at worst a CSP report remains).
 */
const INERT_STYLE = 'data-rw-style';
const TAG = /<[a-zA-Z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>?/g;
const ATTRIBUTE = /([\s/"'])([^\s/>"'=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

function renameInlineAttributes(html: string): string {
  // Every attribute the rename touches starts with `style` or `on` right after a space, slash or quote.
  if (!/[\s/"'](?:style|on)/i.test(html)) return html;
  return html.replace(TAG, (tag) => {
    const nameEnd = tag.search(/[\s/>]/);
    if (nameEnd < 0) return tag;
    const rest = tag
      .slice(nameEnd)
      .replace(ATTRIBUTE, (match, before: string, name: string, value = '') =>
        /^(?:style|on.*)$/i.test(name) ? `${before}data-rw-${name}${value}` : match,
      );
    return tag.slice(0, nameEnd) + rest;
  });
}

/** Elements that never have content: a start tag opens nothing (HTML ignores a `/` before their `>`). */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: a second one where one is open closes it (`<li>a<li>b`). */
// prettier-ignore
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup',
]);
/** Block elements whose start tag closes an open `<p>`. */
// prettier-ignore
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'summary',
  'table', 'ul', 'li', 'dd', 'dt',
]);
/** In SVG and MathML (foreign content) `<x/>` does close itself. */
const FOREIGN_ROOTS = new Set(['svg', 'math']);

/**
 * The deepest tag nesting in an HTML string, estimated in one linear scan without building a DOM: each
 * `<` is looked at once and each tag is skipped with one search for its `>`, so no input (200,000
 * unclosed `<a `, say) makes the scan go back over text it has passed. It reads tags the way the HTML
 * parser does where an attacker could exploit a difference: `<div/>` opens a `<div>` (only void elements
 * and foreign content close themselves), and an end tag closes only an element that is open (a stray
 * `</b>` closes nothing). It is a guard that keeps pathological nesting away from the browser's parser
 * (deep formatting elements cost it seconds); `sanitizeBody` then measures the tree the parser built.
 * The scan stops as soon as the depth passes `stopAbove` (a refusal needs no exact answer).
 */
export function estimateNestingDepth(html: string, stopAbove = Infinity): number {
  const open: string[] = [];
  let foreign = 0; // how many of the open elements are foreign content roots
  let max = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) break; // the rest is a comment
      lt = close + 2;
      continue;
    }
    const isEnd = html[lt + 1] === '/';
    const nameAt = lt + (isEnd ? 2 : 1);
    const first = html.charCodeAt(nameAt) | 0x20;
    if (first < 0x61 || first > 0x7a) continue; // not a tag: `<` followed by a non-letter is text
    const gt = html.indexOf('>', nameAt);
    if (gt < 0) break; // no tag can end after this point
    let nameEnd = nameAt;
    while (nameEnd < gt && !/[\s/]/.test(html[nameEnd])) nameEnd++;
    const name = html.slice(nameAt, nameEnd).toLowerCase();
    lt = gt;
    if (isEnd) {
      // Closes the nearest open element of that name and everything inside it; a stray end tag, nothing.
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      for (let i = open.length - 1; i >= at; i--) if (FOREIGN_ROOTS.has(open[i])) foreign--;
      open.length = at;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || (foreign > 0 && html[gt - 1] === '/')) continue;
    // A block closes the `<p>` it would be in; a `<li>` (or `<p>`, `<td>`…) closes the one it would be in.
    // Only the innermost is closed: a scan that closed more could be led to undercount (`<li><ul>`…), and
    // deep lists or tables cost the parser seconds too.
    if (open[open.length - 1] === 'p' && CLOSES_P.has(name)) open.pop();
    if (OPTIONAL_END.has(name) && open[open.length - 1] === name) continue;
    if (FOREIGN_ROOTS.has(name)) foreign++;
    open.push(name);
    if (open.length > max && (max = open.length) > stopAbove) break;
  }
  return max;
}

// The HTML tokenizer's states inside a tag, from its name to its `>` (HTML § 13.2.5.8–13.2.5.40).
const TAG_NAME = 0;
const BEFORE_NAME = 1;
const NAME = 2;
const AFTER_NAME = 3;
const BEFORE_VALUE = 4;
const DOUBLE_QUOTED = 5;
const SINGLE_QUOTED = 6;
const UNQUOTED = 7;
const AFTER_QUOTED = 8;
const SELF_CLOSING = 9;
const TAG_STATES = 10;
const ENDED = -1;
/** The start tags whose attributes go onto an element that is already there (HTML § 13.2.6.4.7). */
const MERGED_TAG = /^(?:body|html)(?:[\s/>]|$)/i;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Where the tokenizer goes from `state` on character `c` (entering NAME from another state starts an attribute). */
function nextTagState(state: number, c: number): number {
  const space = isSpace(c);
  const gt = c === 0x3e;
  switch (state) {
    case TAG_NAME:
      return space ? BEFORE_NAME : c === 0x2f ? SELF_CLOSING : gt ? ENDED : TAG_NAME;
    case NAME:
      return space ? AFTER_NAME : c === 0x2f ? SELF_CLOSING : gt ? ENDED : c === 0x3d ? BEFORE_VALUE : NAME;
    case AFTER_NAME:
      if (space) return AFTER_NAME;
      if (c === 0x3d) return BEFORE_VALUE;
      break; // `/`, `>` or the next attribute, as before a name
    case BEFORE_VALUE:
      return space ? BEFORE_VALUE : c === 0x22 ? DOUBLE_QUOTED : c === 0x27 ? SINGLE_QUOTED : gt ? ENDED : UNQUOTED;
    case DOUBLE_QUOTED:
      return c === 0x22 ? AFTER_QUOTED : DOUBLE_QUOTED;
    case SINGLE_QUOTED:
      return c === 0x27 ? AFTER_QUOTED : SINGLE_QUOTED;
    case UNQUOTED:
      return space ? BEFORE_NAME : gt ? ENDED : UNQUOTED;
    case SELF_CLOSING:
      if (gt) return ENDED;
      break; // anything else is read again as before a name
  }
  // BEFORE_NAME, and the states that read a character as it would (AFTER_QUOTED with no space between
  // attributes is a parse error, not an end; `=` there starts a name).
  return space ? BEFORE_NAME : c === 0x2f ? SELF_CLOSING : gt ? ENDED : NAME;
}

/**
 * The most attributes any tag in an HTML string has, counted in one linear pass. A tag with tens of
 * thousands of attributes costs the browser quadratic time (Firefox's parser, and DOMPurify removing
 * them one by one in every engine), so such a body is refused before it is parsed.
 *
 * No markup before a tag can hide it from the count. Where a tag really starts depends on context a
 * scan could misjudge (comments, `<textarea>`, CDATA in SVG, quotes), so every `<` followed by a letter
 * (or by `/` and a letter) is read as if it started a tag, and all those readings run side by side
 * through the tokenizer's attribute states. Two readings in the same state read the rest alike, so only
 * the higher count per state is kept: at most ten counts, whatever the input, hence one linear pass. A
 * reading that is really text (`a <b c d` in a comment) counts words until its `>`; the limit is far
 * above that and above any real tag. The attributes of every `<body>` and `<html>` tag land on one
 * element, so theirs are counted together. Stops as soon as a count passes `stopAbove`.
 */
export function mostAttributes(html: string, stopAbove = Infinity): number {
  // Per state, the highest count of a reading in it: ordinary tags first, then `<body>` and `<html>` tags,
  // whose attributes the parser adds to the one body or html element (so those counts add up, tag after tag).
  let counts = new Array<number>(2 * TAG_STATES).fill(-1);
  let next = new Array<number>(2 * TAG_STATES).fill(-1);
  let merged = 0; // the most attributes `<body>` and `<html>` tags have given their element so far
  let alive = false;
  let mergedAlive = false; // a `<body>` or `<html>` reading is under way (else the second half is empty)
  let most = 0;
  for (let i = 0; i < html.length; i++) {
    if (!alive) {
      i = html.indexOf('<', i); // no reading under way: nothing to do before the next `<`
      if (i < 0) break;
    }
    const c = html.charCodeAt(i);
    const slots = mergedAlive ? 2 * TAG_STATES : TAG_STATES;
    alive = mergedAlive = false;
    for (let slot = 0; slot < slots; slot++) {
      const count = counts[slot];
      if (count < 0) continue;
      counts[slot] = -1;
      const lane = slot < TAG_STATES ? 0 : TAG_STATES;
      const state = slot - lane;
      const to = nextTagState(state, c);
      const after = to === NAME && state !== NAME ? count + 1 : count;
      if (after > most) most = after;
      if (to === ENDED) {
        if (lane && after > merged) merged = after;
        continue;
      }
      if (after <= next[lane + to]) continue;
      next[lane + to] = after;
      alive = true;
      if (lane) mergedAlive = true;
    }
    if (most > stopAbove) break;
    [counts, next] = [next, counts]; // `counts` was emptied above, so `next` starts empty
    // A `<` (or `</`) before a letter starts a reading whose name begins at that letter, in any context.
    if (isLetter(html.charCodeAt(i + 1)) && (c === 0x3c || (c === 0x2f && html.charCodeAt(i - 1) === 0x3c))) {
      const slot = c === 0x3c && MERGED_TAG.test(html.slice(i + 1, i + 6)) ? TAG_STATES + TAG_NAME : TAG_NAME;
      counts[slot] = Math.max(counts[slot], slot === TAG_NAME ? 0 : merged);
      alive = true;
      if (slot !== TAG_NAME) mergedAlive = true;
    }
    if (c === 0x3c) alive = true; // look at the next two characters (`</p`) before jumping again
  }
  return most;
}

/** The depth of the deepest element in a tree (children of `root` are at depth 1), in one walk. */
export function treeDepth(root: Node): number {
  let max = 0;
  let depth = 0;
  let node: Node | null = root.firstChild;
  if (node) depth = 1;
  while (node) {
    if (node.nodeType === 1 && depth > max) max = depth;
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode === root ? null : node.parentNode;
      depth--;
    }
    node = node && node.nextSibling;
  }
  return max;
}

export class SanitizeLimitError extends Error {
  override name = 'SanitizeLimitError';
}

const tooDeep = () => new SanitizeLimitError(`The article body is nested more than ${MAX_DEPTH} levels deep.`);

/**
 * Sanitizes article body HTML into a DOM fragment safe to append anywhere. With `baseUrl` (a feed's own
 * address), relative links and images in the body resolve against it instead of the host page.
 * @throws SanitizeLimitError when the HTML is larger, more deeply nested or has more attributes on a tag than any article
 */
export function sanitizeBody(html: string, baseUrl?: string): DocumentFragment {
  return sanitizeBodyIn(window, html, baseUrl);
}

/** `sanitizeBody` in the DOM of `view` (jsdom's on a server); the fragment belongs to `view.document`. */
export function sanitizeBodyIn(view: SanitizerWindow, html: string, baseUrl?: string): DocumentFragment {
  calls += 1;
  if (html.length > LIMITS.bodyChars)
    throw new SanitizeLimitError(`The article body is too large (over ${LIMITS.bodyChars / 1_000_000} MB).`);
  if (mostAttributes(html, MAX_ATTRIBUTES) > MAX_ATTRIBUTES)
    throw new SanitizeLimitError(`The article body has a tag with more than ${MAX_ATTRIBUTES} attributes.`);
  // Two checks: a text scan keeps extreme nesting away from the parser (it is slow on it), and the tree
  // the parser built is measured, since only it knows what `<table><td>` or a stray `</b>` really nest.
  if (estimateNestingDepth(html, MAX_DEPTH) > MAX_DEPTH) throw tooDeep();
  currentBase = baseUrl;
  let fragment: DocumentFragment | null;
  try {
    fragment = purifierFor(view).sanitize(renameInlineAttributes(html), CONFIG) as DocumentFragment | null;
  } finally {
    currentBase = undefined;
  }
  if (fragment && treeDepth(fragment) > MAX_DEPTH) throw tooDeep();
  return fragment ?? view.document.createDocumentFragment();
}

/** How many times `sanitizeBody` ran: the benchmark checks that re-theming never re-sanitizes. */
export function sanitizeCallCount(): number {
  return calls;
}
