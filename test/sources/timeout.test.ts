/**
 * The timeout message names the owner's timeout, however much of it went by while the feed-reader chunk
 * loaded. This file must be the first in its page to load the feed reader (the wait is what is measured).
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { feedReaderLoaded } from '../../src/sources/feed-reader-loader.js';
import { stubFetch } from './network.js';

describe('sources: the timeout message', () => {
  afterEach(() => sinon.restore());

  it('says "took longer than 3 s" for timeout="3", even when most of it went by waiting for the feed reader', async () => {
    expect(feedReaderLoaded(), 'no test before this one loaded the feed reader').to.equal(false);
    stubFetch(() => new Promise<Response>(() => {}));
    // Only the clocks the loader reads are faked (timers stay real): 2.8 s "pass" before the feed reader is in,
    // so the feed reader's own timer has 0.2 s left (and the real 3 s the element waits leave the feed reader time to load).
    const clock = sinon.useFakeTimers({ toFake: ['Date', 'performance'] });
    const el = document.createElement('article-view') as ArticleView;
    el.setAttribute('timeout', '3');
    el.src = 'https://feeds.example/slow.json';
    const failed = oneEvent(el, 'reader-error') as Promise<CustomEvent<{ message: string; error: { code: string } }>>;
    document.body.append(el);
    await el.updateComplete;
    clock.tick(2800);
    const { detail } = await failed;
    expect(feedReaderLoaded()).to.equal(true);
    expect(detail.error.code).to.equal('timeout');
    expect(detail.message).to.equal('The feed took longer than 3 s to answer.');
    el.remove();
  });
});
