/**
 * schema.org `NewsArticle` JSON-LD for search engines, built from the normalized article (so every URL
 * has already passed the URL gate), and serialized so it can sit inside a `<script>` element in any HTML
 * serialization of the page without ending it early.
 */
import { withoutEmpty } from './loose-json.js';
import type { Article } from './model.js';
import { resolveUrl } from './urls.js';

export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLd | JsonLdValue[];

/** A checked URL as the absolute http(s) address schema.org wants (against the page); dropped when it cannot be one. */
function absolute(url: string | undefined, base: string | undefined): string | undefined {
  const resolved = url && resolveUrl(url, base, { fragment: 'of-base', canonical: true });
  return resolved && /^https?:/i.test(resolved) ? resolved : undefined;
}

/** Only the fields that have a value: the output never carries `undefined` or empty lists. */
const compact = (entries: Record<string, JsonLdValue | undefined>): JsonLd => withoutEmpty(entries) as JsonLd;

/**
 * The article as a schema.org `NewsArticle`: headline, description, url, image, dates, authors,
 * publisher (the source), keywords (tags), language and view count. `base` (the page's `baseURI`)
 * turns relative URLs into absolute ones; URLs that cannot be resolved are left out.
 */
export function newsArticleJsonLd(article: Article, base?: string): JsonLd {
  const url = absolute(article.url, base);
  const image = article.image ? absolute(article.image.src, base) : undefined;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url,
    identifier: article.id,
    image: image
      ? [
          article.image!.width && article.image!.height
            ? compact({
                '@type': 'ImageObject',
                url: image,
                width: article.image!.width,
                height: article.image!.height,
                caption: article.image!.alt || undefined,
              })
            : image,
        ]
      : undefined,
    datePublished: article.publishedAt?.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt)?.toISOString(),
    author: article.authors.map((person) => compact({ '@type': 'Person', name: person.name, url: absolute(person.url, base) })),
    publisher: article.source
      ? compact({ '@type': 'Organization', name: article.source.name, url: absolute(article.source.url, base) })
      : undefined,
    keywords: article.tags.length > 0 ? article.tags.join(', ') : undefined,
    inLanguage: article.lang,
    interactionStatistic:
      article.views !== undefined
        ? { '@type': 'InteractionCounter', interactionType: 'https://schema.org/ReadAction', userInteractionCount: article.views }
        : undefined,
  });
}

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON text that is safe as the content of a `<script>` (`application/ld+json`, or the server render's
 * hydration data): `<`, `>` and `&` become `\u003c` escapes (so neither `</script>`, `<!--` nor `]]>` can
 * appear, whatever the data says), and U+2028 / U+2029 are escaped too. `JSON.parse` reads back exactly
 * the same data.
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c]);
}

/** The JSON-LD as script text (see `jsonForScript`). */
export function serializeJsonLd(data: JsonLd): string {
  return jsonForScript(data);
}
