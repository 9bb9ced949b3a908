/**
 * Hydration (issue 16): an element rendered on a server (declarative shadow DOM plus the
 * `data-reader-hydrate` JSON, SSR-FORMAT.md) and loaded with `reader-widgets/hydrate` adopts the server's
 * DOM without changing it, fetches and parses nothing, and then works as if rendered in the browser.
 */
// First: Lit's hydration support must be installed before LitElement is first evaluated.
import '../../src/hydrate.js';
import { expect } from '@open-wc/testing';
import type { ArticleView, RelatedList, TrendingTicker } from '../../src/index.js';
import type { ReaderSelectEvent } from '../../src/base/events.js';
import { describeMutations, hydrateFromServer, parseServerHtml, serverMarkup } from './server-page.js';
import { part, parts } from '../helpers.js';
import { sanitizerIfLoaded } from '../../src/core/sanitizer-loader.js';

const PUBLISHED = '2025-12-01T08:00:00Z';
const article = {
  title: 'Harbour reopens after the storm',
  summary: 'Ferries run again from Monday.',
  author: [{ name: 'Ann Lee', url: 'https://news.example/ann' }, 'Bo Chen'],
  source: { name: 'Harbour Times', url: 'https://news.example' },
  publishedAt: PUBLISHED,
  views: 1234,
  tags: ['harbour', 'weather'],
  image: { src: '/test/fixtures/lead.svg', alt: 'The harbour', width: 1200, height: 675 },
};
const items = Array.from({ length: 5 }, (_, i) => ({
  id: `n${i + 1}`,
  title: `Headline ${i + 1}`,
  summary: `What happened ${i + 1}.`,
  url: `https://news.example/${i + 1}`,
  publishedAt: PUBLISHED,
}));

/** Loaded resources whose URL matches `pattern` (module requests included). */
const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function hydrated<E extends HTMLElement>(request: Parameters<typeof hydrateFromServer>[0]) {
  const result = await hydrateFromServer<E>(request);
  cleanups.push(() => {
    result.observer.disconnect();
    result.container.remove();
  });
  return result;
}

describe('hydrate: a server-rendered element adopts its DOM', () => {
  it('<article-view>: zero mutations, the data from the JSON (no feed reader, no fetch), its content once', async () => {
    const fetches: string[] = [];
    const fetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (fetches.push(String(input)), fetch(input, init));
    cleanups.push(() => (window.fetch = fetch));
    const { el, hydrationMutations } = await hydrated<ArticleView>({
      tag: 'article-view',
      data: article,
      attributes: { 'heading-level': 1 },
    });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h1');
    expect(parts(el, 'title')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(part(el, 'title')!.textContent).to.equal(article.title);
    expect(el.article).to.deep.include({ title: article.title });
    expect(fetches).to.deep.equal([]);
    expect(requested(/\/sources\/feed-reader\.ts|\/sources\/formats\//)).to.deep.equal([]);
  });

  it("<article-view> with a body: the server's sanitized body adopted as it is (zero mutations, not sanitized again, once)", async () => {
    const bodyHtml =
      '<p>First paragraph of the <a href="https://news.example/more">story</a>.</p><p>Second paragraph.</p><script>window.__ran = true</script>';
    const { el, hydrationMutations } = await hydrated<ArticleView>({ tag: 'article-view', data: { ...article, bodyHtml }, via: 'ssr' });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    await el.updateComplete;
    const body = part(el, 'body')!;
    expect(body.querySelectorAll('p')).to.have.length(2);
    expect(body.textContent).to.contain('Second paragraph.');
    expect(body.querySelector('script')).to.equal(null);
    expect(body.getAttribute('aria-busy')).to.equal('false');
    expect(parts(el, 'reading-time')).to.have.length(1);
    // Nothing sanitized in the browser: the sanitizer was not even loaded.
    expect(sanitizerIfLoaded()).to.equal(undefined);
    expect(requested(/\/core\/sanitize\.ts|dompurify/)).to.deep.equal([]);
    // A new article with a body of its own replaces the server's.
    const loaded = new Promise((resolve) => el.addEventListener('reader-load', resolve, { once: true }));
    el.article = { title: 'Next', bodyHtml: '<p>Client body.</p>' };
    await loaded;
    expect(part(el, 'body')!.textContent).to.equal('Client body.');
  });

  it('<article-view>: later changes render as in the browser', async () => {
    const { el } = await hydrated<ArticleView>({ tag: 'article-view', data: article });
    await el.updateComplete;
    el.article = { title: 'Night trains return', tags: ['rail'] };
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Night trains return');
    expect(parts(el, 'tag').map((tag) => tag.textContent)).to.deep.equal(['rail']);
    el.hide = 'tags';
    await el.updateComplete;
    expect(part(el, 'tags')).to.equal(null);
  });

  for (const layout of ['list', 'compact', 'cards']) {
    it(`<related-list layout=${layout}>: zero mutations, then reader-select and new items work`, async () => {
      const { el, hydrationMutations } = await hydrated<RelatedList>({ tag: 'related-list', data: items, attributes: { layout } });
      expect(describeMutations(hydrationMutations)).to.deep.equal([]);
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(5);
      const selected: ReaderSelectEvent['detail'][] = [];
      el.addEventListener('reader-select', (event) => {
        selected.push((event as ReaderSelectEvent).detail);
        event.preventDefault();
      });
      parts(el, 'link')[1].click();
      expect(selected.map((detail) => detail.url)).to.deep.equal([items[1].url]);
      el.items = [{ id: 'x', title: 'Only one', url: 'https://news.example/x' }, ...items.slice(0, 1)];
      await el.updateComplete;
      expect(parts(el, 'title').map((title) => title.textContent!.trim())).to.deep.equal(['Only one', 'Headline 1']);
    });
  }

  it("hydration waits for the page's next paint: the server's content is painted before any element's first update (LCP)", async () => {
    // As on a page whose hydrate module is ready when the parser is done (a warm cache): the elements
    // connect already defined. Hydrating at once would run every element's first update before the
    // browser paints the server's content, pushing Largest Contentful Paint back by all of it.
    const markup = await Promise.all([
      serverMarkup({ tag: 'trending-ticker', data: items, attributes: { mode: 'static' } }),
      serverMarkup({ tag: 'article-view', data: article }),
      serverMarkup({ tag: 'related-list', data: items }),
    ]);
    const container = parseServerHtml(markup.join(''));
    const elements = [
      ...container.querySelectorAll<ArticleView | RelatedList | TrendingTicker>('trending-ticker, article-view, related-list'),
    ];
    let painted = false;
    const firstUpdates: string[] = [];
    const loaded = elements.map(
      (el) =>
        new Promise<void>((resolve) =>
          el.addEventListener(
            'reader-load',
            () => {
              firstUpdates.push(`${el.localName} ${painted ? 'after' : 'before'} the next paint`);
              resolve();
            },
            { once: true },
          ),
        ),
    );
    cleanups.push(() => container.remove());
    // A frame's animation callbacks run before it is painted; a task queued from one runs after.
    requestAnimationFrame(() => setTimeout(() => (painted = true), 0));
    document.body.append(container);
    await Promise.all(loaded);
    expect(firstUpdates.sort()).to.deep.equal([
      'article-view after the next paint',
      'related-list after the next paint',
      'trending-ticker after the next paint',
    ]);
  });

  it("<related-list> rendered in English on a Korean page: keeps its size (and the text after it its place) while the page's words load", async () => {
    // The page's language is lazy (its words not loaded yet): the reader's update after hydrating must
    // not put the loading placeholder (another height) in place of the server's list meanwhile.
    const request = { tag: 'related-list' as const, data: items, lang: 'en' };
    const container = parseServerHtml(await serverMarkup(request));
    container.lang = 'ko';
    const el = container.querySelector<RelatedList>('related-list')!;
    const after = document.createElement('p');
    after.textContent = 'Text after the list.';
    container.append(after);
    const sizes: string[] = [];
    const record = () => sizes.push(`${el.offsetHeight} ${after.offsetTop - el.offsetTop}`);
    const placeholders: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes) if ((node as Element).getAttribute?.('part') === 'placeholder') placeholders.push('added');
      record();
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    cleanups.push(() => (observer.disconnect(), container.remove()));
    document.body.append(container);
    record();
    // updateComplete settles once the page's words are in (test/hydrate/update-complete.test.ts).
    await el.updateComplete;
    record();
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('관련 기사');
    expect(placeholders).to.deep.equal([]);
    expect(new Set(sizes).size, sizes.join(', ')).to.equal(1);
  });

  it('<trending-ticker mode=scroll>: zero mutations, then the marquee moves and the pause button works', async () => {
    const { el, hydrationMutations } = await hydrated<TrendingTicker>({ tag: 'trending-ticker', data: items });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    await el.updateComplete;
    const track = part(el, 'track')!;
    await waitFor(() => track.getAnimations().length > 0, 'the marquee animates');
    part(el, 'pause-button')!.click();
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(track.getAnimations()[0].playState).to.equal('paused');
  });

  it('<trending-ticker mode=rotate>: zero mutations, then next and previous move the current headline', async () => {
    const { el, hydrationMutations } = await hydrated<TrendingTicker>({
      tag: 'trending-ticker',
      data: items,
      attributes: { mode: 'rotate' },
    });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    await el.updateComplete;
    const current = () => part(el, 'current')?.textContent?.trim();
    expect(current()).to.contain('Headline 1');
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(current()).to.contain('Headline 2');
  });

  it('a data-reader-hydrate script is never read as inline data through the feed reader', async () => {
    // Not a server render's JSON (an array, say): the element cannot hydrate from it, and it is not inline data either.
    const el = document.createElement('related-list') as RelatedList;
    el.innerHTML = '<script type="application/json" data-reader-hydrate>[{"title": "Inline headline"}]</script>';
    document.body.append(el);
    cleanups.push(() => el.remove());
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(0);
    expect(requested(/\/sources\/feed-reader\.ts/)).to.deep.equal([]);
  });

  it('src set later loads as in the browser', async () => {
    const { el } = await hydrated<RelatedList>({ tag: 'related-list', data: items });
    await el.updateComplete;
    const loaded = new Promise((resolve) => el.addEventListener('reader-load', resolve, { once: true }));
    el.src = new URL('../fixtures/formats/reader.json', import.meta.url).href;
    await loaded;
    await el.updateComplete;
    expect(parts(el, 'item').length).to.be.greaterThan(0);
    expect(parts(el, 'title')[0].textContent).not.to.equal('Headline 1');
  });
});

async function waitFor(predicate: () => boolean, message: string, frames = 120): Promise<void> {
  for (let frame = 0; !predicate(); frame++) {
    if (frame >= frames) throw new Error(`Still not so after ${frames} frames: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
