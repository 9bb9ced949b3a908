/**
 * Small helpers every format adapter shares: reading loose JSON safely, turning HTML fragments into plain
 * text without running or loading anything, and resolving a feed's relative links against the feed.
 * Adapters only reshape data into reader JSON; validation stays in `core/model.ts`.
 */
import type { ArticleInput, ImageInput, PersonInput } from '../../core/model.js';
import { safeUrl } from '../../core/urls.js';

export type Json = Record<string, unknown>;

/** What every adapter is given besides the body. */
export interface AdapterContext {
  /** The address the body came from: relative links in it resolve against this. */
  baseUrl?: string;
}

export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only (never `__proto__` or something inherited). */
export function get(record: unknown, key: string): unknown {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A non-empty trimmed string (numbers become strings), else `undefined`. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/** Drops `undefined` fields so the reader JSON an adapter returns reads like one a person wrote. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) {
    const v = value[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete value[key];
  }
  return value;
}

let parser: DOMParser | undefined;
// Block-level ends become spaces so "<p>One</p><p>Two</p>" reads "One Two", not "OneTwo".
const BLOCK_END = /<(?:br|hr|\/(?:p|div|li|h[1-6]|blockquote|tr|td|th|dd|dt|figcaption|section|article|header|footer))\b/gi;

/**
 * Plain text from an HTML fragment (WordPress `title.rendered`, an RSS description): entities decoded,
 * tags, scripts and styles dropped, whitespace collapsed. Parsed as a detached `text/html` document, which
 * neither runs scripts nor loads images, and read with `textContent` only.
 */
export function htmlToText(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  if (!/[<&]/.test(html)) return str(html.replace(/\s+/g, ' '));
  parser ??= new DOMParser();
  const doc = parser.parseFromString(html.replace(BLOCK_END, ' $&'), 'text/html');
  for (const el of doc.querySelectorAll('script, style, template, noscript, iframe, object')) el.remove();
  return str((doc.body?.textContent ?? '').replace(/\s+/g, ' '));
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

/**
 * Resolves a relative link from a feed against the feed's own address, so `/2025/05/post` in a feed at
 * `https://blog.example/feed` becomes `https://blog.example/2025/05/post`. Only links `safeUrl` already
 * accepts are resolved; anything else is passed on unchanged for the model to refuse with a warning.
 */
export function resolveUrl(value: unknown, baseUrl: string | undefined): string | undefined {
  const url = str(value);
  if (!url) return undefined;
  if (!baseUrl || /^[a-z][a-z\d+.-]*:/i.test(url) || !safeUrl(url)) return url;
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
}

/** A person from a name and optional links, or `undefined` without a name. */
export function personOf(name: unknown, url?: unknown, avatar?: unknown, baseUrl?: string): PersonInput | undefined {
  const n = typeof name === 'string' ? htmlToText(name) : str(name);
  if (!n) return undefined;
  return compact({ name: n, url: resolveUrl(url, baseUrl), avatar: resolveUrl(avatar, baseUrl) });
}

/** An image from a URL and what else the format knows about it. */
export function imageOf(src: unknown, extra: Omit<ImageInput, 'src'> = {}, baseUrl?: string): ImageInput | undefined {
  const url = resolveUrl(src, baseUrl);
  if (!url) return undefined;
  return compact({ src: url, ...extra });
}

/** Tags from a list of names, trimmed and deduplicated in order. */
export function tagList(values: unknown[]): string[] {
  return [...new Set(values.map((v) => str(v)).filter((v): v is string => !!v))];
}

export type { ArticleInput };
