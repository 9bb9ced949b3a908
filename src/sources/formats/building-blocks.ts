/**
 * The building blocks every format adapter assembles reader JSON from: people, images, tags, a body with
 * its base, and a feed's links made absolute. Adapters only reshape data; validation stays in
 * `core/model.ts`.
 */
import type { Result } from '../../core/errors.js';
import { text, withoutEmpty } from '../../core/loose-json.js';
import type { ArticleInput, ImageInput, PersonInput } from '../../core/model.js';
import { resolveUrl, safeUrl } from '../../core/urls.js';
import { htmlToText } from './html-text.js';

/** What every adapter is given besides the body. */
export interface AdapterContext {
  /** The address the body came from: relative links in it resolve against this. */
  baseUrl?: string;
}

/** What every adapter returns: one article, or a list of them. */
export type AdapterResult = Result<ArticleInput | ArticleInput[]>;

/**
 * A link from a feed, made absolute against the feed's own address, so `/2025/05/post` in a feed at
 * `https://blog.example/feed` becomes `https://blog.example/2025/05/post` (and a bare `#post-1` a fragment
 * of the feed's page). Only links `safeUrl` accepts are resolved; anything else is passed on unchanged for
 * the model to refuse with a warning.
 */
export function linkFromFeed(value: unknown, baseUrl: string | undefined): string | undefined {
  const url = text(value);
  if (!url || !safeUrl(url, 'link')) return url;
  return resolveUrl(url, baseUrl, { fragment: 'of-base' }) ?? url;
}

/** A body with the address its relative links and images are relative to (the base only with a body). */
export function bodyOf(html: string | undefined, baseUrl: string | undefined): Pick<ArticleInput, 'bodyHtml' | 'baseUrl'> {
  return html ? { bodyHtml: html, baseUrl } : {};
}

/** A person from a name (HTML-escaped text is decoded) and optional links, or `undefined` without a name. */
export function personOf(name: unknown, url?: unknown, avatar?: unknown, baseUrl?: string): PersonInput | undefined {
  const n = typeof name === 'string' ? htmlToText(name) : text(name);
  if (!n) return undefined;
  return withoutEmpty({ name: n, url: linkFromFeed(url, baseUrl), avatar: linkFromFeed(avatar, baseUrl) });
}

/** The people of a list of entries (authors, creators), read by `fields`; entries without a name are left out. */
export function peopleOf<T>(
  entries: readonly T[],
  fields: (entry: T) => { name: unknown; url?: unknown; avatar?: unknown },
  baseUrl?: string,
): PersonInput[] {
  const people: PersonInput[] = [];
  for (const entry of entries) {
    const { name, url, avatar } = fields(entry);
    const person = personOf(name, url, avatar, baseUrl);
    if (person) people.push(person);
  }
  return people;
}

/** An image from a URL and what else the format knows about it. */
export function imageOf(src: unknown, extra: Omit<ImageInput, 'src'> = {}, baseUrl?: string): ImageInput | undefined {
  const url = linkFromFeed(src, baseUrl);
  if (!url) return undefined;
  return withoutEmpty({ src: url, ...extra });
}

/** Tags from a list of names, trimmed and deduplicated in order. */
export function tagList(values: unknown[]): string[] {
  return [...new Set(values.map((v) => text(v)).filter((v): v is string => !!v))];
}
