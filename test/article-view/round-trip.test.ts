/**
 * The SPA round trip (issue 17): an app routes on `reader-select` and gives `event.detail.item` to
 * `<article-view>` as `article`. The article shown must be the one the list had: title, author, date, image.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { ReaderSelectEvent } from '../../src/base/events.js';
import { part, parts } from '../helpers.js';

const NOW = new Date('2025-12-10T00:00:00Z');
const ITEMS = [
  {
    title: '地铁 5 号线延长段今日开通',
    url: '/news/metro-5',
    author: [{ name: '李明', url: '/people/li-ming', avatar: '/people/li-ming.jpg' }, '王芳'],
    publishedAt: '2025-12-02 21:32:06',
    image: { src: '/img/metro.jpg', alt: '新站台', width: 1200, height: 800, srcset: '/img/metro-600.jpg 600w, /img/metro.jpg 1200w' },
    summary: '新站点今日开通。',
    tags: ['交通'],
    lang: 'zh-CN',
  },
];

/** What a reader sees of an article: title, authors, date, image. */
function shown(el: ArticleView) {
  const img = part(el, 'image')?.querySelector('img');
  return {
    title: part(el, 'title')?.textContent?.trim(),
    authors: parts(el, 'author').map((a) => [a.textContent?.trim(), a.getAttribute('href')]),
    avatars: parts(el, 'avatar').map((a) => a.getAttribute('src')),
    date: part(el, 'date')?.getAttribute('datetime'),
    dateText: part(el, 'date')?.textContent?.trim(),
    image: img && [img.getAttribute('src'), img.getAttribute('alt'), img.getAttribute('srcset')],
  };
}

describe('<article-view>: the SPA round trip', () => {
  it("shows `reader-select`'s `detail.item` exactly as it shows the original data", async () => {
    const list = await fixture<RelatedList>(html`<related-list .items=${ITEMS} .now=${NOW}></related-list>`);
    await list.updateComplete;
    let item: ReaderSelectEvent['detail']['item'] | undefined;
    // The app routes instead of navigating: it cancels the event in its listener, as the docs show.
    list.addEventListener('reader-select', (event) => {
      event.preventDefault();
      item = event.detail.item;
    });
    (part(list, 'title') as HTMLAnchorElement).click();
    expect(item, 'reader-select fired').to.exist;

    const fromEvent = await fixture<ArticleView>(html`<article-view .article=${item} .now=${NOW} date-style="absolute"></article-view>`);
    const fromData = await fixture<ArticleView>(html`<article-view .article=${ITEMS[0]} .now=${NOW} date-style="absolute"></article-view>`);
    await Promise.all([fromEvent.updateComplete, fromData.updateComplete]);
    expect(part(fromEvent, 'error'), 'no error').to.equal(null);
    const expected = shown(fromData);
    expect(expected.authors).to.have.length(2);
    expect(expected.image?.[0]).to.equal('/img/metro.jpg');
    expect(shown(fromEvent)).to.deep.equal(expected);
  });

  it("accepts `reader-load`'s normalized data back as input", async () => {
    const first = await fixture<ArticleView>(html`<article-view .now=${NOW}></article-view>`);
    const loaded = oneEvent(first, 'reader-load');
    first.article = ITEMS[0];
    const { detail } = await loaded;
    const again = await fixture<ArticleView>(html`<article-view .article=${detail.data} .now=${NOW}></article-view>`);
    await again.updateComplete;
    expect(shown(again)).to.deep.equal(shown(first));
  });
});
