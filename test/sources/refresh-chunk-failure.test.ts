// Live refresh (`refresh`, `announce`) is a lazy chunk; when it fails to load (a CDN outage, a deploy that
// removed an old chunk), the element keeps what it shows, says that refresh is off, and never throws into
// the page. A file of its own: it needs the feed reader, which test/base/lazy-chunk-failures.test.ts must
// not have loaded (see test/base/failing-chunks.ts).
import { expect } from '@open-wc/testing';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { part, parts, text } from '../helpers.js';
import { chunkAskedFor, failChunk, failingChunkHooks, outcome, warningsDuring } from '../base/failing-chunks.js';

describe('live refresh that fails to load', () => {
  const { place } = failingChunkHooks('refresh-chunk-failure', ['related-list']);

  it('the list keeps its items, with a warning that `refresh` is off', async () => {
    failChunk('/src/base/refresh-controller.');
    const el = document.createElement('related-list') as RelatedList;
    el.setAttribute('lang', 'en');
    el.setAttribute('refresh', '30');
    let shown = '';
    const warnings = await warningsDuring(async () => {
      shown = await outcome(el, () => (place(el).src = '/test/fixtures/formats/jsonfeed-feed.json'));
      await el.updateComplete;
    });
    expect(shown).to.match(/^shown: ./);
    expect(await chunkAskedFor('/src/base/refresh-controller.'), 'live refresh was asked for').to.equal(true);
    expect(parts(el, 'item').length).to.be.greaterThan(0);
    expect(text(part(el, 'error')), 'no error shown').to.equal(undefined);
    expect(warnings).to.contain('`refresh` is off: its code failed to load.');
  });
});
