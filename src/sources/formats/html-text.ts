/**
 * HTML in feed fields that should be text, and text where a body should be HTML: turning HTML fragments
 * (WordPress `title.rendered`, an RSS description) into plain text without running or loading anything,
 * and plain text into escaped paragraphs. Shared by the feed adapters and the XML reader.
 */
// `str`: loose JSON's `text` (trimmed, empty is `undefined`); here `text` names the strings being worked on.
import { text as str } from '../../core/loose-json.js';
import { canParseMarkup, inertMarkup } from './trusted.js';
import { characterReferenceAt } from '../../core/character-references.js';
import { inertDocument } from '../../core/platform.js';

// HTML's named character references that feeds and CMSs actually use (XML knows only five). A Map, so a
// name like `constructor` is not found on Object.prototype.
// prettier-ignore
const HTML_ENTITIES: ReadonlyMap<string, number> = new Map(Object.entries({
  quot: 34, amp: 38, apos: 39, lt: 60, gt: 62,
  nbsp: 160, iexcl: 161, cent: 162, pound: 163, yen: 165, sect: 167, copy: 169, laquo: 171, reg: 174, deg: 176,
  plusmn: 177, middot: 183, raquo: 187, frac12: 189, iquest: 191, Agrave: 192, Aacute: 193, Auml: 196, Ccedil: 199,
  Eacute: 201, Ouml: 214, times: 215, Uuml: 220, szlig: 223, agrave: 224, aacute: 225, acirc: 226, auml: 228,
  ccedil: 231, egrave: 232, eacute: 233, ecirc: 234, iacute: 237, ntilde: 241, oacute: 243, ouml: 246, divide: 247,
  uacute: 250, uuml: 252, hellip: 8230, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218,
  ldquo: 8220, rdquo: 8221, bdquo: 8222, bull: 8226, prime: 8242, euro: 8364, trade: 8482, larr: 8592, rarr: 8594,
  thinsp: 8201, ensp: 8194, emsp: 8195, zwnj: 8204, zwj: 8205,
}));

/** A name HTML's table (the part of it above) knows, as written: HTML names are case-sensitive. */
export const htmlEntity = (name: string): number | undefined => HTML_ENTITIES.get(name);

let scratch: HTMLTemplateElement | undefined;
// Block-level ends become spaces so "<p>One</p><p>Two</p>" reads "One Two", not "OneTwo".
const BLOCK_END = /<(?:br|hr|\/(?:p|div|li|h[1-6]|blockquote|tr|td|th|dd|dt|figcaption|section|article|header|footer))\b/gi;

/**
 * Plain text from an HTML fragment (WordPress `title.rendered`, an RSS description): entities decoded,
 * tags, scripts and styles dropped, whitespace collapsed. The HTML is parsed into a `<template>` of a
 * detached document (`createHTMLDocument`): template content is inert (no script runs, no image loads,
 * and the document has no browsing context at all), and only its `textContent` is read. One scratch
 * template is reused, which is what keeps a 2,000-item feed fast. Under enforced Trusted Types the
 * markup goes through the `reader-widgets-xml` policy (trusted.ts); a page that refuses that policy
 * gets the same text from a tag-stripping pass instead (plain text for a text binding, so a miss costs
 * accuracy, never safety), which keeps JSON feeds working there.
 */
export function htmlToText(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  if (!/[<&]/.test(html)) return str(html.replace(/\s+/g, ' '));
  const quick = simpleHtmlToText(html);
  if (quick !== null) return str(quick.replace(/\s+/g, ' '));
  if (!canParseMarkup()) return str(stripTags(html).replace(/\s+/g, ' '));
  scratch ??= inertDocument().createElement('template');
  scratch.innerHTML = inertMarkup(html.replace(BLOCK_END, ' $&'));
  const content = scratch.content;
  for (const el of content.querySelectorAll('script, style, template, noscript, iframe, object, title')) el.remove();
  const text = content.textContent ?? '';
  content.replaceChildren(); // not `innerHTML = ''`: that is a Trusted Types sink too
  return str(text.replace(/\s+/g, ' '));
}

// Elements whose text is not content: the DOM drops them; without a DOM they are skipped to their end tag.
const NOT_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'title', 'textarea']);
// Tags after which the text reads as a new block (see BLOCK_END).
const BLOCK_TAGS = new Set(['br', 'hr']);
// prettier-ignore
const BLOCK_END_TAGS = new Set([
  'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'dd', 'dt', 'figcaption',
  'section', 'article', 'header', 'footer',
]);
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;

/** The lower-case tag name starting at `at` (`<name`, `</name`), as the HTML tokenizer reads it. */
function tagNameAt(html: string, at: number): string {
  let end = at;
  while (end < html.length && !/[\s/>]/.test(html[end])) end++;
  return html.slice(at, end).toLowerCase();
}

/**
 * Plain text from HTML in one left-to-right pass, for the cases that need no real parser: tags dropped,
 * entities decoded, a space after block ends. Every search moves forward, so the pass is linear in the
 * input whatever it holds (regular expressions here took seconds on runs of unclosed `<a`).
 * - `strict` (the fast path before the DOM): `null` as soon as the fragment needs a real HTML parser
 *   (an unclosed tag or comment, quotes inside a tag, a stray `<` or `>`, CDATA, scripts and the like,
 *   an entity the table does not know or one without its `;`).
 * - otherwise (pages whose Trusted Types refuse a parser): always text; non-content elements are skipped
 *   to their end tag, an unclosed tag or comment drops the rest, unknown entities stay as written.
 * The result is plain text for a text binding, never HTML, so a miss costs accuracy, not safety.
 */
function scanHtmlToText(html: string, strict: true): string | null;
function scanHtmlToText(html: string, strict: false): string;
function scanHtmlToText(html: string, strict: boolean): string | null {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const amp = html.indexOf('&', i);
    const next = lt < 0 ? amp : amp < 0 ? lt : Math.min(lt, amp);
    const plain = html.slice(i, next < 0 ? html.length : next);
    if (strict && plain.includes('>')) return null;
    out += plain;
    if (next < 0) break;
    if (next === amp) {
      const reference = characterReferenceAt(html, amp, htmlEntity);
      if (strict && (!reference || !reference.closed)) return null;
      out += reference ? reference.text : '&';
      i = amp + (reference ? reference.length : 1);
      continue;
    }
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) return strict ? null : out;
      i = close + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      if (strict) return null;
      const close = html.indexOf(']]>', lt + 9);
      out += html.slice(lt + 9, close < 0 ? html.length : close);
      if (close < 0) break;
      i = close + 3;
      continue;
    }
    const isEnd = html[lt + 1] === '/';
    const nameAt = lt + (isEnd ? 2 : 1);
    if (!isAsciiLetter(html.charCodeAt(nameAt))) {
      if (strict) return null;
      out += '<';
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', nameAt);
    if (gt < 0) return strict ? null : out;
    const inside = html.slice(nameAt, gt);
    if (strict && (inside.includes('"') || inside.includes("'"))) return null;
    const name = tagNameAt(html, nameAt);
    i = gt + 1;
    if (isEnd ? BLOCK_END_TAGS.has(name) : BLOCK_TAGS.has(name)) out += ' ';
    if (!isEnd && NOT_CONTENT.has(name)) {
      if (strict) return null;
      // Skip to the end tag (any case), or drop the rest when there is none.
      const endTag = new RegExp(`</${name}[\\s>]`, 'gi');
      endTag.lastIndex = i;
      const found = endTag.exec(html);
      if (!found) break;
      const gtAfter = html.indexOf('>', found.index);
      i = gtAfter + 1;
    }
  }
  return out;
}

/** The common case without a document (see `scanHtmlToText`); `null` when a real parser must decide. */
const simpleHtmlToText = (html: string): string | null => scanHtmlToText(html, true);

/** Text without a parser, for pages whose Trusted Types refuse one. */
const stripTags = (html: string): string => scanHtmlToText(html, false);

/**
 * True when a plain-text field (an RSS title) actually carries markup or escaped entities: a tag start with
 * a `>` somewhere after it, or a complete character reference. Forward searches only: linear in the text.
 */
export function looksLikeHtml(text: string): boolean {
  const tag = text.search(/<\/?[a-z]/i);
  if (tag >= 0 && text.indexOf('>', tag) > 0) return true;
  // A reference (`&name;`, `&#1;`, `&#x1;`) tried at each `&` only, so no run is scanned twice.
  const reference = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iy;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    reference.lastIndex = at;
    if (reference.test(text)) return true;
  }
  return false;
}

/** Plain text as body HTML: escaped, blank lines become paragraphs. */
export function textToHtml(text: unknown): string | undefined {
  const value = str(text);
  if (!value) return undefined;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return value
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
