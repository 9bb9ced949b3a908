/**
 * A React 19 app (real `react` and `react-dom` from npm) using the elements the way the docs tell React
 * users to: objects passed straight as props (React 19 sets them as properties on custom elements),
 * `onreader-*` props for the events, the JSX types generated from custom-elements.json.
 */
import { expect } from '@open-wc/testing';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type {} from '../../types/react.js';
import '../../src/index.js';
import type { ArticleView, RelatedList, TrendingTicker } from '../../src/classes.js';
import type { ArticleInput, ReaderLoadDetail, ReaderSelectDetail } from '../../src/public-api.js';
import { loadSeed, part, parts, type SeedPortal } from '../helpers.js';

declare global {
  // Tells React its updates run inside act() in this test environment.
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const NOW = new Date(2025, 11, 5, 21, 32, 6);
const SECOND = {
  title: 'A second story, swapped in by React state',
  author: 'Desk',
  publishedAt: '2025-12-05 09:00:00',
  bodyHtml: '<p>Short.</p><script>window.__pwned = true</script>',
  tags: ['react'],
};

interface Log {
  loads: Array<ReaderLoadDetail>;
}

function ArticlePage({ seed, log }: { seed: SeedPortal; log: Log }) {
  const [article, setArticle] = useState<ArticleInput>(seed.article);
  return (
    <main>
      <button type="button" onClick={() => setArticle(SECOND)}>
        Next story
      </button>
      <article-view
        id="story"
        article={article}
        now={NOW}
        theme="dark"
        heading-level={1}
        onreader-load={(event) => log.loads.push(event.detail)}
      />
    </main>
  );
}

const RELATED: ArticleInput[] = [
  { id: 'r1', title: 'Related one', url: '/news/r1', publishedAt: '2025-12-04 10:00:00' },
  { id: 'r2', title: 'Related two', url: '/news/r2', summary: 'The second related story.' },
  { id: 'r3', title: 'Related three', url: '/news/r3' },
];

/** A portal page as an SPA writes it: the article, related links and the ticker; selecting routes in-app. */
function Portal({ seed, selections, loads }: { seed: SeedPortal; selections: ReaderSelectDetail[]; loads: string[] }) {
  const [article, setArticle] = useState<ArticleInput>(seed.article);
  const [related, setRelated] = useState<ArticleInput[]>(RELATED);
  const select = (event: CustomEvent<ReaderSelectDetail>) => {
    event.preventDefault(); // the SPA routes itself
    selections.push(event.detail);
    setArticle({ title: event.detail.item.title, summary: `Opened from ${(event.target as Element).localName}` });
    setRelated((items) => items.filter((item) => item.url !== event.detail.url));
  };
  return (
    <div className="page">
      <article-view
        article={article}
        now={NOW}
        onreader-load={(event) => loads.push(`article:${(event.detail.data as { title: string }).title}`)}
      />
      <related-list
        items={related}
        heading="Read next"
        onreader-select={select}
        onreader-load={() => loads.push(`related:${related.length}`)}
      />
      <related-list class="empty" items={seed.related as ArticleInput[]} empty="Nothing related yet" />
      <trending-ticker items={seed.trending} mode="static" ranks onreader-select={select} onreader-load={() => loads.push('trending')} />
    </div>
  );
}

/** Resolves on the next `reader-load` from `target` (listening before the change that causes it). */
function nextLoad(target: EventTarget) {
  return new Promise<Event>((resolve) => target.addEventListener('reader-load', resolve, { once: true }));
}

describe('React 19 app', () => {
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

  it('passes the article object as a property, hears reader-load, and re-renders when state changes', async () => {
    const seed = await loadSeed();
    const log: Log = { loads: [] };
    const firstLoad = nextLoad(host);
    await act(async () => root.render(<ArticlePage seed={seed} log={log} />));
    await firstLoad;

    const el = host.querySelector<ArticleView>('#story')!;
    // A property, not a stringified attribute: the very object React was given.
    expect(el.hasAttribute('article')).to.equal(false);
    expect(el.article).to.equal(seed.article);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(part(el, 'title')!.localName).to.equal('h1');
    expect(part(el, 'title')!.textContent).to.equal(seed.article.title);
    expect(part(el, 'body')!.querySelectorAll('p')).to.have.length(10);
    expect(part(el, 'date')!.textContent).to.equal('3天前');
    expect(log.loads).to.have.length(1);
    expect((log.loads[0].data as { title: string }).title).to.equal(seed.article.title);

    const secondLoad = nextLoad(host);
    await act(async () => host.querySelector('button')!.click());
    await secondLoad;
    expect(el.article).to.equal(SECOND);
    expect(part(el, 'title')!.textContent).to.equal(SECOND.title);
    expect(part(el, 'body')!.querySelector('script')).to.equal(null);
    expect(part(el, 'body')!.textContent!.trim()).to.equal('Short.');
    expect(part(el, 'tag')!.textContent).to.equal('react');
    expect(log.loads.map((detail) => (detail.data as { title: string }).title)).to.deep.equal([seed.article.title, SECOND.title]);
  });

  it('renders all three elements from objects and routes reader-select in the app instead of navigating', async () => {
    const seed = await loadSeed();
    const selections: ReaderSelectDetail[] = [];
    const loads: string[] = [];
    await act(async () => root.render(<Portal seed={seed} selections={selections} loads={loads} />));
    const article = host.querySelector<ArticleView>('article-view')!;
    const related = host.querySelector<RelatedList>('related-list:not(.empty)')!;
    const empty = host.querySelector<RelatedList>('related-list.empty')!;
    const ticker = host.querySelector<TrendingTicker>('trending-ticker')!;
    await Promise.all([article, related, empty, ticker].map((el) => el.updateComplete));
    await article.updateComplete;

    for (const el of [related, empty, ticker]) expect(el.hasAttribute('items')).to.equal(false);
    expect(related.items).to.equal(RELATED);
    expect(parts(related, 'title').map((t) => t.textContent)).to.deep.equal(['Related one', 'Related two', 'Related three']);
    expect(parts(related, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['/news/r1', '/news/r2', '/news/r3']);
    expect(part(empty, 'empty')!.textContent!.trim()).to.equal('Nothing related yet');
    expect(parts(ticker, 'item')).to.have.length(9);
    // The feed's own "..." cut becomes a proper ellipsis.
    expect(part(ticker, 'title')!.textContent).to.equal(seed.trending[0].title.replace(/\.\.\.$/, '…'));
    expect(loads).to.include.members([`article:${seed.article.title}`, 'related:3', 'trending']);

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
    expect(selections[1]).to.include({ index: 2, url: undefined });
    expect(selections[1].item.title).to.equal(seed.trending[2].title);
    expect(part(article, 'summary')!.textContent).to.equal('Opened from trending-ticker');
  });

  it('shows the error state for bad data from React without throwing into the app', async () => {
    const errors: string[] = [];
    await act(async () =>
      // @ts-expect-error: bad data on purpose (the types reject it; the element must survive it anyway)
      root.render(<article-view article={{ summary: 'no title' }} onreader-error={(event) => errors.push(event.detail.message)} />),
    );
    const el = host.querySelector('article-view')!;
    await el.updateComplete;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent).to.contain('title');
    expect(errors).to.have.length(1);
  });
});
