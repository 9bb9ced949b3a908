// Pieces of the widgets that load only when a page needs them (issue 15: the all-in-one's first download).
// Each must change nothing a reader sees: no flash of a half-done widget, and `await el.updateComplete`
// still means the final text. Every test here is the first use of its piece in this page (tests run in
// order, one page per file), so it sees the piece load.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import '../../src/trending-ticker/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { part, untilRendered } from '../helpers.js';

/** Whether the page has requested a module whose URL contains `name`. */
const requested = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));
const headlines = [
  { id: 'a', title: 'Harbour bridge reopens', url: '/a' },
  { id: 'b', title: 'Library extends weekend hours', url: '/b' },
];

describe('lazy pieces', () => {
  it('the full date parser: a list with an RSS date shows the placeholder, then the date, never the item without it', async () => {
    const el = document.createElement('related-list') as RelatedList;
    el.setAttribute('lang', 'en');
    el.now = new Date('2025-12-10T00:00:00Z');
    el.items = [{ title: 'From a feed', url: '/a', publishedAt: 'Tue, 02 Dec 2025 21:32:06 +0800' }];
    // Every state the shadow root shows, from the first render on.
    const seen: string[] = [];
    const record = () => seen.push(part(el, 'item') ? `item, date ${part(el, 'date')?.getAttribute('datetime') ?? 'missing'}` : 'no item');
    const observer = new MutationObserver(record);
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true, characterData: true });
    record();
    await el.updateComplete;
    observer.disconnect();
    expect(part(el, 'date')?.getAttribute('datetime')).to.equal('2025-12-02T13:32:06.000Z');
    expect(seen.filter((state) => state.startsWith('item'))).to.deep.equal(
      seen.filter((state) => state === 'item, date 2025-12-02T13:32:06.000Z'),
    );
    expect(seen[0]).to.equal('no item');
    el.remove();
  });

  it("the ticker's motion: a ticker that cannot move never loads it; a marquee loads it and moves", async () => {
    const still = document.createElement('trending-ticker') as TrendingTicker;
    still.mode = 'static';
    still.items = headlines;
    document.body.append(still);
    await still.updateComplete;
    expect(part(still, 'item')).to.not.equal(null);
    expect(requested('motion-controller'), 'a static ticker loads no motion code').to.equal(false);

    const marquee = document.createElement('trending-ticker') as TrendingTicker;
    marquee.items = headlines;
    document.body.append(marquee);
    await marquee.updateComplete;
    expect(requested('motion-controller')).to.equal(true);
    const scrolling = () => marquee.shadowRoot!.getAnimations().some((a) => a.id === 'trending-ticker-scroll' && a.playState === 'running');
    await untilRendered(scrolling, 'the marquee should move once its width is known');
    still.remove();
    marquee.remove();
  });

  it('structured data: an article without `structured-data` never loads its builder; with it, the JSON-LD is there when reader-load fires', async () => {
    const plain = document.createElement('article-view') as ArticleView;
    plain.article = { title: 'Plain' };
    document.body.append(plain);
    await plain.updateComplete;
    expect(part(plain, 'title')?.textContent).to.equal('Plain');
    expect(requested('structured-data'), 'no JSON-LD code without the attribute').to.equal(false);

    const el = document.createElement('article-view') as ArticleView;
    el.structuredData = true;
    el.article = { title: 'For crawlers' };
    const loaded = oneEvent(el, 'reader-load');
    document.body.append(el);
    await loaded;
    const script = el.querySelector(':scope > script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? '{}').headline).to.equal('For crawlers');
    plain.remove();
    el.remove();
  });

  it('live refresh: an element without `refresh` never loads it; with `announce` its live region is there from the first render', async () => {
    const el = document.createElement('related-list') as RelatedList;
    el.announce = true;
    el.items = [{ title: 'Story' }];
    document.body.append(el);
    await el.updateComplete;
    expect(part(el, 'announcement')?.getAttribute('aria-live')).to.equal('polite');
    expect(requested('refresh-controller'), 'no refresh code without `refresh`').to.equal(false);
    el.refresh = 30;
    await el.updateComplete;
    expect(requested('refresh-controller')).to.equal(true);
    el.remove();
  });

  it("a JSON mistake's position: not loaded for good data; an error shows it once updateComplete resolves", async () => {
    const el = document.createElement('related-list') as RelatedList;
    el.setAttribute('items', '[{"title": "x"}]');
    document.body.append(el);
    await el.updateComplete;
    expect(requested('json-position'), 'nothing to find in good JSON').to.equal(false);
    el.setAttribute('items', '{"title": "x",, }');
    await el.updateComplete;
    expect(part(el, 'error-detail')?.textContent).to.equal('`items` is not valid JSON at position 14.');
    el.remove();
  });
});
