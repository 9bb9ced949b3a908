/**
 * A server-rendered page that loads the plain elements (`reader-widgets`, `dist/cdn/reader-widgets.js`)
 * instead of `reader-widgets/hydrate`: Lit cannot hydrate, so each element empties the server's shadow
 * root and renders anew from the server's data. Its content is never shown twice, nothing is fetched,
 * and an article keeps the server's body.
 */
import '../../src/index.js';
import { expect } from '@open-wc/testing';
import type { ArticleView, RelatedList, TrendingTicker } from '../../src/index.js';
import { hydrateFromServer, serverMarkup } from './server-page.js';
import { part, parts } from '../helpers.js';

const items = Array.from({ length: 5 }, (_, i) => ({ id: `n${i + 1}`, title: `Headline ${i + 1}`, url: `https://news.example/${i + 1}` }));

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('without hydration support: a server render is rendered anew, once', () => {
  it('<related-list>: one list of five items, no server markers left, then it works', async () => {
    const { el, container, observer } = await hydrateFromServer<RelatedList>({ tag: 'related-list', data: items });
    cleanups.push(() => (observer.disconnect(), container.remove()));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(1);
    expect(parts(el, 'item')).to.have.length(5);
    expect(el.shadowRoot!.querySelectorAll('style').length + el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    el.items = items.slice(0, 2);
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(2);
  });

  it('<trending-ticker> and <article-view>: their content once', async () => {
    for (const [tag, data] of [
      ['trending-ticker', items],
      ['article-view', { title: 'Harbour reopens', tags: ['harbour'] }],
    ] as const) {
      const { el, container, observer } = await hydrateFromServer<TrendingTicker | ArticleView>({ tag, data });
      cleanups.push(() => (observer.disconnect(), container.remove()));
      await el.updateComplete;
      const root = el.shadowRoot!;
      const titles = parts(el, 'title').length;
      expect(titles, tag).to.equal(tag === 'article-view' ? 1 : 5 * root.querySelectorAll('ol').length);
      expect(root.querySelectorAll(tag === 'article-view' ? 'article' : 'section'), tag).to.have.length(1);
    }
  });

  it("<article-view> with a body: rendered anew around the server's body (kept, once)", async () => {
    const bodyHtml = '<p>First paragraph.</p><p>Second paragraph.</p>';
    const { el, container, observer } = await hydrateFromServer<ArticleView>({
      tag: 'article-view',
      data: { title: 'Harbour reopens', bodyHtml },
      via: 'ssr',
    });
    cleanups.push(() => (observer.disconnect(), container.remove()));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(parts(el, 'body')).to.have.length(1);
    expect(part(el, 'body')!.querySelectorAll('p')).to.have.length(2);
    expect(part(el, 'body')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('server markup inserted without its shadow root parsed (innerHTML): the data is still used', async () => {
    const container = document.createElement('div');
    container.innerHTML = await serverMarkup({ tag: 'related-list', data: items });
    document.body.append(container);
    cleanups.push(() => container.remove());
    const el = container.querySelector<RelatedList>('related-list')!;
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(5);
    expect(part(el, 'placeholder')).to.equal(null);
  });
});
