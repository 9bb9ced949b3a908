/**
 * Ghost Content API: `{ posts: [...], meta }` from `/ghost/api/content/posts/` (Ghost answers a list even
 * for one post): https://ghost.org/docs/content-api/#posts
 */
import { ok } from '../../core/errors.js';
import type { ArticleInput } from '../../core/model.js';
import { asArray, field, isRecord, type Json, text, withoutEmpty } from '../../core/loose-json.js';
import { type AdapterContext, type AdapterResult, bodyOf, imageOf, linkFromFeed, peopleOf, tagList } from './building-blocks.js';

export const isGhostPosts = (value: unknown): boolean => Array.isArray(field(value, 'posts'));

function post(entry: Json, baseUrl?: string): ArticleInput {
  const authors = peopleOf(
    asArray(field(entry, 'authors') ?? field(entry, 'primary_author')),
    (a) => ({ name: field(a, 'name'), url: field(a, 'url'), avatar: field(a, 'profile_image') }),
    baseUrl,
  );
  // Internal tags (`#hash`-named, visibility "internal") organize the site, they are not for readers.
  const tags = asArray(field(entry, 'tags'))
    .filter(
      (t) =>
        field(t, 'visibility') !== 'internal' && !(typeof field(t, 'name') === 'string' && (field(t, 'name') as string).startsWith('#')),
    )
    .map((t) => field(t, 'name'));
  return withoutEmpty({
    title: text(field(entry, 'title')) as string,
    id: text(field(entry, 'id')) ?? text(field(entry, 'uuid')),
    url: linkFromFeed(field(entry, 'url'), baseUrl),
    summary: text(field(entry, 'custom_excerpt')) ?? text(field(entry, 'excerpt')),
    ...bodyOf(text(field(entry, 'html')), baseUrl),
    author: authors,
    publishedAt: text(field(entry, 'published_at')),
    updatedAt: text(field(entry, 'updated_at')),
    image: imageOf(field(entry, 'feature_image'), withoutEmpty({ alt: text(field(entry, 'feature_image_alt')) }), baseUrl),
    tags: tagList(tags),
  });
}

export function fromGhost(body: Json, context: AdapterContext = {}): AdapterResult {
  return ok(
    asArray(field(body, 'posts'))
      .filter(isRecord)
      .map((p) => post(p, context.baseUrl)),
  );
}
