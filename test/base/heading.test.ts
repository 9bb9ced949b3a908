import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import '../../src/trending-ticker/define.js';
import { part } from '../helpers.js';

// One rule for `heading-level` in every element: rounded, clamped to 1–6, h2 when it is not a number.
describe('heading-level: the same heading tag in every element', () => {
  const cases: Array<[string, string]> = [
    ['1', 'H1'],
    ['4', 'H4'],
    ['3.6', 'H4'],
    ['9', 'H6'],
    ['-3', 'H1'],
    ['two', 'H2'],
  ];
  for (const [level, tag] of cases) {
    it(`heading-level="${level}" writes <${tag.toLowerCase()}>`, async () => {
      const items = [{ title: 'One' }];
      const view = await fixture(html`<article-view heading-level=${level} .article=${{ title: 'One' }}></article-view>`);
      const list = await fixture(html`<related-list heading="More" heading-level=${level} .items=${items}></related-list>`);
      const ticker = await fixture(html`<trending-ticker heading="Hot" heading-level=${level} .items=${items}></trending-ticker>`);
      expect(part(view, 'title')!.tagName, 'article-view').to.equal(tag);
      expect(part(list, 'heading')!.tagName, 'related-list').to.equal(tag);
      expect(ticker.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!.tagName, 'trending-ticker').to.equal(tag);
    });
  }
});
