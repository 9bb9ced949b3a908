/**
 * The sanitizer: the one function that turns untrusted body HTML into something safe to put in the DOM.
 * It returns a DOM fragment (never a string), so nothing re-parses the HTML after it was checked and
 * Trusted Types enforcement on the page is not bypassed (Lit's `unsafeHTML` would: lit/lit#5320).
 *
 * This module is the only one that imports DOMPurify; elements load it lazily, so a page with only a
 * ticker or a related list never downloads it.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { BODY_URL_ATTRIBUTES, resolveUrl, safeSrcset, safeUrl } from './urls.js';
import { LIMITS } from './model.js';
import { createFragment } from './platform.js';

/** Deeper nesting than this is not an article; DOMPurify has no limit of its own and slows to seconds. */
export const MAX_DEPTH = 128;

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
  'media',
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

let purifier: Purifier | undefined;
let calls = 0;
/** The base of the body being sanitized now (`sanitizeBody` is synchronous), for the URL hook. */
let currentBase: string | undefined;

/** A private DOMPurify instance, so our hooks never change an app's own (deduped) DOMPurify. */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'style' || data.attrName === INERT_STYLE) {
      // Never kept as an attribute: the harmless declarations are re-applied through the CSSOM below,
      // which a strict CSP (no 'unsafe-inline' styles) allows.
      const kept = safeInlineStyle(data.attrValue);
      if (kept.length > 0) inlineStyles.set(node, kept);
      data.keepAttr = false;
    }
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    const declarations = inlineStyles.get(node);
    if (declarations && 'style' in node) {
      for (const [property, value] of declarations) (node as HTMLElement).style.setProperty(property, value);
    }
    // Most elements of a body (p, em, strong…) have no attributes left: skip the ten lookups for them.
    if (node.hasAttributes()) {
      for (const [name, use] of BODY_URL_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value === null) continue;
        const checked = safeUrl(value, use);
        const safe = checked && (resolveUrl(checked, currentBase) ?? checked);
        if (safe === undefined) node.removeAttribute(name);
        else if (safe !== value) node.setAttribute(name, safe);
      }
      const srcset = node.getAttribute('srcset');
      if (srcset !== null) {
        const safe = safeSrcset(srcset, currentBase);
        if (safe === undefined) node.removeAttribute('srcset');
        else node.setAttribute('srcset', safe);
      }
    }
    if (node.localName === 'a' && node.hasAttribute('target')) {
      // A link opening a new window must not hand that window our page (reverse tabnabbing).
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.localName === 'img') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
    if (node.localName === 'video' || node.localName === 'audio') node.removeAttribute('autoplay');
  });
  return purifier;
}

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

/** Elements whose end tag may be left out; they do not nest when a document omits it. */
const VOID_OR_OPTIONAL_END = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
]);

/**
 * The deepest tag nesting in an HTML string, estimated in one linear scan without building a DOM.
 * The scan stops as soon as the depth passes `stopAbove` (a refusal needs no exact answer).
 */
export function estimateNestingDepth(html: string, stopAbove = Infinity): number {
  const tag = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2].toLowerCase();
    if (VOID_OR_OPTIONAL_END.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if ((depth += 1) > max && (max = depth) > stopAbove) break;
  }
  return max;
}

export class SanitizeLimitError extends Error {
  override name = 'SanitizeLimitError';
}

/**
 * Sanitizes article body HTML into a DOM fragment safe to append anywhere. With `baseUrl` (a feed's own
 * address), relative links and images in the body resolve against it instead of the host page.
 * @throws SanitizeLimitError when the HTML is larger or more deeply nested than any article
 */
export function sanitizeBody(html: string, baseUrl?: string): DocumentFragment {
  calls += 1;
  if (html.length > LIMITS.bodyChars)
    throw new SanitizeLimitError(`The article body is too large (over ${LIMITS.bodyChars / 1_000_000} MB).`);
  if (estimateNestingDepth(html, MAX_DEPTH) > MAX_DEPTH)
    throw new SanitizeLimitError(`The article body is nested more than ${MAX_DEPTH} levels deep.`);
  currentBase = baseUrl;
  try {
    const fragment = getPurifier().sanitize(renameInlineAttributes(html), CONFIG) as DocumentFragment | null;
    return fragment ?? createFragment();
  } finally {
    currentBase = undefined;
  }
}

/** How many times `sanitizeBody` ran: the benchmark checks that re-theming never re-sanitizes. */
export function sanitizeCallCount(): number {
  return calls;
}
