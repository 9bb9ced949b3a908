/**
 * The traps of hydrating a server render (issue 16): the server's language, clock, time zone and motion
 * are not the reader's. The first update reproduces the server's render (zero mutations: Lit adopts the
 * nodes without comparing them, so any difference would stay on screen unnoticed), and the update right
 * after switches to the reader's.
 */
// First: Lit's hydration support must be installed before LitElement is first evaluated.
import '../../src/hydrate.js';
import { expect } from '@open-wc/testing';
import type { ArticleView, RelatedList, TrendingTicker } from '../../src/index.js';
import { describeMutations, hydrateFromServer } from './server-page.js';
import { part, parts } from '../helpers.js';

const PUBLISHED = '2025-12-01T08:00:00Z';
const items = Array.from({ length: 5 }, (_, i) => ({
  id: `n${i + 1}`,
  title: `Headline ${i + 1}`,
  url: `https://news.example/${i + 1}`,
  publishedAt: PUBLISHED,
}));

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

function pageLang(lang: string): void {
  const before = document.documentElement.getAttribute('lang');
  document.documentElement.lang = lang;
  cleanups.push(() =>
    before === null ? document.documentElement.removeAttribute('lang') : document.documentElement.setAttribute('lang', before),
  );
}

/** An element rendered in the browser only, for what the reader should see in the end. */
async function clientRendered<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  props: Record<string, unknown>,
): Promise<E> {
  const el = Object.assign(document.createElement(tag), props) as E;
  document.body.append(el);
  cleanups.push(() => el.remove());
  await el.updateComplete;
  return el;
}

describe('hydrate: the server language', () => {
  it("the server language's words are loaded before the first update (zero mutations, no placeholder)", async () => {
    pageLang('zh-CN');
    const { el, hydrationMutations } = await hydrated<RelatedList>({ tag: 'related-list', data: items, lang: 'zh-CN' });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    expect(part(el, 'placeholder')).to.equal(null);
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('相关文章');
  });

  it('rendered in another language than the page: hydrated in it, then in the page language', async () => {
    pageLang('en');
    const { el, hydrationMutations, hydratedText } = await hydrated<TrendingTicker>({
      tag: 'trending-ticker',
      data: items,
      lang: 'de',
      attributes: { mode: 'static' },
    });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    expect(hydratedText).to.contain('Im Trend');
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Trending');
  });

  it("the host's own lang attribute: written in it on the server (over the page's `lang` option), hydrated without a change", async () => {
    pageLang('de');
    const { el, hydrationMutations, hydratedText } = await hydrated<RelatedList>({
      tag: 'related-list',
      data: items,
      lang: 'de',
      attributes: { lang: 'fr' },
      via: 'ssr',
    });
    expect(/À lire aussi/.test(hydratedText), 'the server wrote the heading in French').to.equal(true);
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('À lire aussi');
    expect(part(el, 'placeholder')).to.equal(null);
  });

  it('a right-to-left page around a server render in English: hydrated left to right, then the page direction', async () => {
    const before = document.documentElement.getAttribute('dir');
    document.documentElement.dir = 'rtl';
    cleanups.push(() =>
      before === null ? document.documentElement.removeAttribute('dir') : document.documentElement.setAttribute('dir', before),
    );
    pageLang('en');
    const { el, hydrationMutations } = await hydrated<RelatedList>({ tag: 'related-list', data: items, lang: 'en' });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    await el.updateComplete;
    expect(part(el, 'base')!.dir).to.equal('rtl');
  });
});

describe("hydrate: the server's clock and time zone", () => {
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const serverZone = readerZone === 'Pacific/Kiritimati' ? 'America/Anchorage' : 'Pacific/Kiritimati';

  it(`absolute dates written in the server's zone (${serverZone}) are hydrated as they are, then written in the reader's`, async () => {
    const article = { title: 'Harbour reopens', publishedAt: PUBLISHED };
    const { el, hydrationMutations, hydratedText } = await hydrated<ArticleView>({
      tag: 'article-view',
      data: article,
      attributes: { 'date-style': 'absolute' },
      timeZone: serverZone,
    });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    const date = new Date(PUBLISHED);
    const inZone = (timeZone?: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
    expect(hydratedText).to.contain(inZone(serverZone));
    await el.updateComplete;
    expect(part(el, 'date')!.textContent).to.equal(inZone(undefined));
    const client = await clientRendered<ArticleView>('article-view', { article, dateStyle: 'absolute' });
    expect(part(el, 'date')!.title).to.equal(part(client, 'date')!.title);
  });

  it("relative dates written against the server's clock are hydrated as they are, then against the reader's", async () => {
    const serverNow = new Date(Date.parse(PUBLISHED) + 2 * 3600 * 1000).toISOString();
    const { el, hydrationMutations, hydratedText } = await hydrated<RelatedList>({
      tag: 'related-list',
      data: items,
      attributes: { 'date-style': 'relative' },
      now: serverNow,
    });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    expect(hydratedText).to.contain('2 hours ago');
    await el.updateComplete;
    const client = await clientRendered<RelatedList>('related-list', { items, dateStyle: 'relative' });
    expect(part(el, 'date')!.textContent).to.equal(part(client, 'date')!.textContent);
    expect(part(el, 'date')!.textContent).not.to.equal('2 hours ago');
  });
});

describe('hydrate: a reader who prefers reduced motion', () => {
  function preferReducedMotion(): void {
    const original = window.matchMedia;
    window.matchMedia = (query: string) => {
      const list = original.call(window, query);
      if (!query.includes('prefers-reduced-motion')) return list;
      return { matches: true, media: query, onchange: null, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList;
    };
    cleanups.push(() => (window.matchMedia = original));
  }

  it('the server marquee is hydrated as it is, then becomes the ranked list without motion', async () => {
    preferReducedMotion();
    const { el, hydrationMutations, hydratedText } = await hydrated<TrendingTicker>({ tag: 'trending-ticker', data: items });
    expect(describeMutations(hydrationMutations)).to.deep.equal([]);
    expect(hydratedText).to.contain('Headline 1');
    await el.updateComplete;
    expect(part(el, 'track')).to.equal(null);
    expect(part(el, 'pause-button')).to.equal(null);
    expect(parts(el, 'item')).to.have.length(5);
    expect(el.shadowRoot!.getAnimations?.() ?? []).to.deep.equal([]);
  });
});
