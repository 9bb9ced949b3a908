/**
 * `refresh` on every element (one RefreshController): it fetches again, keeps the reader's place, waits
 * while the tab is hidden, and speaks only when asked (`announce`). The feed is stubbed at `fetch`; time
 * moves only with the fake interval clock, and each step waits for the element's own events.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import '../../src/trending-ticker/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { clearSourceCache, requestsSettled } from '../../src/sources/cache.js';
import { loadMessages } from '../../src/core/messages.js';
import { part, parts } from '../helpers.js';
import { json, stubFetch } from './network.js';

type ReaderTag = 'article-view' | 'related-list' | 'trending-ticker';

const story = (n: number) => ({ id: `s${n}`, title: `Story ${n}`, url: `https://news.example/${n}` });

/**
 * A feed whose answer the test sets (`feed.body = …`), and an element of `tag` showing it with
 * `refresh` seconds between re-fetches; resolves once the first data has rendered.
 */
async function live<E extends HTMLElement>(tag: ReaderTag, body: unknown, attributes: Record<string, string> = {}) {
  const feed = { body };
  const { calls } = stubFetch(() => json(feed.body));
  const el = document.createElement(tag) as unknown as E;
  for (const [name, value] of Object.entries({ src: 'https://news.example/feed.json', refresh: '30', ...attributes }))
    el.setAttribute(name, value);
  const loaded = oneEvent(el, 'reader-load');
  document.body.append(el);
  await loaded;
  return { el, feed, calls };
}

/** Lets `seconds` of the refresh clock pass and waits for the data it brings to render. */
async function refreshed(clock: sinon.SinonFakeTimers, el: HTMLElement, seconds = 30): Promise<void> {
  const loaded = oneEvent(el, 'reader-load');
  clock.tick(seconds * 1000);
  await loaded;
}

const realVisibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
/** Back to the real `document.visibilityState`. */
const restorePageVisibility = () => Object.defineProperty(Document.prototype, 'visibilityState', realVisibility);

/** Makes the page look hidden or shown to the element (`document.visibilityState` plus its event). */
function setPageVisibility(state: 'hidden' | 'visible'): void {
  // On the prototype: the widgets read the platform's getter (core/platform.ts), which page markup cannot shadow.
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

const currentTitle = (el: TrendingTicker) => part(el, 'current')!.querySelector('[part~="title"]')!.textContent;

describe('live refresh (refresh, announce)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clearSourceCache();
    clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
    restorePageVisibility();
    document.querySelectorAll('article-view, related-list, trending-ticker').forEach((el) => el.remove());
  });

  describe('<trending-ticker mode="rotate">', () => {
    it('keeps the shown headline when the feed adds one on top, before the reader ever moved', async () => {
      const { el, feed } = await live<TrendingTicker>('trending-ticker', [story(1), story(2)], { mode: 'rotate', refresh: '2' });
      expect(currentTitle(el)).to.equal('Story 1');
      feed.body = [story(0), story(1), story(2)];
      await refreshed(clock, el, 2);
      await el.updateComplete;
      expect(currentTitle(el)).to.equal('Story 1');
      expect(parts(el, 'item')).to.have.length(3);
    });

    it('keeps it by title when the items have neither id nor url', async () => {
      const titled = (n: number) => ({ title: `Headline ${n}` });
      const { el, feed } = await live<TrendingTicker>('trending-ticker', [titled(1), titled(2)], { mode: 'rotate', refresh: '2' });
      part(el, 'next-button')!.click();
      await el.updateComplete;
      expect(currentTitle(el)).to.equal('Headline 2');
      feed.body = [titled(0), titled(1), titled(2)];
      await refreshed(clock, el, 2);
      await el.updateComplete;
      expect(currentTitle(el)).to.equal('Headline 2');
    });
  });

  describe('<related-list>', () => {
    it('fetches again every `refresh` seconds, and the link that had focus keeps it', async () => {
      const { el, feed, calls } = await live<RelatedList>('related-list', [story(1), story(2)]);
      expect(calls).to.have.length(1);
      const link = part(el, 'link')!;
      expect(link.textContent!.trim()).to.equal('Story 1');
      link.focus();
      feed.body = [story(0), story(1), story(2)];
      await refreshed(clock, el);
      await el.updateComplete;
      expect(calls).to.have.length(2);
      expect(parts(el, 'title').map((t) => t.textContent!.trim())).to.deep.equal(['Story 0', 'Story 1', 'Story 2']);
      expect(el.shadowRoot!.activeElement, 'the focused link is the same node, still focused').to.equal(link);
      expect(link.isConnected).to.equal(true);
    });

    it('announces nothing by default: no live region', async () => {
      const { el, feed } = await live<RelatedList>('related-list', [story(1)]);
      feed.body = [story(0), story(1)];
      await refreshed(clock, el);
      await el.updateComplete;
      expect(part(el, 'announcement')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[aria-live="polite"], [role="status"]')).to.equal(null);
    });

    it('with `announce`, a polite live region (there before anything is said) says how many items are new', async () => {
      const { el, feed } = await live<RelatedList>('related-list', [story(1), story(2)], { announce: '', lang: 'en' });
      const region = part(el, 'announcement')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent!.trim(), 'the first load is not announced').to.equal('');
      feed.body = [story(0), story(-1), story(1), story(2)];
      await refreshed(clock, el);
      await el.updateComplete;
      expect(part(el, 'announcement')).to.equal(region);
      expect(region.textContent!.trim()).to.equal('2 new items');
      feed.body = [story(-2), story(0), story(-1), story(1)];
      await refreshed(clock, el);
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('1 new item');
    });

    it("does not announce the owner's own data after a refresh that brought nothing new", async () => {
      const { el, calls } = await live<RelatedList>('related-list', [story(1), story(2)], { announce: '', lang: 'en' });
      clock.tick(30_000); // an unchanged feed: no new data, no reader-load
      await requestsSettled();
      expect(calls.length, 'the refresh asked the feed again').to.equal(2);
      const loaded = oneEvent(el, 'reader-load');
      el.items = [story(0), story(1), story(2)];
      await loaded;
      await el.updateComplete;
      expect(part(el, 'announcement')!.textContent!.trim()).to.equal('');
    });

    it('says it in the UI language', async () => {
      await loadMessages('zh-CN');
      const { el, feed } = await live<RelatedList>('related-list', [story(1)], { announce: '', lang: 'zh-CN' });
      feed.body = [story(0), story(1)];
      await refreshed(clock, el);
      await el.updateComplete;
      expect(part(el, 'announcement')!.textContent!.trim()).to.equal('1 条新内容');
    });

    it('does not fetch while the tab is hidden, and catches up once when it is shown', async () => {
      const { el, feed, calls } = await live<RelatedList>('related-list', [story(1)]);
      setPageVisibility('hidden');
      clock.tick(95_000); // three refreshes fall due
      await el.updateComplete;
      expect(calls).to.have.length(1);
      feed.body = [story(0), story(1)];
      const loaded = oneEvent(el, 'reader-load');
      setPageVisibility('visible');
      await loaded;
      expect(calls).to.have.length(2);
      expect(parts(el, 'title')).to.have.length(2);
      clock.tick(30_000);
      expect(calls).to.have.length(3); // and on schedule again
    });

    it('a refresh waiting for a hidden tab is dropped when the element leaves the page', async () => {
      const { el, calls } = await live<RelatedList>('related-list', [story(1)]);
      const added = sinon.spy(EventTarget.prototype, 'addEventListener');
      const removed = sinon.spy(EventTarget.prototype, 'removeEventListener');
      const listeners = (spy: sinon.SinonSpy) =>
        spy
          .getCalls()
          .filter((call) => call.thisValue === document && call.args[0] === 'visibilitychange')
          .map((call) => call.args[1]);
      setPageVisibility('hidden');
      clock.tick(30_000);
      expect(listeners(added), 'it waits for the tab').to.have.length(1);
      el.remove();
      expect(listeners(removed), 'and stops waiting when it leaves').to.deep.equal(listeners(added));
      setPageVisibility('visible');
      clock.tick(60_000);
      expect(calls).to.have.length(1);
    });

    it('stops refreshing when `refresh` goes back to 0 or the element leaves the page', async () => {
      const { el, calls } = await live<RelatedList>('related-list', [story(1)]);
      el.refresh = 0;
      await el.updateComplete;
      clock.tick(120_000);
      expect(calls).to.have.length(1);
      el.refresh = 10;
      await el.updateComplete;
      clock.tick(10_000);
      expect(calls).to.have.length(2);
      el.remove();
      clock.tick(120_000);
      expect(calls).to.have.length(2);
    });
  });

  describe('<article-view>', () => {
    const longBody = Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i} of the live report. <a href="#p${i}">link ${i}</a></p>`).join(
      '',
    );
    const report = (extra: Record<string, unknown> = {}) => ({ title: 'Live: the storm', bodyHtml: longBody, ...extra });

    it('fetches again; an unchanged body keeps its nodes, the focus in it and the scroll position', async () => {
      const { el, feed, calls } = await live<ArticleView>('article-view', report({ views: 10 }));
      const body = part(el, 'body')!;
      const link = body.querySelectorAll('a')[40];
      link.focus();
      link.scrollIntoView();
      const scrolled = window.scrollY;
      expect(scrolled).to.be.greaterThan(0);
      feed.body = report({ views: 11 });
      await refreshed(clock, el);
      await el.updateComplete;
      expect(calls).to.have.length(2);
      expect(part(el, 'views')!.textContent).to.include('11');
      expect(body.querySelectorAll('a')[40]).to.equal(link);
      expect(el.shadowRoot!.activeElement).to.equal(link);
      expect(window.scrollY).to.equal(scrolled);
    });

    it('a corrected body is shown and the reader stays where they were', async () => {
      const { el, feed } = await live<ArticleView>('article-view', report());
      const paragraph = () => part(el, 'body')!.querySelectorAll('p')[40];
      paragraph().scrollIntoView();
      const top = paragraph().getBoundingClientRect().top;
      feed.body = report({ bodyHtml: longBody + '<p>Update: the storm has passed.</p>' });
      await refreshed(clock, el);
      await el.updateComplete;
      expect(part(el, 'body')!.textContent).to.include('the storm has passed');
      // The paragraph the reader was at is where it was on screen (within a pixel: engines round scroll positions).
      expect(paragraph().textContent).to.include('Paragraph 40');
      expect(paragraph().getBoundingClientRect().top).to.be.closeTo(top, 1);
    });

    it('with `announce`, says "Updated" when the article changed, and nothing when it did not', async () => {
      const { el, feed } = await live<ArticleView>('article-view', report(), { announce: '', lang: 'en' });
      const region = part(el, 'announcement')!;
      feed.body = report();
      // The same article again: the cache keeps its response, so nothing new loads (no reader-load).
      clock.tick(30_000);
      await requestsSettled();
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('');
      feed.body = report({ title: 'Live: the storm moves north' });
      await refreshed(clock, el);
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('Updated');
    });
  });
});
