/**
 * JSON Feed 1.1 (and 1.0): https://www.jsonfeed.org/version/1.1/
 * A feed becomes a list; a lone item becomes one article. Items without `id` are dropped, as the spec says.
 */
import { ok, type Result } from '../../core/errors.js';
import type { ArticleInput } from '../../core/model.js';
import {
  type AdapterContext,
  asArray,
  bodyOf,
  compact,
  get,
  imageOf,
  isRecord,
  type Json,
  personOf,
  resolveUrl,
  str,
  tagList,
  textToHtml,
} from './shared.js';

/** A JSON Feed document: `version` names the jsonfeed.org spec. */
export const isJsonFeed = (value: unknown): boolean =>
  typeof get(value, 'version') === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(get(value, 'version') as string);

/** A single JSON Feed item (no `version`): has an `id` and JSON Feed's own content or date keys. */
export const isJsonFeedItem = (value: unknown): boolean =>
  isRecord(value) &&
  get(value, 'id') !== undefined &&
  ['content_html', 'content_text', 'date_published', 'external_url'].some((k) => k in value);

function authorsOf(record: unknown, baseUrl?: string) {
  // 1.1 has `authors`; 1.0 had a single `author`.
  const list = get(record, 'authors') ?? get(record, 'author');
  return asArray(list)
    .map((a) => personOf(get(a, 'name'), get(a, 'url'), get(a, 'avatar'), baseUrl))
    .filter((p) => p !== undefined);
}

function item(entry: Json, feed: Json | undefined, context: AdapterContext): ArticleInput {
  const baseUrl = context.baseUrl;
  const authors = authorsOf(entry, baseUrl);
  return compact({
    title: str(get(entry, 'title')) as string,
    id: str(get(entry, 'id')),
    url: resolveUrl(get(entry, 'url') ?? get(entry, 'external_url'), baseUrl),
    summary: str(get(entry, 'summary')),
    ...bodyOf(str(get(entry, 'content_html')) ?? textToHtml(get(entry, 'content_text')), baseUrl),
    author: authors.length > 0 ? authors : feed ? authorsOf(feed, baseUrl) : undefined,
    publishedAt: str(get(entry, 'date_published')),
    updatedAt: str(get(entry, 'date_modified')),
    image: imageOf(get(entry, 'image') ?? get(entry, 'banner_image'), {}, baseUrl),
    tags: tagList(asArray(get(entry, 'tags'))),
    lang: str(get(entry, 'language')) ?? str(get(feed, 'language')),
  });
}

/** A JSON Feed: `{items}` for a list. */
export function fromJsonFeed(feed: Json, context: AdapterContext = {}): Result<{ items: ArticleInput[] }> {
  const warnings: string[] = [];
  const items: ArticleInput[] = [];
  asArray(get(feed, 'items')).forEach((entry, i) => {
    if (!isRecord(entry) || str(get(entry, 'id')) === undefined) warnings.push(`JSON Feed item ${i} was skipped: it has no \`id\`.`);
    else items.push(item(entry, feed, context));
  });
  return ok({ items }, warnings);
}

/** One JSON Feed item on its own. */
export function fromJsonFeedItem(entry: Json, context: AdapterContext = {}): Result<ArticleInput> {
  return ok(item(entry, undefined, context));
}
