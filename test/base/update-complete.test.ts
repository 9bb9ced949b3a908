// `await el.updateComplete` means the final text when an element's language changes at runtime and its
// words are a lazy chunk (issue 16). Each test uses a language no earlier test in this file loaded (one
// page per file), so it sees that language's chunk load.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/related-list/define.js';
import '../../src/trending-ticker/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { part } from '../helpers.js';

const items = [
  { id: 'a', title: 'First headline', url: '/a' },
  { id: 'b', title: 'Second headline', url: '/b' },
];
const heading = (el: HTMLElement) => part(el, 'heading')!.textContent!.trim();

describe('updateComplete when the language changes at runtime', () => {
  it('a new `locale` (es): updateComplete waits for the Spanish words', async () => {
    const el = await fixture<RelatedList>(html`<related-list locale="en" .items=${items}></related-list>`);
    expect(heading(el)).to.equal('Related');
    el.locale = 'es';
    await el.updateComplete;
    expect(heading(el)).to.equal('Relacionados');
  });

  it("an ancestor's new `lang` (ko), awaited in the same task: updateComplete waits for the observer's update and the Korean words", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><trending-ticker mode="static" .items=${items}></trending-ticker></div>`,
    );
    const el = wrapper.querySelector<TrendingTicker>('trending-ticker')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('Trending');
    wrapper.lang = 'ko';
    await el.updateComplete;
    expect(heading(el)).to.equal('인기');
  });

  it('`lang` on <html> (ja), awaited in the same task: the list speaks Japanese when updateComplete settles', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${items}></related-list>`);
    await el.updateComplete;
    document.documentElement.lang = 'ja';
    try {
      await el.updateComplete;
      expect(heading(el)).to.equal('関連記事');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});
