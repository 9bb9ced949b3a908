/**
 * URL safety: the one place that decides whether a string from the data may become an `href`, `src`,
 * `srcset` or `poster`. Every URL field of every element, and every URL attribute in a sanitized body,
 * passes through here, checked against what that field is for (`UrlUse`): a URL allowed in one place is
 * not allowed everywhere (`mailto:` is a link, never an image).
 *
 * Allowed: relative or root-relative references, and the schemes of the use (`http:` and `https:`
 * everywhere, `mailto:` in links). Refused: every other scheme (`javascript:`, `data:`, `vbscript:`,
 * `blob:`, `file:` …), protocol-relative `//host` (it leaves the page's origin without saying so), and
 * anything that is not a string.
 */
import { decodeCharacterReferences } from './character-references.js';
import { baseUri, pageOrigin } from './platform.js';

/**
 * What a URL field is for:
 * - `link`: a place the reader may go (article `url`, author `url`, source `url`, `href`, `cite` in a body);
 * - `media`: something the browser loads by itself (image `src` and `srcset`, author `avatar`, `src` and
 *   `poster` in a body);
 * - `fetch`: what the widget requests (`src`; see `isFetchableUrl`, which also resolves it).
 */
export type UrlUse = 'link' | 'media' | 'fetch';

const SCHEMES: Record<UrlUse, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:']),
  media: new Set(['http:', 'https:']),
  fetch: new Set(['http:', 'https:']),
};

/** Every URL attribute a sanitized body may keep, with its use; `srcset` holds many and is checked per candidate. */
export const BODY_URL_ATTRIBUTES: ReadonlyArray<readonly [name: string, use: UrlUse]> = [
  ['href', 'link'],
  ['cite', 'link'],
  ['longdesc', 'link'],
  ['action', 'link'],
  ['formaction', 'link'],
  ['xlink:href', 'link'],
  ['src', 'media'],
  ['poster', 'media'],
  ['background', 'media'],
];

/** Longest URL we accept; anything longer is junk or an attack on our parser. */
export const MAX_URL_LENGTH = 4096;

// The URL parser ignores ASCII tab and newline anywhere and C0 controls/space at either end, so a scheme
// check must look at the string the way the parser will.
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// A colon hidden as an HTML character reference: harmless in a property, but never a good sign.
const ENCODED_COLON = /&(?:colon|#0*58|#x0*3a);?/gi;
// The named references that spell a scheme's punctuation or the whitespace the URL parser drops, read in
// any case and without their `;` (wider than HTML, which is the safe side for a check); numbers are all decoded.
const URL_NAMES = new Map([
  ['colon', 0x3a],
  ['tab', 0x09],
  ['newline', 0x0a],
]);
const urlName = (name: string) => URL_NAMES.get(name.toLowerCase());

/**
 * Trims C0 controls and space (U+0000–U+0020) from both ends, as the URL parser does. A loop, not a regex:
 * a `[…]+$` pattern restarts at every space of an inner run and is quadratic in it.
 */
function trimEdgeJunk(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

/**
 * Returns the cleaned URL when it is safe for `use` (a link's `href`, a media `src`…), otherwise `undefined`.
 * Relative URLs stay relative (the browser resolves them against the page, as the owner expects).
 */
export function safeUrl(value: unknown, use: UrlUse): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  const cleaned = trimEdgeJunk(value).replace(TAB_OR_NEWLINE, '');
  if (cleaned === '') return undefined;
  // Any other control or zero-width character inside a URL is an obfuscation attempt.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/.test(cleaned)) return undefined;
  // A URL that would read differently once an HTML parser decoded its character references (it may be
  // copied into markup by a host page, a CMS or a feed reader) must be safe in that reading too.
  const referencesDecoded = decodeCharacterReferences(cleaned, urlName, { names: 'prefix' });
  if (referencesDecoded !== cleaned && safeUrl(referencesDecoded, use) === undefined) return undefined;
  const decoded = cleaned.replace(ENCODED_COLON, ':');
  const scheme = SCHEME.exec(decoded);
  if (scheme) {
    const allowed = SCHEMES[use];
    if (!allowed.has(scheme[1].toLowerCase() + ':')) return undefined;
    if (decoded !== cleaned) return undefined;
    // The URL parser has the last word on an absolute URL (it refuses `http://exa mple`, say).
    try {
      if (!allowed.has(new URL(cleaned).protocol)) return undefined;
    } catch {
      return undefined;
    }
  } else if (/^[\\/]{2}/.test(cleaned)) {
    return undefined; // protocol-relative, including the `/\host` and `\\host` spellings browsers accept
  } else if (/^[^/?#]*:/.test(decoded)) {
    return undefined; // a colon before the first slash that is not a valid scheme: refuse rather than guess
  }
  // What is left is a path, query or fragment: it resolves against the page, keeping the page's scheme.
  return cleaned;
}

/** The absolute `http(s)` address `value` resolves to against `base` (the page): what `fetch` may be pointed at. */
export function fetchableUrl(value: string, base: string | undefined = baseUri()): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when the URL resolves to an absolute `http(s)` address (see `fetchableUrl`). */
export function isFetchableUrl(value: string, base: string | undefined = baseUri()): boolean {
  return fetchableUrl(value, base) !== undefined;
}

/** How `resolveUrl` treats the two kinds of reference whose reading depends on where the URL is used. */
export interface ResolveOptions {
  /**
   * A bare `#fragment`. `in-page` (the default) keeps it as it is: in an article body it points into the
   * article itself. `of-base` makes it a fragment of the base document: a feed item's `#post-1` link, or an
   * `exclude` token, names a page.
   */
  fragment?: 'in-page' | 'of-base';
  /**
   * Always give the URL parser's canonical, absolute form (`HTTPS://A.EXAMPLE` → `https://a.example/`), so
   * two spellings of one address compare equal; a relative URL without a base is then `undefined`. Off by
   * default: the data's own spelling is kept, and relative stays relative without a base.
   */
  canonical?: boolean;
}

/**
 * The one place URLs are resolved: `url` (one `safeUrl` kept, or an owner's) against `base` (an absolute
 * URL: a feed's own address, the page's `baseURI`). Without a base a relative URL stays relative, for the
 * browser to resolve against the page. `undefined` only when the URL parser cannot read it.
 */
export function resolveUrl(url: string, base: string | undefined, options: ResolveOptions = {}): string | undefined {
  if (url.startsWith('#') && options.fragment !== 'of-base') return url;
  if (!options.canonical && (SCHEME.test(url) || !base)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The full address a URL names on this page, in canonical form (`#top` included: it names this page's
 * part), so two spellings of one address compare equal (`<related-list exclude>`). Browser only.
 */
export const pageAddress = (url: string): string | undefined => resolveUrl(url, baseUri(), { fragment: 'of-base', canonical: true });

/** True when `url` (resolved against the page) is on the page's own origin; never without a page. */
export function isSameOrigin(url: string): boolean {
  const address = pageAddress(url);
  return address !== undefined && new URL(address).origin === pageOrigin();
}

/** True for an absolute `http(s)` URL: the only kind of base relative links may resolve against. */
export function isAbsoluteHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_URL_LENGTH && /^https?:\/\//i.test(value) && isFetchableUrl(value);
}

/**
 * Filters a `srcset` candidate by candidate: unsafe candidates are dropped (DOMPurify checks only the
 * first one), relative ones resolved against `base` if given. Returns `undefined` when nothing safe is left.
 */
export function safeSrcset(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH * 8) return undefined;
  const kept: string[] = [];
  for (const { url, descriptor } of srcsetCandidates(value)) {
    const checked = safeUrl(url, 'media');
    const safe = checked && (resolveUrl(checked, base) ?? checked);
    if (safe && (descriptor === '' || /^\d+(?:\.\d+)?[wx]$/.test(descriptor))) kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length > 0 ? kept.join(', ') : undefined;
}

/** Splits a srcset the way the HTML spec does: a URL runs to whitespace (commas inside it belong to it). */
function* srcsetCandidates(srcset: string): Generator<{ url: string; descriptor: string }> {
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i])) i++;
    const urlStart = i;
    while (i < srcset.length && !/\s/.test(srcset[i])) i++;
    let url = srcset.slice(urlStart, i);
    if (!url) break;
    let descriptor = '';
    if (url.endsWith(',')) {
      let end = url.length;
      while (end > 0 && url[end - 1] === ',') end--;
      url = url.slice(0, end);
    } else {
      const descriptorStart = i;
      while (i < srcset.length && srcset[i] !== ',') i++;
      descriptor = srcset.slice(descriptorStart, i).trim();
    }
    yield { url, descriptor };
  }
}
