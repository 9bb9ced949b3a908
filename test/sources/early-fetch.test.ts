/**
 * The first request for a `src` starts before the feed-reader chunk has arrived. This file must be the first
 * in its page to load the feed reader, so it imports nothing that loads it and checks the order it sees.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { feedReaderLoaded, loadFeedReader } from '../../src/sources/feed-reader-loader.js';
import { parts } from '../helpers.js';
import { deferred, json, stubFetch } from './network.js';

const items = [{ title: 'Early bird', url: 'https://news.example/a' }];

describe('sources: the request starts while the feed reader is on its way', () => {
  afterEach(() => sinon.restore());

  it('asks the server before the feed reader is in, once for widgets sharing a URL, and the feed reader takes that answer', async () => {
    expect(feedReaderLoaded(), 'no test before this one loaded the feed reader').to.equal(false);
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
    expect(feedReaderLoaded(), 'the feed reader is still on its way').to.equal(false);
    expect(calls.map((c) => c.url)).to.deep.equal(['https://feeds.example/early.json']);
    expect(calls[0].header('accept')).to.include('application/feed+json');

    const loaded = lists.map((el) => oneEvent(el, 'reader-load'));
    await loadFeedReader();
    answer.resolve(json(items));
    await Promise.all(loaded);
    for (const el of lists) expect(parts(el, 'title').map((t) => t.textContent)).to.deep.equal(['Early bird']);
    expect(calls, 'the feed reader made no second request').to.have.length(1);
    lists.forEach((el) => el.remove());
  });
});

describe('sources: an early request nobody takes', () => {
  afterEach(() => sinon.restore());

  it('is cancelled once the feed reader is in', async () => {
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
