/**
 * schema.org JSON-LD: `NewsArticle`, `Article`, `BlogPosting` (and their kin) as a single object, an array,
 * or inside `@graph` (as Yoast and most SEO plugins write it, with `{"@id": ...}` references resolved).
 * An `ItemList` of articles becomes a list. https://schema.org/NewsArticle
 */
import { ok, fail } from '../../core/errors.js';
import type { ArticleInput, ImageInput } from '../../core/model.js';
import { asArray, field, isRecord, type Json, text, withoutEmpty } from '../../core/loose-json.js';
import { htmlToText, textToHtml } from './html-text.js';
import { type AdapterContext, type AdapterResult, linkFromFeed, peopleOf, tagList } from './building-blocks.js';

const ARTICLE_TYPES = /^(?:schema:|https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

const types = (node: unknown): string[] => asArray(field(node, '@type')).filter((t): t is string => typeof t === 'string');
const isArticleNode = (node: unknown): node is Json => types(node).some((t) => ARTICLE_TYPES.test(t));

/** JSON-LD: has `@context` or `@graph`, or is a list of such nodes. */
export const isJsonLd = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.some((v) => isRecord(v) && ('@context' in v || '@type' in v))
    : isRecord(value) && ('@context' in value || '@graph' in value);

/** All nodes of the document (top level, arrays, `@graph`), indexed by `@id` for references. */
function collect(value: unknown, nodes: Json[], byId: Map<string, Json>, depth = 0): void {
  if (depth > 4) return;
  for (const node of asArray(value)) {
    if (!isRecord(node)) continue;
    if (Array.isArray(field(node, '@graph'))) collect(field(node, '@graph'), nodes, byId, depth + 1);
    if (field(node, '@type') === undefined) continue;
    nodes.push(node);
    const id = text(field(node, '@id'));
    if (id && !byId.has(id)) byId.set(id, node);
  }
}

function image(value: unknown, deref: (v: unknown) => unknown, baseUrl?: string): ImageInput | undefined {
  const node = deref(asArray(value)[0]);
  if (typeof node === 'string') return withoutEmpty({ src: linkFromFeed(node, baseUrl)! });
  if (!isRecord(node)) return undefined;
  const src = linkFromFeed(text(field(node, 'url')) ?? text(field(node, 'contentUrl')), baseUrl);
  if (!src) return undefined;
  return withoutEmpty({
    src,
    alt: text(field(node, 'caption')) ?? text(field(node, 'description')) ?? text(field(node, 'name')),
    width: Number(field(node, 'width')) || undefined,
    height: Number(field(node, 'height')) || undefined,
  });
}

function article(node: Json, deref: (v: unknown) => unknown, baseUrl?: string): ArticleInput {
  const authors = peopleOf(
    asArray(field(node, 'author')).map(deref),
    (a) =>
      typeof a === 'string'
        ? { name: a }
        : { name: field(a, 'name'), url: field(a, 'url'), avatar: text(field(deref(field(a, 'image')), 'url')) ?? field(a, 'image') },
    baseUrl,
  );
  const publisher = deref(field(node, 'publisher'));
  const mainEntity = field(node, 'mainEntityOfPage');
  const keywords = field(node, 'keywords');
  const body = text(field(node, 'articleBody'));
  const lang = field(node, 'inLanguage');
  return withoutEmpty({
    title: (htmlToText(field(node, 'headline')) ?? htmlToText(field(node, 'name'))) as string,
    id: text(field(node, '@id')) ?? text(field(node, 'identifier')),
    url: linkFromFeed(text(field(node, 'url')) ?? (typeof mainEntity === 'string' ? mainEntity : text(field(mainEntity, '@id'))), baseUrl),
    summary: htmlToText(field(node, 'description')) ?? htmlToText(field(node, 'abstract')),
    // `articleBody` is plain text by definition.
    bodyHtml: body ? textToHtml(body) : undefined,
    author: authors,
    source:
      isRecord(publisher) && text(field(publisher, 'name'))
        ? withoutEmpty({ name: text(field(publisher, 'name'))!, url: linkFromFeed(field(publisher, 'url'), baseUrl) })
        : undefined,
    publishedAt: text(field(node, 'datePublished')) ?? text(field(node, 'dateCreated')),
    updatedAt: text(field(node, 'dateModified')),
    image: image(field(node, 'image') ?? field(node, 'thumbnailUrl'), deref, baseUrl),
    tags: tagList(typeof keywords === 'string' ? keywords.split(',') : asArray(keywords)),
    lang: text(lang) ?? text(field(lang, 'alternateName')),
  });
}

/**
 * JSON-LD as reader JSON: one article, or a list when the document holds several articles or an
 * `ItemList` of them.
 */
export function fromJsonLd(value: unknown, context: AdapterContext = {}): AdapterResult {
  const nodes: Json[] = [];
  const byId = new Map<string, Json>();
  collect(value, nodes, byId);
  const deref = (v: unknown): unknown => {
    const id = isRecord(v) && Object.keys(v).length === 1 ? text(field(v, '@id')) : undefined;
    return id ? (byId.get(id) ?? v) : v;
  };
  const list = nodes.find((n) => types(n).includes('ItemList'));
  const listed = list
    ? asArray(field(list, 'itemListElement'))
        .map((entry) => deref(field(entry, 'item') ?? entry))
        .filter(isArticleNode)
    : [];
  const articles = listed.length > 0 ? listed : nodes.filter(isArticleNode);
  if (articles.length === 0) return fail('The JSON-LD holds no schema.org Article, NewsArticle or BlogPosting.', 'unsupported-format');
  const mapped = articles.map((a) => article(a, deref, context.baseUrl));
  return ok(mapped.length === 1 && listed.length === 0 ? mapped[0] : mapped);
}
