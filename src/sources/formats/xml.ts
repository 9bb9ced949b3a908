/**
 * Parses feed XML with the browser's own `DOMParser` (no dependency), tolerant of the mistakes real feeds
 * make, and with DOCTYPE tricks made inert: every document type declaration in the prolog (and any entities it
 * defines) is removed before parsing, so neither external entities nor "billion laughs" expansions ever run.
 */
import { fail, ok, type Result } from '../../core/errors.js';
import { characterReferenceAt } from '../../core/character-references.js';
import { resolveUrl } from '../../core/urls.js';
import { htmlEntity } from './html-text.js';
import { canParseMarkup, inertMarkup, policyRefusedMessage } from './trusted.js';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Removes every `<!DOCTYPE …>` from the prolog (internal subset included), wherever it stands among the
 * comments and processing instructions there: the prolog is read the way the XML parser reads it, so a
 * `<a` inside a comment before the DOCTYPE cannot hide it (entities it declares would be expanded, up to
 * hundreds of millions of characters). After the root element a DOCTYPE is not well-formed: the parser
 * refuses the feed. One forward scan, linear in the text.
 */
export function stripDoctype(text: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = text.indexOf('<', i);
    if (open < 0) return out + text.slice(i);
    const end = text.startsWith('<?', open)
      ? after(text, '?>', open + 2)
      : text.startsWith('<!--', open)
        ? after(text, '-->', open + 4)
        : text.slice(open, open + 9).toUpperCase() === '<!DOCTYPE'
          ? doctypeEnd(text, open + 9)
          : -1;
    if (end < 0) return out + text.slice(i); // the root element (or junk the parser rejects): the prolog is over
    const isDoctype = text[open + 1] === '!' && text[open + 2] !== '-';
    out += text.slice(i, isDoctype ? open : end);
    if (end >= text.length) return out; // unclosed: nothing after it is trustworthy
    i = end;
  }
}

/** The index just after `close`, searched from `from`, or the end of the text when it never comes. */
function after(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at < 0 ? text.length : at + close.length;
}

/**
 * Where a DOCTYPE whose name starts at `from` ends (just after its `>`): quoted strings, and comments and
 * processing instructions inside the internal subset (`[…]`), may hold a `>` or `]` that ends nothing.
 */
function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") i = after(text, c, i + 1) - 1;
    else if (inSubset && text.startsWith('<!--', i)) i = after(text, '-->', i + 4) - 1;
    else if (inSubset && text.startsWith('<?', i)) i = after(text, '?>', i + 2) - 1;
    else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return text.length;
}

/** Fixes the usual mistakes: junk before the XML declaration, bare `&`, HTML entities XML does not know. */
function repair(text: string): string {
  return escapeAmpersands(text.replace(/^[\s\S]*?(?=<\?xml|<(?:rss|feed|rdf:RDF)\b)/, ''));
}

/** HTML's names as feeds write them (`&eacute;`, `&NBSP;`); XML's own five are kept as they are. */
const feedEntity = (name: string) => htmlEntity(name) ?? htmlEntity(name.toLowerCase());

/**
 * Every `&` that does not start a reference XML reads becomes `&amp;`, and HTML's names become numbers:
 * XML takes a reference only with its `;`, and its hex marker only in lower case (`&#x41;`, not `&#X41;`).
 */
function escapeAmpersands(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    const found = characterReferenceAt(text, at, feedEntity);
    const reference = found?.closed && !(found.numeric && text[at + 2] === 'X') ? found : undefined;
    if (reference && (reference.numeric || XML_ENTITIES.has(text.slice(at + 1, at + reference.length - 1)))) continue;
    out += text.slice(from, at) + (reference ? `&#${reference.text.codePointAt(0)};` : '&amp;');
    from = at + (reference ? reference.length : 1);
  }
  return out + text.slice(from);
}

const failed = (doc: Document) => doc.getElementsByTagName('parsererror').length > 0;

/** Parses XML text; on a parse error tries once more after repairing common mistakes. */
export function parseXml(text: string): Result<Document> {
  // Under enforced Trusted Types the text goes through the `reader-widgets-xml` policy (trusted.ts): the
  // XML document parsed here is inert (never attached to the page, no script runs, nothing loads).
  if (!canParseMarkup()) return fail(policyRefusedMessage(), 'unsupported-format');
  const parser = new DOMParser();
  const cleaned = stripDoctype(text.replace(/^\ufeff/, '').trimStart());
  let doc = parser.parseFromString(inertMarkup(cleaned), 'application/xml');
  // Repairing drops junk before the XML declaration, which may uncover a DOCTYPE: strip again.
  if (failed(doc)) doc = parser.parseFromString(inertMarkup(stripDoctype(repair(cleaned))), 'application/xml');
  if (failed(doc)) {
    const detail = doc.getElementsByTagName('parsererror')[0]?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 160);
    return fail(`The feed is not well-formed XML${detail ? ` (${detail})` : ''}.`, 'invalid-shape');
  }
  return ok(doc);
}

// Namespace-agnostic lookups: feeds get their prefixes and namespaces wrong often enough.

const childIndex = new WeakMap<Element, Map<string, Element[]>>();

/** Direct children with this local name (any namespace), optionally with a given prefix. */
export function children(parent: Element | undefined | null, localName: string, prefix?: string): Element[] {
  if (!parent) return [];
  // Adapters ask each element for a dozen names: index its children once.
  let index = childIndex.get(parent);
  if (!index) {
    index = new Map();
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const list = index.get(child.localName);
      if (list) list.push(child);
      else index.set(child.localName, [child]);
    }
    childIndex.set(parent, index);
  }
  const list = index.get(localName) ?? [];
  return prefix === undefined ? list : list.filter((child) => child.prefix === prefix || (prefix === '' && !child.prefix));
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
  for (const base of chain) result = resolveUrl(base, result, { fragment: 'of-base', canonical: true }) ?? result;
  return result;
}
