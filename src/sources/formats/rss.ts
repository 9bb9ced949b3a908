/**
 * RSS 2.0 (and RSS 0.9x / 1.0 RDF, which share its item shape): https://www.rssboard.org/rss-specification
 * with the modules feeds use for richer items: `content:encoded` (full body), `dc:creator` / `dc:date` /
 * `dc:language`, `media:content` / `media:thumbnail` (Media RSS) and image `enclosure`s.
 */
import { ok } from '../../core/errors.js';
import type { ArticleInput, ImageInput } from '../../core/model.js';
import { withoutEmpty } from '../../core/loose-json.js';
import { htmlToText, looksLikeHtml } from './html-text.js';
import { type AdapterContext, type AdapterResult, bodyOf, imageOf, linkFromFeed, peopleOf, tagList } from './building-blocks.js';
import { child, childText, children, xmlBase, xmlLang } from './xml.js';

export const isRss = (doc: Document): boolean => ['rss', 'RDF', 'rdf'].includes(doc.documentElement.localName);

/** Plain text from a field that should be text but is often HTML-escaped markup in the wild. */
export const plainText = (value: string | undefined): string | undefined => (value && looksLikeHtml(value) ? htmlToText(value) : value);

const isImage = (el: Element) => {
  const type = el.getAttribute('type') ?? '';
  const medium = el.getAttribute('medium') ?? '';
  return (
    medium === 'image' ||
    type.startsWith('image/') ||
    (!type && !medium && /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(el.getAttribute('url') ?? ''))
  );
};

/** The image of an item: Media RSS content, then an image enclosure, then a Media RSS thumbnail. */
function itemImage(item: Element, baseUrl?: string): ImageInput | undefined {
  const groups = [item, ...children(item, 'group')];
  const contents = groups.flatMap((g) =>
    children(g, 'content').filter((c) => c.namespaceURI !== 'http://purl.org/rss/1.0/modules/content/'),
  );
  const media = contents.find(isImage) ?? children(item, 'enclosure').find(isImage) ?? groups.flatMap((g) => children(g, 'thumbnail'))[0];
  if (!media) return undefined;
  const alt =
    childText(media, 'description') ??
    childText(media, 'title') ??
    childText(item, 'description', 'media') ??
    childText(item, 'title', 'media');
  return imageOf(
    media.getAttribute('url'),
    withoutEmpty({
      alt: plainText(alt),
      width: Number(media.getAttribute('width')) || undefined,
      height: Number(media.getAttribute('height')) || undefined,
    }),
    baseUrl,
  );
}

/** `<author>` is an e-mail address, conventionally `jane@example.com (Jane Doe)`: the name is what a reader wants. */
function rssAuthor(value: string): string | undefined {
  // The name is the text between the last `)` and the first `(` after the `)` before it (the leftmost
  // match of `\(([^)]+)\)\s*$`, found with two searches: that regex is quadratic on a run of `(`).
  const trimmed = value.trimEnd();
  if (trimmed.endsWith(')')) {
    const close = trimmed.length - 1;
    const open = trimmed.indexOf('(', trimmed.lastIndexOf(')', close - 1) + 1);
    if (open >= 0 && open < close - 1) return trimmed.slice(open + 1, close).trim();
  }
  return value.includes('@') ? undefined : value;
}

function item(el: Element, channelLang: string | undefined, feedUrl?: string): ArticleInput {
  const baseUrl = xmlBase(el, feedUrl);
  const guid = child(el, 'guid');
  const permalink =
    guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(guid.textContent?.trim() ?? '')
      ? guid.textContent!.trim()
      : undefined;
  const creators = peopleOf([...children(el, 'creator'), ...children(el, 'author')], (a) => ({
    name: plainText(a.localName === 'author' ? rssAuthor(a.textContent?.trim() ?? '') : a.textContent?.trim()),
  }));
  const source = child(el, 'source');
  const description = childText(el, 'description');
  const encoded = children(el, 'encoded')[0]?.textContent?.trim();
  return withoutEmpty({
    title: plainText(childText(el, 'title')) as string,
    id: guid?.textContent?.trim() || undefined,
    url: linkFromFeed(childText(el, 'link') ?? permalink ?? el.getAttribute('rdf:about'), baseUrl),
    summary: htmlToText(description),
    ...bodyOf(encoded || undefined, baseUrl),
    author: creators,
    source: source?.textContent?.trim()
      ? withoutEmpty({ name: source.textContent.trim(), url: linkFromFeed(source.getAttribute('url'), baseUrl) })
      : undefined,
    publishedAt: childText(el, 'pubDate') ?? childText(el, 'date'),
    updatedAt: childText(el, 'updated') ?? childText(el, 'modified'),
    image: itemImage(el, baseUrl),
    tags: tagList(children(el, 'category').map((c) => plainText(c.textContent?.trim()))),
    lang: childText(el, 'language') ?? xmlLang(el) ?? channelLang,
  });
}

/** An RSS document as a reader list. */
export function fromRss(doc: Document, context: AdapterContext = {}): AdapterResult {
  const root = doc.documentElement;
  const channel = child(root, 'channel');
  const lang = childText(channel, 'language') ?? xmlLang(channel ?? root);
  // RSS 2.0 nests items in the channel; RSS 1.0 (RDF) puts them beside it.
  const entries = [...children(channel, 'item'), ...children(root, 'item')];
  return ok(entries.map((e) => item(e, lang, context.baseUrl)));
}
