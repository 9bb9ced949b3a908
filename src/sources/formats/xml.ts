/**
 * Parses feed XML with the browser's own `DOMParser` (no dependency), tolerant of the mistakes real feeds
 * make, and with DOCTYPE tricks made inert: the document type declaration (and any entities it defines) is
 * removed before parsing, so neither external entities nor "billion laughs" expansions ever run.
 */
import { fail, ok, type Result } from '../../core/errors.js';

// The HTML entities feeds use without declaring them (XML only knows the five below).
const HTML_ENTITIES: Record<string, number> = {
  nbsp: 160, iexcl: 161, cent: 162, pound: 163, yen: 165, sect: 167, copy: 169, laquo: 171, reg: 174, deg: 176,
  plusmn: 177, middot: 183, raquo: 187, frac12: 189, iquest: 191, Agrave: 192, Aacute: 193, Auml: 196, Ccedil: 199,
  Eacute: 201, Ouml: 214, times: 215, Uuml: 220, szlig: 223, agrave: 224, aacute: 225, acirc: 226, auml: 228,
  ccedil: 231, egrave: 232, eacute: 233, ecirc: 234, iacute: 237, ntilde: 241, oacute: 243, ouml: 246, divide: 247,
  uacute: 250, uuml: 252, hellip: 8230, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218,
  ldquo: 8220, rdquo: 8221, bdquo: 8222, bull: 8226, prime: 8242, euro: 8364, trade: 8482, larr: 8592, rarr: 8594,
  thinsp: 8201, ensp: 8194, emsp: 8195, zwnj: 8204, zwj: 8205,
};
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Removes a `<!DOCTYPE …>` (internal subset included, quotes respected) that comes before the root element. */
export function stripDoctype(text: string): string {
  const start = text.search(/<!DOCTYPE/i);
  if (start < 0) return text;
  const firstElement = text.search(/<[a-zA-Z]/);
  if (firstElement >= 0 && firstElement < start) return text; // a DOCTYPE after the root is just bad text
  let depth = 0;
  let quote = '';
  for (let i = start + 9; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return text.slice(0, start) + text.slice(i + 1);
  }
  return text.slice(0, start); // never closed: nothing after it is trustworthy
}

/** Fixes the usual mistakes: junk before the XML declaration, bare `&`, HTML entities XML does not know. */
function repair(text: string): string {
  return text
    .replace(/^[\s\S]*?(?=<\?xml|<(?:rss|feed|rdf:RDF)\b)/, '')
    .replace(/&(?!#\d+;|#x[\da-fA-F]+;)([a-zA-Z][\w.-]*;)?/g, (whole, named?: string) => {
      if (!named) return '&amp;';
      const name = named.slice(0, -1);
      if (XML_ENTITIES.has(name)) return whole;
      const code = HTML_ENTITIES[name] ?? HTML_ENTITIES[name.toLowerCase()];
      return code ? `&#${code};` : `&amp;${named}`;
    });
}

const failed = (doc: Document) => doc.getElementsByTagName('parsererror').length > 0;

/** Parses XML text; on a parse error tries once more after repairing common mistakes. */
export function parseXml(text: string): Result<Document> {
  const parser = new DOMParser();
  const cleaned = stripDoctype(text.replace(/^\ufeff/, '').trimStart());
  let doc = parser.parseFromString(cleaned, 'application/xml');
  if (failed(doc)) doc = parser.parseFromString(repair(cleaned), 'application/xml');
  if (failed(doc)) {
    const detail = doc.getElementsByTagName('parsererror')[0]?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 160);
    return fail(`The feed is not well-formed XML${detail ? ` (${detail})` : ''}.`, 'invalid-shape');
  }
  return ok(doc);
}

// Namespace-agnostic lookups: feeds get their prefixes and namespaces wrong often enough.

/** Direct children with this local name (any namespace), optionally with a given prefix. */
export function children(parent: Element | undefined | null, localName: string, prefix?: string): Element[] {
  if (!parent) return [];
  const result: Element[] = [];
  for (const child of parent.children) {
    if (child.localName === localName && (prefix === undefined || child.prefix === prefix || (prefix === '' && !child.prefix))) result.push(child);
  }
  return result;
}

export const child = (parent: Element | undefined | null, localName: string, prefix?: string): Element | undefined =>
  children(parent, localName, prefix)[0];

/** Trimmed text content of the first such child, or `undefined`. */
export function childText(parent: Element | undefined | null, localName: string, prefix?: string): string | undefined {
  const text = child(parent, localName, prefix)?.textContent?.trim();
  return text ? text : undefined;
}

/** `xml:lang` on the element or its nearest ancestor. */
export function xmlLang(el: Element | null): string | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const lang = node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ?? node.getAttribute('xml:lang');
    if (lang) return lang;
  }
  return undefined;
}

/** `xml:base` resolved from the root down to `el`, on top of the feed's own address. */
export function xmlBase(el: Element | null, baseUrl: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'base') ?? node.getAttribute('xml:base');
    if (base) chain.unshift(base);
  }
  let result = baseUrl;
  for (const base of chain) {
    try {
      result = new URL(base, result).href;
    } catch {
      /* keep what we have */
    }
  }
  return result;
}
