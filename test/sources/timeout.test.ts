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

  it('says "took longer than 0.5 s" for timeout="0.5", even when part of it went by waiting for the engine', async () => {
    expect(engineLoaded(), 'no test before this one loaded the engine').to.equal(false);
    stubFetch(() => new Promise<Response>(() => {}));
    // Only the clocks the loader reads are faked (timers stay real): 200 ms "pass" before the engine is in.
    const clock = sinon.useFakeTimers({ toFake: ['Date', 'performance'] });
    const el = document.createElement('article-view') as ArticleView;
    el.setAttribute('timeout', '0.5');
    el.src = 'https://feeds.example/slow.json';
    const failed = oneEvent(el, 'reader-error') as Promise<CustomEvent<{ message: string; error: { code: string } }>>;
    document.body.append(el);
    await el.updateComplete;
    clock.tick(200);
    const { detail } = await failed;
    expect(engineLoaded()).to.equal(true);
    expect(detail.error.code).to.equal('timeout');
    expect(detail.message).to.equal('The feed took longer than 0.5 s to answer.');
    el.remove();
  });
});
