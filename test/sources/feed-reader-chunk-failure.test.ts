// The feed reader (`src` loading and every feed format) is a lazy chunk; when it fails to load (a CDN
// outage, a deploy that removed an old chunk), an element fed by `src` shows its error state, says why, and
// never throws into the page. A file of its own: in today's engines the chunk stays failed for the page
// (see test/base/failing-chunks.ts).
import { expect } from '@open-wc/testing';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { part } from '../helpers.js';
import { chunkAskedFor, failChunk, failingChunkHooks, outcome, serveChunksAgain } from '../base/failing-chunks.js';

describe('a feed reader that fails to load', () => {
  const { place } = failingChunkHooks('feed-reader-chunk-failure', ['related-list']);

  it('a list fed by `src` shows the error state, and a new `src` settles too', async () => {
    failChunk('/src/sources/feed-reader.');
    const el = document.createElement('related-list') as RelatedList;
    el.setAttribute('lang', 'en');
    const failed = /^error: The feed reader could not be loaded \(.+\)\.$/;
    expect(await outcome(el, () => (place(el).src = '/test/fixtures/formats/rss.xml'))).to.match(failed);
    expect(await chunkAskedFor('/src/sources/feed-reader.'), 'the feed reader was asked for').to.equal(true);
    expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');

    serveChunksAgain();
    const again = await outcome(el, () => (el.src = '/test/fixtures/formats/atom.xml'));
    expect(again).to.satisfy((text: string) => text.startsWith('shown: ') || failed.test(text));
  });
});
