/**
 * Turns a fetched (or inline) body into the contract's reader JSON: an article or a list of them.
 * It decides which format applies (by the `format` attribute, the content type, and by sniffing the body
 * when servers lie) and hands the body to that format's adapter. Validation is `core/model.ts`'s job.
 */
import { fail, ok, ReaderInputError, type Result } from '../../core/errors.js';
import { parseJsonText, JsonParseFailure, useJsonPosition } from '../../core/model.js';
import * as jsonPosition from '../../core/json-position.js';
import { fromAtom, isAtom } from './atom.js';
import { fromGhost, isGhostPosts } from './ghost.js';
import { fromJsonFeed, fromJsonFeedItem, isJsonFeed, isJsonFeedItem } from './jsonfeed.js';
import { fromJsonLd, isJsonLd } from './jsonld.js';
import { fromRss, isRss } from './rss.js';
import { field, isRecord } from '../../core/loose-json.js';
import type { AdapterContext } from './building-blocks.js';
import { fromWordPressError, fromWordPressList, fromWordPressPost, isWordPressError, isWordPressPost } from './wordpress.js';
import { inertMarkup } from './trusted.js';
import { parseXml } from './xml.js';
import { parseContentType } from '../content-type.js';

// A feed's JSON mistake is reported with its position at once: this chunk carries what finds it.
useJsonPosition(jsonPosition);

export type FormatName = 'reader' | 'jsonfeed' | 'wordpress' | 'rss' | 'atom' | 'jsonld' | 'ghost';
export const FORMAT_NAMES: readonly FormatName[] = ['reader', 'jsonfeed', 'wordpress', 'rss', 'atom', 'jsonld', 'ghost'];
export type { AdapterContext };
export { parseContentType };

type Syntax = 'json' | 'xml' | 'html';

const isJsonType = (essence: string) => /^application\/(?:.+\+)?json$|^text\/json$/.test(essence);
const isXmlType = (essence: string) => /^(?:application|text)\/(?:.+\+)?xml$/.test(essence);
const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|div|p|h1|script)\b/i;

/**
 * Which syntax the body is in. The first characters decide when they are decisive (servers send JSON as
 * `text/plain` and XML as `application/octet-stream`); the content type breaks ties.
 */
export function sniff(body: string, contentType: string): Syntax | undefined {
  const start = body
    .replace(/^\ufeff/, '')
    .trimStart()
    .slice(0, 512);
  const { essence } = parseContentType(contentType);
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start.startsWith('<')) {
    if (/^<\?xml|^<(?:rss|feed|rdf:RDF|entry)\b/i.test(start)) return 'xml';
    if (HTML_START.test(start) || essence === 'text/html') return 'html';
    return 'xml';
  }
  if (isJsonType(essence)) return 'json';
  if (isXmlType(essence)) return 'xml';
  return undefined;
}

/**
 * Parses a response body by its content type and shape, or by the format the owner forced. Never throws:
 * anything an adapter or the browser's parser throws (a refused Trusted Types sink, a bug in an adapter)
 * becomes a failed Result, so the element shows its error state instead of staying on its placeholder.
 */
export function toReaderJson(body: string, contentType: string, format?: string, context: AdapterContext = {}): Result<unknown> {
  try {
    return convert(body, contentType, format, context);
  } catch (error) {
    if (error instanceof ReaderInputError) return { ok: false, error };
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return fail(`The feed could not be read (${detail.slice(0, 200)}).`, 'invalid-shape');
  }
}

function convert(body: string, contentType: string, format: string | undefined, context: AdapterContext): Result<unknown> {
  const forced = format && format !== 'auto' ? (format.toLowerCase() as FormatName) : undefined;
  if (forced && !FORMAT_NAMES.includes(forced))
    return fail(`format="${format}" is not one this widget reads (${FORMAT_NAMES.join(', ')}).`, 'unsupported-format');
  if (body.trim() === '') return fail('The feed answered with an empty body.', 'invalid-shape');
  const syntax = sniff(body, contentType);
  if (forced === 'rss' || forced === 'atom' || syntax === 'xml') {
    if (syntax === 'json' || syntax === 'html')
      return fail(`format="${forced}" was asked for, but the feed is ${syntax === 'json' ? 'JSON' : 'a web page'}.`, 'unsupported-format');
    return fromXml(body, forced, context);
  }
  if (syntax === 'html') return fromHtml(body, context);
  if (syntax === undefined) return fail('The feed is neither JSON nor XML.', 'unsupported-format');
  const parsed = parseJsonText(body, 'feed');
  if (parsed instanceof JsonParseFailure) {
    return fail(parsed.message.replace('`feed`', 'The feed'), /too large/.test(parsed.message) ? 'too-large' : 'invalid-json');
  }
  return fromJson(parsed, forced, context);
}

function fromXml(body: string, forced: FormatName | undefined, context: AdapterContext): Result<unknown> {
  const parsed = parseXml(body);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (forced === 'rss' || (!forced && isRss(doc))) return isRss(doc) ? fromRss(doc, context) : mismatch('RSS', doc);
  if (forced === 'atom' || (!forced && isAtom(doc))) return isAtom(doc) ? fromAtom(doc, context) : mismatch('Atom', doc);
  if (forced) return fail(`format="${forced}" was asked for, but the feed is XML.`, 'unsupported-format');
  return fail(`The feed is XML but neither RSS nor Atom (its root element is <${doc.documentElement.localName}>).`, 'unsupported-format');
}

const mismatch = (expected: string, doc: Document): Result<never> =>
  fail(
    `format="${expected.toLowerCase()}" was asked for, but the feed's root element is <${doc.documentElement.localName}>.`,
    'unsupported-format',
  );

/** A web page: its schema.org JSON-LD, if it describes an article; otherwise an error page served as data. */
function fromHtml(body: string, context: AdapterContext): Result<unknown> {
  // Parsed as a detached document: nothing in it runs or loads (under Trusted Types, through trusted.ts).
  const doc = new DOMParser().parseFromString(inertMarkup(body, "reading a web page's JSON-LD"), 'text/html');
  const graphs: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const value = parseJsonText(script.textContent ?? '', 'ld+json');
    if (!(value instanceof JsonParseFailure)) graphs.push(value);
  }
  if (graphs.length > 0) {
    const result = fromJsonLd(graphs, context);
    if (result.ok) return result;
  }
  const title = doc.title.trim().slice(0, 80);
  return fail(`The feed answered with a web page${title ? ` ("${title}")` : ''} instead of data.`, 'unsupported-format');
}

function fromJson(value: unknown, forced: FormatName | undefined, context: AdapterContext): Result<unknown> {
  switch (forced) {
    case 'reader':
      return ok(value);
    case 'jsonfeed':
      return isRecord(value) && Array.isArray(field(value, 'items'))
        ? fromJsonFeed(value, context)
        : isRecord(value)
          ? fromJsonFeedItem(value, context)
          : wrongShape(forced);
    case 'wordpress':
      return Array.isArray(value)
        ? fromWordPressList(value, context)
        : isRecord(value)
          ? fromWordPressPost(value, context)
          : wrongShape(forced);
    case 'ghost':
      return isGhostPosts(value) ? fromGhost(value as Record<string, unknown>, context) : wrongShape(forced);
    case 'jsonld':
      return fromJsonLd(value, context);
    case 'rss':
    case 'atom':
    case undefined:
      break;
  }
  if (isWordPressError(value)) return fromWordPressError(value as Record<string, unknown>);
  if (isJsonFeed(value)) return fromJsonFeed(value as Record<string, unknown>, context);
  if (isGhostPosts(value)) return fromGhost(value as Record<string, unknown>, context);
  if (isJsonLd(value)) return fromJsonLd(value, context);
  if (Array.isArray(value)) return value.some(isWordPressPost) ? fromWordPressList(value, context) : ok(value);
  if (isWordPressPost(value)) return fromWordPressPost(value as Record<string, unknown>, context);
  if (isJsonFeedItem(value)) return fromJsonFeedItem(value as Record<string, unknown>, context);
  // A JSON Feed whose `version` was forgotten.
  const items = field(value, 'items');
  if (Array.isArray(items) && items.some(isJsonFeedItem) && field(value, 'title') !== undefined)
    return fromJsonFeed(value as Record<string, unknown>, context);
  return ok(value);
}

const wrongShape = (format: string): Result<never> =>
  fail(`format="${format}" was asked for, but the feed does not have that shape.`, 'unsupported-format');
