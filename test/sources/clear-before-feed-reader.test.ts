/**
 * `clearSourceCache()` (public, from `reader-widgets/classes`) called before the lazy feed-reader chunk has
 * loaded. This file must be the first in its page to load the feed reader, so it imports nothing that loads it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { clearSourceCache, feedReaderLoaded } from '../../src/sources/feed-reader-loader.js';
import { part } from '../helpers.js';
import { json, stubFetch } from './network.js';

const src = 'https://feeds.example/cleared.json';

function view(): ArticleView {
  const el = document.createElement('article-view') as ArticleView;
  el.src = src;
  return el;
}

describe('sources: clearSourceCache before the feed reader has loaded', () => {
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('article-view').forEach((el) => el.remove());
  });

  it('does nothing harmful: the request already out is used once, and a clear after loading forgets it', async () => {
    expect(feedReaderLoaded(), 'no test before this one loaded the feed reader').to.equal(false);
    let version = 0;
    // Fresh for five minutes: only a real clear makes a later widget ask again.
    const { calls } = stubFetch(() => json({ title: `Version ${++version}` }, { headers: { 'cache-control': 'max-age=300' } }));
    expect(() => clearSourceCache(), 'with nothing loaded yet').not.to.throw();

    const first = view();
    const loaded = oneEvent(first, 'reader-load');
    document.body.append(first);
    await first.updateComplete;
    expect(feedReaderLoaded(), 'the feed reader is still on its way').to.equal(false);
    expect(() => clearSourceCache(), 'with a request out and the feed reader on its way').not.to.throw();
    await loaded;
    expect(part(first, 'title')!.textContent).to.equal('Version 1');
    expect(calls, 'the early request was taken over, not dropped and sent again').to.have.length(1);

    const cached = view();
    const cachedLoaded = oneEvent(cached, 'reader-load');
    document.body.append(cached);
    await cachedLoaded;
    expect(part(cached, 'title')!.textContent, 'fresh: from the cache').to.equal('Version 1');
    expect(calls).to.have.length(1);

    clearSourceCache();
    const after = view();
    const afterLoaded = oneEvent(after, 'reader-load');
    document.body.append(after);
    await afterLoaded;
    expect(part(after, 'title')!.textContent, 'after a clear: asked again').to.equal('Version 2');
    expect(calls).to.have.length(2);
  });
});
