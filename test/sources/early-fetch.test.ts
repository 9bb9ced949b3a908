/**
 * The first request for a `src` starts before the engine chunk has arrived. This file must be the first
 * in its page to load the engine, so it imports nothing that loads it and checks the order it sees.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { engineLoaded, loadEngine } from '../../src/sources/engine-loader.js';
import { parts } from '../helpers.js';
import { deferred, json, stubFetch } from './network.js';

const items = [{ title: 'Early bird', url: 'https://news.example/a' }];

describe('sources: the request starts while the engine is on its way', () => {
  afterEach(() => sinon.restore());

  it('asks the server before the engine is in, once for widgets sharing a URL, and the engine takes that answer', async () => {
    expect(engineLoaded(), 'no test before this one loaded the engine').to.equal(false);
    const answer = deferred<Response>();
    const { calls } = stubFetch(() => answer.promise);
    const lists = [1, 2].map(() => {
      const el = document.createElement('related-list') as RelatedList;
      el.setAttribute('lang', 'en');
      el.src = 'https://feeds.example/early.json';
      document.body.append(el);
      return el;
    });
    await Promise.all(lists.map((el) => el.updateComplete));
    expect(engineLoaded(), 'the engine is still on its way').to.equal(false);
    expect(calls.map((c) => c.url)).to.deep.equal(['https://feeds.example/early.json']);
    expect(calls[0].header('accept')).to.include('application/feed+json');

    const loaded = lists.map((el) => oneEvent(el, 'reader-load'));
    await loadEngine();
    answer.resolve(json(items));
    await Promise.all(loaded);
    for (const el of lists) expect(parts(el, 'title').map((t) => t.textContent)).to.deep.equal(['Early bird']);
    expect(calls, 'the engine made no second request').to.have.length(1);
    lists.forEach((el) => el.remove());
  });
});

describe('sources: an early request nobody takes', () => {
  afterEach(() => sinon.restore());

  it('is cancelled once the engine is in', async () => {
    // A fresh page module state is not available here, so this checks the drop directly.
    const { dropEarlyFetches, fetchEarly, takeEarlyFetch, cacheKey } = await import('../../src/sources/early-fetch.js');
    const { calls } = stubFetch(() => new Promise<Response>(() => {}));
    fetchEarly('https://feeds.example/left.json', 'omit');
    fetchEarly('https://feeds.example/left.json', 'omit');
    expect(calls, 'one request per URL').to.have.length(1);
    dropEarlyFetches();
    expect(calls[0].init.signal!.aborted).to.equal(true);
    expect(takeEarlyFetch(cacheKey('omit', 'https://feeds.example/left.json'))).to.equal(undefined);
  });
});
