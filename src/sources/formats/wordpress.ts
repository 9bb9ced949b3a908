/**
 * WordPress REST API `wp/v2/posts` (a list or one post), with or without `?_embed`:
 * https://developer.wordpress.org/rest-api/reference/posts/
 * `title.rendered` and `excerpt.rendered` are HTML: decoded and stripped to plain text here.
 * `content.rendered` stays HTML for the article element to sanitize.
 */
import { fail, ok } from '../../core/errors.js';
import type { ArticleInput, ImageInput } from '../../core/model.js';
import { asArray, field, isRecord, type Json, text, withoutEmpty } from '../../core/loose-json.js';
import { htmlToText } from './html-text.js';
import { type AdapterContext, type AdapterResult, bodyOf, imageOf, linkFromFeed, personOf, tagList } from './building-blocks.js';

const rendered = (value: unknown): unknown => (isRecord(value) ? field(value, 'rendered') : value);

/** A WordPress post: `title.rendered` or `content.rendered` objects. */
export const isWordPressPost = (value: unknown): boolean =>
  isRecord(value) &&
  (isRecord(field(value, 'title')) || isRecord(field(value, 'content'))) &&
  (field(field(value, 'title'), 'rendered') !== undefined || field(field(value, 'content'), 'rendered') !== undefined);

/** WordPress's error answer, e.g. `{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}`. */
export const isWordPressError = (value: unknown): boolean =>
  typeof field(value, 'code') === 'string' && typeof field(value, 'message') === 'string' && isRecord(field(value, 'data'));

/** `date_gmt` has no zone designator; it is UTC. */
function gmt(value: unknown): string | undefined {
  const s = text(value);
  return s && /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?$/.test(s) ? `${s}Z` : s;
}

function featuredImage(post: Json, baseUrl?: string): ImageInput | undefined {
  const media = asArray(field(field(post, '_embedded'), 'wp:featuredmedia'))[0];
  if (isRecord(media) && text(field(media, 'source_url'))) {
    const details = field(media, 'media_details');
    const sizes = field(details, 'sizes');
    const candidates = isRecord(sizes)
      ? Object.values(sizes)
          .filter((s) => text(field(s, 'source_url')) && Number(field(s, 'width')) > 0)
          .map((s) => `${linkFromFeed(field(s, 'source_url'), baseUrl)} ${Number(field(s, 'width'))}w`)
      : [];
    return imageOf(
      field(media, 'source_url'),
      withoutEmpty({
        alt: text(field(media, 'alt_text')) ?? '',
        width: Number(field(details, 'width')) || undefined,
        height: Number(field(details, 'height')) || undefined,
        srcset: candidates.length > 1 ? [...new Set(candidates)].join(', ') : undefined,
      }),
      baseUrl,
    );
  }
  // Without `_embed`, the plugins most sites run still name the image.
  const jetpack = field(post, 'jetpack_featured_media_url');
  const og = asArray(field(field(post, 'yoast_head_json'), 'og_image'))[0];
  return imageOf(
    text(jetpack) ?? field(og, 'url'),
    withoutEmpty({ width: Number(field(og, 'width')) || undefined, height: Number(field(og, 'height')) || undefined }),
    baseUrl,
  );
}

function post(entry: Json, context: AdapterContext): ArticleInput {
  const baseUrl = context.baseUrl;
  const embedded = field(entry, '_embedded');
  const embeddedAuthor = asArray(field(embedded, 'author'))[0];
  const avatars = field(embeddedAuthor, 'avatar_urls');
  const avatar = isRecord(avatars) ? (field(avatars, '96') ?? Object.values(avatars).at(-1)) : undefined;
  const author = isRecord(embeddedAuthor)
    ? personOf(field(embeddedAuthor, 'name'), field(embeddedAuthor, 'link'), avatar, baseUrl)
    : personOf(field(field(entry, 'yoast_head_json'), 'author'));
  // `wp:term` is a list per taxonomy: categories first, then tags. "Uncategorized" is noise.
  const terms = asArray(field(embedded, 'wp:term'))
    .flatMap((group) => asArray(group))
    .filter(
      (term) =>
        field(term, 'slug') !== 'uncategorized' && (field(term, 'taxonomy') === 'post_tag' || field(term, 'taxonomy') === 'category'),
    )
    .map((term) => htmlToText(field(term, 'name')));
  const content = field(entry, 'content');
  const isProtected = field(content, 'protected') === true;
  return withoutEmpty({
    title: htmlToText(rendered(field(entry, 'title'))) as string,
    id: text(field(entry, 'id')),
    url: linkFromFeed(field(entry, 'link'), baseUrl),
    summary: isProtected ? undefined : htmlToText(rendered(field(entry, 'excerpt'))),
    ...bodyOf(isProtected ? undefined : text(rendered(content)), baseUrl),
    author,
    publishedAt: gmt(field(entry, 'date_gmt')) ?? text(field(entry, 'date')),
    updatedAt: gmt(field(entry, 'modified_gmt')) ?? text(field(entry, 'modified')),
    image: featuredImage(entry, baseUrl),
    tags: tagList(terms),
  });
}

/** A `wp/v2/posts` list. */
export function fromWordPressList(posts: unknown[], context: AdapterContext = {}): AdapterResult {
  return ok(posts.filter(isRecord).map((p) => post(p, context)));
}

/** One `wp/v2/posts/<id>` post. */
export function fromWordPressPost(entry: Json, context: AdapterContext = {}): AdapterResult {
  return ok(post(entry, context));
}

/** WordPress's own error JSON becomes its message. */
export function fromWordPressError(error: Json): AdapterResult {
  const status = Number(field(field(error, 'data'), 'status')) || undefined;
  return fail(
    `The WordPress site answered: ${htmlToText(field(error, 'message')) ?? 'an error'}${status ? ` (${status})` : ''}`,
    status ? 'http' : 'invalid-shape',
    status,
  );
}
