/**
 * schema.org JSON-LD: `NewsArticle`, `Article`, `BlogPosting` (and their kin) as a single object, an array,
 * or inside `@graph` (as Yoast and most SEO plugins write it, with `{"@id": ...}` references resolved).
 * An `ItemList` of articles becomes a list. https://schema.org/NewsArticle
 */
import { ok, fail, type Result } from '../../core/errors.js';
import type { ArticleInput, ImageInput } from '../../core/model.js';
import {
  asArray,
  compact,
  get,
  htmlToText,
  isRecord,
  personOf,
  resolveUrl,
  str,
  tagList,
  textToHtml,
  type AdapterContext,
  type Json,
} from './shared.js';

const ARTICLE_TYPES = /^(?:schema:|https?:\/\/schema\.org\/)?(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;

const types = (node: unknown): string[] => asArray(get(node, '@type')).filter((t): t is string => typeof t === 'string');
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
    if (Array.isArray(get(node, '@graph'))) collect(get(node, '@graph'), nodes, byId, depth + 1);
    if (get(node, '@type') === undefined) continue;
    nodes.push(node);
    const id = str(get(node, '@id'));
    if (id && !byId.has(id)) byId.set(id, node);
  }
}

function image(value: unknown, deref: (v: unknown) => unknown, baseUrl?: string): ImageInput | undefined {
  const node = deref(asArray(value)[0]);
  if (typeof node === 'string') return compact({ src: resolveUrl(node, baseUrl)! });
  if (!isRecord(node)) return undefined;
  const src = resolveUrl(str(get(node, 'url')) ?? str(get(node, 'contentUrl')), baseUrl);
  if (!src) return undefined;
  return compact({
    src,
    alt: str(get(node, 'caption')) ?? str(get(node, 'description')) ?? str(get(node, 'name')),
    width: Number(get(node, 'width')) || undefined,
    height: Number(get(node, 'height')) || undefined,
  });
}

function article(node: Json, deref: (v: unknown) => unknown, baseUrl?: string): ArticleInput {
  const authors = asArray(get(node, 'author'))
    .map(deref)
    .map((a) =>
      typeof a === 'string'
        ? personOf(a)
        : personOf(get(a, 'name'), get(a, 'url'), str(get(deref(get(a, 'image')), 'url')) ?? get(a, 'image'), baseUrl),
    )
    .filter((a) => a !== undefined);
  const publisher = deref(get(node, 'publisher'));
  const mainEntity = get(node, 'mainEntityOfPage');
  const keywords = get(node, 'keywords');
  const body = str(get(node, 'articleBody'));
  const lang = get(node, 'inLanguage');
  return compact({
    title: (htmlToText(get(node, 'headline')) ?? htmlToText(get(node, 'name'))) as string,
    id: str(get(node, '@id')) ?? str(get(node, 'identifier')),
    url: resolveUrl(str(get(node, 'url')) ?? (typeof mainEntity === 'string' ? mainEntity : str(get(mainEntity, '@id'))), baseUrl),
    summary: htmlToText(get(node, 'description')) ?? htmlToText(get(node, 'abstract')),
    // `articleBody` is plain text by definition.
    bodyHtml: body ? textToHtml(body) : undefined,
    author: authors,
    source:
      isRecord(publisher) && str(get(publisher, 'name'))
        ? compact({ name: str(get(publisher, 'name'))!, url: resolveUrl(get(publisher, 'url'), baseUrl) })
        : undefined,
    publishedAt: str(get(node, 'datePublished')) ?? str(get(node, 'dateCreated')),
    updatedAt: str(get(node, 'dateModified')),
    image: image(get(node, 'image') ?? get(node, 'thumbnailUrl'), deref, baseUrl),
    tags: tagList(typeof keywords === 'string' ? keywords.split(',') : asArray(keywords)),
    lang: str(lang) ?? str(get(lang, 'alternateName')),
  });
}

/**
 * JSON-LD as reader JSON: one article, or a list when the document holds several articles or an
 * `ItemList` of them.
 */
export function fromJsonLd(value: unknown, context: AdapterContext = {}): Result<ArticleInput | ArticleInput[]> {
  const nodes: Json[] = [];
  const byId = new Map<string, Json>();
  collect(value, nodes, byId);
  const deref = (v: unknown): unknown => {
    const id = isRecord(v) && Object.keys(v).length === 1 ? str(get(v, '@id')) : undefined;
    return id ? (byId.get(id) ?? v) : v;
  };
  const list = nodes.find((n) => types(n).includes('ItemList'));
  const listed = list
    ? asArray(get(list, 'itemListElement'))
        .map((entry) => deref(get(entry, 'item') ?? entry))
        .filter(isArticleNode)
    : [];
  const articles = listed.length > 0 ? listed : nodes.filter(isArticleNode);
  if (articles.length === 0) return fail('The JSON-LD holds no schema.org Article, NewsArticle or BlogPosting.', 'unsupported-format');
  const mapped = articles.map((a) => article(a, deref, context.baseUrl));
  return ok(mapped.length === 1 && listed.length === 0 ? mapped[0] : mapped);
}
