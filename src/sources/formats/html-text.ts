/**
 * HTML in feed fields that should be text, and text where a body should be HTML: turning HTML fragments
 * (WordPress `title.rendered`, an RSS description) into plain text without running or loading anything,
 * and plain text into escaped paragraphs. Shared by the feed adapters and the XML reader.
 */
// `str`: loose JSON's `text` (trimmed, empty is `undefined`); here `text` names the strings being worked on.
import { text as str } from '../../core/loose-json.js';
import { canParseMarkup, inertMarkup } from './trusted.js';
import { inertDocument } from '../../core/platform.js';

// HTML's named character references that feeds and CMSs actually use (XML knows only five).
// prettier-ignore
export const HTML_ENTITIES: Record<string, number> = {
  quot: 34, amp: 38, apos: 39, lt: 60, gt: 62,
  nbsp: 160, iexcl: 161, cent: 162, pound: 163, yen: 165, sect: 167, copy: 169, laquo: 171, reg: 174, deg: 176,
  plusmn: 177, middot: 183, raquo: 187, frac12: 189, iquest: 191, Agrave: 192, Aacute: 193, Auml: 196, Ccedil: 199,
  Eacute: 201, Ouml: 214, times: 215, Uuml: 220, szlig: 223, agrave: 224, aacute: 225, acirc: 226, auml: 228,
  ccedil: 231, egrave: 232, eacute: 233, ecirc: 234, iacute: 237, ntilde: 241, oacute: 243, ouml: 246, divide: 247,
  uacute: 250, uuml: 252, hellip: 8230, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218,
  ldquo: 8220, rdquo: 8221, bdquo: 8222, bull: 8226, prime: 8242, euro: 8364, trade: 8482, larr: 8592, rarr: 8594,
  thinsp: 8201, ensp: 8194, emsp: 8195, zwnj: 8204, zwj: 8205,
};

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

// Markup whose text is not content, or that plain tag-stripping could misread: these go through the DOM.
const NEEDS_DOM = /<(?:script|style|template|noscript|iframe|object|title|textarea|!\[CDATA)|<[^>]*["'][^"']*>/i;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));?/gi;

/**
 * The common case without a document: simple tags dropped, entities from a table decoded. `null` when
 * the fragment needs a real HTML parser (unknown entities, scripts, quoted attributes, comments' edge cases).
 * The result is plain text for a text binding, never HTML, so a miss costs accuracy, not safety.
 */
function simpleHtmlToText(html: string): string | null {
  if (NEEDS_DOM.test(html)) return null;
  let unknown = false;
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(BLOCK_END, ' $&')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : HTML_ENTITIES[name!];
      if (code === undefined || !whole.endsWith(';')) {
        unknown = true;
        return whole;
      }
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    });
  return unknown || /[<>]/.test(text) ? null : text;
}

/** Text without a parser, for pages whose Trusted Types refuse one: non-content elements and tags dropped. */
function stripTags(html: string): string {
  return html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|noscript|iframe|object|title|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(BLOCK_END, ' $&')
    .replace(/<\/?[a-z](?:[^>"']|"[^"]*"|'[^']*')*>?/gi, '')
    .replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : HTML_ENTITIES[name!];
      if (code === undefined) return whole;
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    });
}

/** True when a plain-text field (an RSS title) actually carries markup or escaped entities. */
export const looksLikeHtml = (text: string): boolean => /<\/?[a-z][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text);

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
