/**
 * The `reader-widgets/react` components in a React app, run once per React version (react18.test.tsx,
 * react19-components.test.tsx): each test file hands in its own React, so the same assertions prove both.
 * Written with `createElement` rather than JSX, so this module imports no React of its own.
 */
import { expect } from '@open-wc/testing';
import type * as ReactNS from 'react';
import type { Root } from 'react-dom/client';
import type * as Components from '../../src/react.js';
import type { ArticleView, RelatedList, TrendingTicker } from '../../src/classes.js';
import type { ArticleInput, ReaderErrorDetail, ReaderSelectDetail } from '../../src/public-api.js';
import { loadSeed, part, parts } from '../helpers.js';

export interface ReactUnderTest {
  React: typeof ReactNS;
  createRoot: (host: Element) => Root;
  components: typeof Components;
}

const NOW = new Date(2025, 11, 5, 21, 32, 6);
const RELATED: ArticleInput[] = [
  { id: 'r1', title: 'Related one', url: '/news/r1' },
  { id: 'r2', title: 'Related two', url: '/news/r2', summary: 'The second related story.' },
  { id: 'r3', title: 'Related three', url: '/news/r3' },
];

/** Resolves on the next `reader-load` from `target` (listening before the change that causes it). */
const nextLoad = (target: EventTarget) => new Promise<Event>((resolve) => target.addEventListener('reader-load', resolve, { once: true }));
/** Resolves on the first `reader-load` from an element named `tag` anywhere in the document. */
const loadOf = (tag: string) =>
  new Promise<void>((resolve) => {
    const listener = (event: Event) => {
      if ((event.target as Element).localName !== tag) return;
      document.removeEventListener('reader-load', listener);
      resolve();
    };
    document.addEventListener('reader-load', listener);
  });

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

export function describeReactComponents({ React, createRoot, components }: ReactUnderTest) {
  const { ArticleView: ArticleViewC, RelatedList: RelatedListC, TrendingTicker: TrendingTickerC } = components;
  const h = React.createElement;
  const { act } = React;

  describe(`reader-widgets/react in React ${React.version}`, () => {
    let host: HTMLElement;
    let root: Root;
    before(() => {
      globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    });
    beforeEach(() => {
      host = document.createElement('div');
      document.body.append(host);
      root = createRoot(host);
    });
    afterEach(async () => {
      await act(async () => root.unmount());
      host.remove();
    });

    it('renders all three elements from objects (properties, not attribute strings) and routes on onReaderSelect', async () => {
      const seed = await loadSeed();
      const selections: ReaderSelectDetail[] = [];
      const loads: string[] = [];
      function Portal() {
        const [article, setArticle] = React.useState<ArticleInput>(seed.article);
        const [related, setRelated] = React.useState<ArticleInput[]>(RELATED);
        const select = (event: CustomEvent<ReaderSelectDetail>) => {
          event.preventDefault(); // the SPA routes itself
          selections.push(event.detail);
          setArticle({ title: event.detail.item.title, summary: `Opened from ${(event.target as Element).localName}` });
          setRelated((items) => items.filter((item) => item.url !== event.detail.url));
        };
        return h(
          'div',
          null,
          h(ArticleViewC, {
            article,
            now: NOW,
            theme: 'dark',
            headingLevel: 1,
            onReaderLoad: (event) => loads.push(`article:${(event.detail.data as { title: string }).title}`),
          }),
          h(RelatedListC, { items: related, heading: 'Read next', onReaderSelect: select, onReaderLoad: () => loads.push('related') }),
          h(TrendingTickerC, { items: seed.trending, mode: 'static', ranks: true, onReaderSelect: select }),
        );
      }
      const firstLoad = loadOf('article-view');
      await act(async () => root.render(h(Portal)));
      await firstLoad;
      const article = host.querySelector<ArticleView>('article-view')!;
      const related = host.querySelector<RelatedList>('related-list')!;
      const ticker = host.querySelector<TrendingTicker>('trending-ticker')!;
      await Promise.all([article, related, ticker].map((el) => el.updateComplete));

      // Objects arrive as the very objects React was given; nothing was stringified into an attribute.
      expect(article.hasAttribute('article')).to.equal(false);
      expect(article.article).to.equal(seed.article);
      expect(related.items).to.equal(RELATED);
      expect(ticker.items).to.equal(seed.trending);
      for (const el of [article, related, ticker]) expect(part(el, 'error'), el.localName).to.equal(null);
      expect(part(article, 'title')!.localName).to.equal('h1');
      expect(part(article, 'title')!.textContent).to.equal(seed.article.title);
      expect(article.getAttribute('theme')).to.equal('dark');
      expect(parts(related, 'title').map((t) => t.textContent)).to.deep.equal(['Related one', 'Related two', 'Related three']);
      expect(parts(ticker, 'item')).to.have.length(9);
      expect(loads).to.include(`article:${seed.article.title}`);

      const before = location.href;
      const reload = nextLoad(article);
      await act(async () => parts(related, 'link')[1].click());
      await reload;
      expect(location.href).to.equal(before);
      expect(selections[0]).to.include({ url: '/news/r2', index: 1 });
      expect(part(article, 'title')!.textContent).to.equal('Related two');
      expect(part(article, 'summary')!.textContent).to.equal('Opened from related-list');
      await related.updateComplete;
      expect(parts(related, 'title').map((t) => t.textContent)).to.deep.equal(['Related one', 'Related three']);

      const fromTicker = nextLoad(article);
      await act(async () => parts(ticker, 'link')[2].click());
      await fromTicker;
      expect(selections[1].index).to.equal(2);
      expect(selections[1].item.title).to.equal(seed.trending[2].title);
      expect(part(article, 'summary')!.textContent).to.equal('Opened from trending-ticker');
    });

    it('hands bad data to the element, which shows its error state and reports onReaderError', async () => {
      const errors: ReaderErrorDetail[] = [];
      await act(async () =>
        root.render(
          // @ts-expect-error: bad data on purpose (the types reject it; the element must survive it anyway)
          h(ArticleViewC, { article: { summary: 'no title' }, onReaderError: (event) => errors.push(event.detail) }),
        ),
      );
      const el = host.querySelector<ArticleView>('article-view')!;
      await el.updateComplete;
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent).to.contain('title');
      expect(errors).to.have.length(1);
    });
  });
}
