import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/trending-ticker/define.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { clearSourceCache } from '../../src/sources/cache.js';
import { part } from '../helpers.js';
import { fixture } from './fixtures.js';
import { deferred, stubFetch, text } from './network.js';

/** Headlines of the ticker's own list (not the aria-hidden copy used for seamless scrolling). */
const headlines = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('ol[part="list"]:not([aria-hidden]) [part~="title"]')].map((t) => t.textContent?.trim());

describe('sources: feeds through <trending-ticker src>', () => {
  let el: TrendingTicker | undefined;
  beforeEach(() => clearSourceCache());
  afterEach(() => {
    sinon.restore();
    el?.remove();
  });

  it('shows an Atom feed, and a refresh replaces it without blanking in between', async () => {
    const atom = await fixture('atom.xml');
    const second = deferred<Response>();
    let count = 0;
    const { calls } = stubFetch(() =>
      ++count === 1 ? text(atom, 'application/atom+xml', { headers: { etag: '"1"', 'cache-control': 'max-age=0' } }) : second.promise,
    );
    el = document.createElement('trending-ticker') as TrendingTicker;
    el.setAttribute('mode', 'static');
    el.setAttribute('src', 'https://ticker.example/atom.xml');
    const first = oneEvent(el, 'reader-load');
    document.body.append(el);
    await first;
    expect(headlines(el)).to.deep.equal([
      'Über den Grat im Nebel & zurück',
      'Hut opening hours for autumn',
      'Wetter & Lawinen: plain text content',
    ]);
    (el as unknown as { reload(): void }).reload();
    await el.updateComplete;
    // The refresh is in flight: the headlines stay, no placeholder.
    expect(calls).to.have.length(2);
    // Revalidated through the browser's HTTP cache, which adds the validator itself.
    expect(calls[1].init.cache).to.equal('no-cache');
    expect(part(el, 'placeholder')).to.equal(null);
    expect(headlines(el)).to.have.length(3);
    const refreshed = oneEvent(el, 'reader-load');
    second.resolve(
      text('<rss version="2.0"><channel><item><title>Breaking: the fog lifts</title></item></channel></rss>', 'application/rss+xml'),
    );
    await refreshed;
    expect(headlines(el)).to.deep.equal(['Breaking: the fog lifts']);
  });
});
