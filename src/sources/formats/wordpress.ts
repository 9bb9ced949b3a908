/**
 * WordPress REST API `wp/v2/posts` (a list or one post), with or without `?_embed`:
 * https://developer.wordpress.org/rest-api/reference/posts/
 * `title.rendered` and `excerpt.rendered` are HTML: decoded and stripped to plain text here.
 * `content.rendered` stays HTML for the article element to sanitize.
 */
import { fail, ok, type Result } from '../../core/errors.js';
import type { ArticleInput, ImageInput } from '../../core/model.js';
import {
  type AdapterContext,
  asArray,
  bodyOf,
  compact,
  get,
  htmlToText,
  imageOf,
  isRecord,
  type Json,
  personOf,
  resolveUrl,
  str,
  tagList,
} from './shared.js';

const rendered = (value: unknown): unknown => (isRecord(value) ? get(value, 'rendered') : value);

/** A WordPress post: `title.rendered` or `content.rendered` objects. */
export const isWordPressPost = (value: unknown): boolean =>
  isRecord(value) &&
  (isRecord(get(value, 'title')) || isRecord(get(value, 'content'))) &&
  (get(get(value, 'title'), 'rendered') !== undefined || get(get(value, 'content'), 'rendered') !== undefined);

/** WordPress's error answer, e.g. `{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}`. */
export const isWordPressError = (value: unknown): boolean =>
  typeof get(value, 'code') === 'string' && typeof get(value, 'message') === 'string' && isRecord(get(value, 'data'));

/** `date_gmt` has no zone designator; it is UTC. */
function gmt(value: unknown): string | undefined {
  const s = str(value);
  return s && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(s) ? `${s}Z` : s;
}

function featuredImage(post: Json, baseUrl?: string): ImageInput | undefined {
  const media = asArray(get(get(post, '_embedded'), 'wp:featuredmedia'))[0];
  if (isRecord(media) && str(get(media, 'source_url'))) {
    const details = get(media, 'media_details');
    const sizes = get(details, 'sizes');
    const candidates = isRecord(sizes)
      ? Object.values(sizes)
          .filter((s) => str(get(s, 'source_url')) && Number(get(s, 'width')) > 0)
          .map((s) => `${resolveUrl(get(s, 'source_url'), baseUrl)} ${Number(get(s, 'width'))}w`)
      : [];
    return imageOf(
      get(media, 'source_url'),
      compact({
        alt: str(get(media, 'alt_text')) ?? '',
        width: Number(get(details, 'width')) || undefined,
        height: Number(get(details, 'height')) || undefined,
        srcset: candidates.length > 1 ? [...new Set(candidates)].join(', ') : undefined,
      }),
      baseUrl,
    );
  }
  // Without `_embed`, the plugins most sites run still name the image.
  const jetpack = get(post, 'jetpack_featured_media_url');
  const og = asArray(get(get(post, 'yoast_head_json'), 'og_image'))[0];
  return imageOf(
    str(jetpack) ?? get(og, 'url'),
    compact({ width: Number(get(og, 'width')) || undefined, height: Number(get(og, 'height')) || undefined }),
    baseUrl,
  );
}

function post(entry: Json, context: AdapterContext): ArticleInput {
  const baseUrl = context.baseUrl;
  const embedded = get(entry, '_embedded');
  const embeddedAuthor = asArray(get(embedded, 'author'))[0];
  const avatars = get(embeddedAuthor, 'avatar_urls');
  const avatar = isRecord(avatars) ? (get(avatars, '96') ?? Object.values(avatars).at(-1)) : undefined;
  const author = isRecord(embeddedAuthor)
    ? personOf(get(embeddedAuthor, 'name'), get(embeddedAuthor, 'link'), avatar, baseUrl)
    : personOf(get(get(entry, 'yoast_head_json'), 'author'));
  // `wp:term` is a list per taxonomy: categories first, then tags. "Uncategorized" is noise.
  const terms = asArray(get(embedded, 'wp:term'))
    .flatMap((group) => asArray(group))
    .filter(
      (term) => get(term, 'slug') !== 'uncategorized' && (get(term, 'taxonomy') === 'post_tag' || get(term, 'taxonomy') === 'category'),
    )
    .map((term) => htmlToText(get(term, 'name')));
  const content = get(entry, 'content');
  const isProtected = get(content, 'protected') === true;
  return compact({
    title: htmlToText(rendered(get(entry, 'title'))) as string,
    id: str(get(entry, 'id')),
    url: resolveUrl(get(entry, 'link'), baseUrl),
    summary: isProtected ? undefined : htmlToText(rendered(get(entry, 'excerpt'))),
    ...bodyOf(isProtected ? undefined : str(rendered(content)), baseUrl),
    author,
    publishedAt: gmt(get(entry, 'date_gmt')) ?? str(get(entry, 'date')),
    updatedAt: gmt(get(entry, 'modified_gmt')) ?? str(get(entry, 'modified')),
    image: featuredImage(entry, baseUrl),
    tags: tagList(terms),
  });
}

/** A `wp/v2/posts` list. */
export function fromWordPressList(posts: unknown[], context: AdapterContext = {}): Result<ArticleInput[]> {
  return ok(posts.filter(isRecord).map((p) => post(p, context)));
}

/** One `wp/v2/posts/<id>` post. */
export function fromWordPressPost(entry: Json, context: AdapterContext = {}): Result<ArticleInput> {
  return ok(post(entry, context));
}

/** WordPress's own error JSON becomes its message. */
export function fromWordPressError(error: Json): Result<never> {
  const status = Number(get(get(error, 'data'), 'status')) || undefined;
  return fail(
    `The WordPress site answered: ${htmlToText(get(error, 'message')) ?? 'an error'}${status ? ` (${status})` : ''}`,
    status ? 'http' : 'invalid-shape',
    status,
  );
}
