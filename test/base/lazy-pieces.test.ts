// Pieces of the widgets that load only when a page needs them (issue 15: the all-in-one's first download).
// Each must change nothing a reader sees: no flash of a half-done widget, and `await el.updateComplete`
// still means the final text. Every test here is the first use of its piece in this page (tests run in
// order, one page per file), so it sees the piece load.
import { expect } from '@open-wc/testing';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { part } from '../helpers.js';

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
});
