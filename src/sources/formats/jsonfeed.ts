/**
 * JSON Feed 1.1 (and 1.0): https://www.jsonfeed.org/version/1.1/
 * A feed becomes a list; a lone item becomes one article. Items without `id` are dropped, as the spec says.
 */
import { ok } from '../../core/errors.js';
import type { ArticleInput } from '../../core/model.js';
import { asArray, field, isRecord, type Json, text, withoutEmpty } from '../../core/loose-json.js';
import { textToHtml } from './html-text.js';
import { type AdapterContext, type AdapterResult, bodyOf, imageOf, linkFromFeed, peopleOf, tagList } from './building-blocks.js';

/** A JSON Feed document: `version` names the jsonfeed.org spec. */
export const isJsonFeed = (value: unknown): boolean =>
  typeof field(value, 'version') === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(field(value, 'version') as string);

/** A single JSON Feed item (no `version`): has an `id` and JSON Feed's own content or date keys. */
export const isJsonFeedItem = (value: unknown): boolean =>
  isRecord(value) &&
  field(value, 'id') !== undefined &&
  ['content_html', 'content_text', 'date_published', 'external_url'].some((k) => k in value);

function authorsOf(record: unknown, baseUrl?: string) {
  // 1.1 has `authors`; 1.0 had a single `author`.
  const list = field(record, 'authors') ?? field(record, 'author');
  return peopleOf(asArray(list), (a) => ({ name: field(a, 'name'), url: field(a, 'url'), avatar: field(a, 'avatar') }), baseUrl);
}

function item(entry: Json, feed: Json | undefined, context: AdapterContext): ArticleInput {
  const baseUrl = context.baseUrl;
  const authors = authorsOf(entry, baseUrl);
  return withoutEmpty({
    title: text(field(entry, 'title')) as string,
    id: text(field(entry, 'id')),
    url: linkFromFeed(field(entry, 'url') ?? field(entry, 'external_url'), baseUrl),
    summary: text(field(entry, 'summary')),
    ...bodyOf(text(field(entry, 'content_html')) ?? textToHtml(field(entry, 'content_text')), baseUrl),
    author: authors.length > 0 ? authors : feed ? authorsOf(feed, baseUrl) : undefined,
    publishedAt: text(field(entry, 'date_published')),
    updatedAt: text(field(entry, 'date_modified')),
    image: imageOf(field(entry, 'image') ?? field(entry, 'banner_image'), {}, baseUrl),
    tags: tagList(asArray(field(entry, 'tags'))),
    lang: text(field(entry, 'language')) ?? text(field(feed, 'language')),
  });
}

/** A JSON Feed: `{items}` for a list. */
export function fromJsonFeed(feed: Json, context: AdapterContext = {}): AdapterResult {
  const warnings: string[] = [];
  const items: ArticleInput[] = [];
  asArray(field(feed, 'items')).forEach((entry, i) => {
    if (!isRecord(entry) || text(field(entry, 'id')) === undefined) warnings.push(`JSON Feed item ${i} was skipped: it has no \`id\`.`);
    else items.push(item(entry, feed, context));
  });
  return ok(items, warnings);
}

/** One JSON Feed item on its own. */
export function fromJsonFeedItem(entry: Json, context: AdapterContext = {}): AdapterResult {
  return ok(item(entry, undefined, context));
}
