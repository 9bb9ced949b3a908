/**
 * Atom 1.0 (RFC 4287): https://www.rfc-editor.org/rfc/rfc4287
 * `text`, `html` and `xhtml` constructs are each read the way the RFC defines them; `xml:base` and
 * `xml:lang` are honoured; a feed-level author stands in for entries that name none.
 */
import { ok } from '../../core/errors.js';
import type { ArticleInput, ImageInput } from '../../core/model.js';
import { withoutEmpty } from '../../core/loose-json.js';
import { htmlToText, textToHtml } from './html-text.js';
import { type AdapterContext, type AdapterResult, bodyOf, imageOf, linkFromFeed, peopleOf, tagList } from './building-blocks.js';
import { child, childText, children, xmlBase, xmlLang } from './xml.js';

export const isAtom = (doc: Document): boolean => ['feed', 'entry'].includes(doc.documentElement.localName);

/** An Atom text construct as HTML (for `content`) … */
function constructHtml(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'xhtml') {
    const div = child(el, 'div');
    return (
      (div ? [...div.childNodes] : [...el.childNodes])
        .map((n) => new XMLSerializer().serializeToString(n))
        .join('')
        .replace(/ xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/g, '')
        .trim() || undefined
    );
  }
  if (type === 'html' || type === 'text/html') return el.textContent?.trim() || undefined;
  if (el.getAttribute('src')) return undefined; // out-of-line content
  return textToHtml(el.textContent);
}

/** … and as plain text (for `title`, `summary`). */
function constructText(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'html' || type === 'text/html') return htmlToText(el.textContent);
  return el.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

function people(parent: Element | undefined, baseUrl?: string) {
  // Each author's `uri` resolves against its own `xml:base`.
  return peopleOf(children(parent, 'author'), (a) => ({
    name: childText(a, 'name'),
    url: linkFromFeed(childText(a, 'uri'), xmlBase(a, baseUrl)),
  }));
}

function entryImage(entry: Element, baseUrl?: string): ImageInput | undefined {
  const enclosure = children(entry, 'link').find(
    (l) => l.getAttribute('rel') === 'enclosure' && (l.getAttribute('type') ?? '').startsWith('image/'),
  );
  if (enclosure)
    return imageOf(enclosure.getAttribute('href'), withoutEmpty({ alt: enclosure.getAttribute('title') ?? undefined }), baseUrl);
  const media =
    children(entry, 'content').find(
      (c) => c.getAttribute('medium') === 'image' || ((c.getAttribute('type') ?? '').startsWith('image/') && c.getAttribute('url')),
    ) ?? child(entry, 'thumbnail');
  if (!media?.getAttribute('url')) return undefined;
  return imageOf(
    media.getAttribute('url'),
    withoutEmpty({
      alt: childText(media, 'description') ?? childText(entry, 'description', 'media'),
      width: Number(media.getAttribute('width')) || undefined,
      height: Number(media.getAttribute('height')) || undefined,
    }),
    baseUrl,
  );
}

function entry(el: Element, feedAuthors: ReturnType<typeof people>, feedUrl?: string): ArticleInput {
  const baseUrl = xmlBase(el, feedUrl);
  const links = children(el, 'link');
  const alternate =
    links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate' && (l.getAttribute('type') ?? 'text/html').includes('html')) ??
    links.find((l) => !l.getAttribute('rel'));
  const authors = people(el, feedUrl);
  const updated = childText(el, 'updated') ?? childText(el, 'modified');
  const content = children(el, 'content').find(
    (c) => c.namespaceURI === 'http://www.w3.org/2005/Atom' || !c.namespaceURI || !c.getAttribute('url'),
  );
  return withoutEmpty({
    title: constructText(child(el, 'title')) as string,
    id: childText(el, 'id'),
    url: alternate ? linkFromFeed(alternate.getAttribute('href'), xmlBase(alternate, feedUrl)) : undefined,
    summary: constructText(child(el, 'summary')),
    ...bodyOf(constructHtml(content), xmlBase(content ?? el, feedUrl)),
    author: authors.length > 0 ? authors : feedAuthors,
    // `<updated>` is the one date Atom requires: an entry without `<published>` was published then, as far as
    // a reader can know (the article shows it once, not as an "updated" date next to nothing).
    publishedAt: childText(el, 'published') ?? childText(el, 'issued') ?? updated,
    updatedAt: updated,
    image: entryImage(el, baseUrl),
    tags: tagList(children(el, 'category').map((c) => c.getAttribute('label') ?? c.getAttribute('term'))),
    lang: xmlLang(el),
  });
}

/** An Atom feed as a list, or a lone Atom entry document as one article. */
export function fromAtom(doc: Document, context: AdapterContext = {}): AdapterResult {
  const root = doc.documentElement;
  if (root.localName === 'entry') return ok(entry(root, [], context.baseUrl));
  const feedAuthors = people(root, context.baseUrl);
  return ok(children(root, 'entry').map((e) => entry(e, feedAuthors, context.baseUrl)));
}
