/**
 * Ghost Content API: `{ posts: [...], meta }` from `/ghost/api/content/posts/` (Ghost answers a list even
 * for one post): https://ghost.org/docs/content-api/#posts
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
} from './shared.js';

export const isGhostPosts = (value: unknown): boolean => Array.isArray(get(value, 'posts'));

function post(entry: Json, baseUrl?: string): ArticleInput {
  const authors = asArray(get(entry, 'authors') ?? get(entry, 'primary_author'))
    .map((a) => personOf(get(a, 'name'), get(a, 'url'), get(a, 'profile_image'), baseUrl))
    .filter((a) => a !== undefined);
  // Internal tags (`#hash`-named, visibility "internal") organize the site, they are not for readers.
  const tags = asArray(get(entry, 'tags'))
    .filter(
      (t) => get(t, 'visibility') !== 'internal' && !(typeof get(t, 'name') === 'string' && (get(t, 'name') as string).startsWith('#')),
    )
    .map((t) => get(t, 'name'));
  return compact({
    title: str(get(entry, 'title')) as string,
    id: str(get(entry, 'id')) ?? str(get(entry, 'uuid')),
    url: resolveUrl(get(entry, 'url'), baseUrl),
    summary: str(get(entry, 'custom_excerpt')) ?? str(get(entry, 'excerpt')),
    ...bodyOf(str(get(entry, 'html')), baseUrl),
    author: authors,
    publishedAt: str(get(entry, 'published_at')),
    updatedAt: str(get(entry, 'updated_at')),
    image: imageOf(get(entry, 'feature_image'), compact({ alt: str(get(entry, 'feature_image_alt')) }), baseUrl),
    tags: tagList(tags),
  });
}

export function fromGhost(body: Json, context: AdapterContext = {}): Result<ArticleInput[]> {
  return ok(
    asArray(get(body, 'posts'))
      .filter(isRecord)
      .map((p) => post(p, context.baseUrl)),
  );
}
