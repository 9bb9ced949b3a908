/**
 * The timeout message names the owner's timeout, however much of it went by while the engine chunk
 * loaded. This file must be the first in its page to load the engine (the wait is what is measured).
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { engineLoaded } from '../../src/sources/engine-loader.js';
import { stubFetch } from './network.js';

describe('sources: the timeout message', () => {
  afterEach(() => sinon.restore());

  it('says "took longer than 3 s" for timeout="3", even when most of it went by waiting for the engine', async () => {
    expect(engineLoaded(), 'no test before this one loaded the engine').to.equal(false);
    stubFetch(() => new Promise<Response>(() => {}));
    // Only the clocks the loader reads are faked (timers stay real): 2.8 s "pass" before the engine is in,
    // so the engine's own timer has 0.2 s left (and the real 3 s the element waits leave the engine time to load).
    const clock = sinon.useFakeTimers({ toFake: ['Date', 'performance'] });
    const el = document.createElement('article-view') as ArticleView;
    el.setAttribute('timeout', '3');
    el.src = 'https://feeds.example/slow.json';
    const failed = oneEvent(el, 'reader-error') as Promise<CustomEvent<{ message: string; error: { code: string } }>>;
    document.body.append(el);
    await el.updateComplete;
    clock.tick(2800);
    const { detail } = await failed;
    expect(engineLoaded()).to.equal(true);
    expect(detail.error.code).to.equal('timeout');
    expect(detail.message).to.equal('The feed took longer than 3 s to answer.');
    el.remove();
  });
});
