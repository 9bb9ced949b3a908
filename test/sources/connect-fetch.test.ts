/**
 * An element given `src` sends its request, and sets off the engine, as it connects: before its first
 * update, while the page may still be upgrading the other widgets. A file of its own, so the engine is
 * not loaded yet when it starts.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { engineLoaded } from '../../src/sources/engine-loader.js';
import { parts } from '../helpers.js';
import { deferred, json, stubFetch } from './network.js';

const titles = (el: RelatedList) => parts(el, 'title').map((t) => t.textContent);

describe('sources: the request sets off as the element connects', () => {
  afterEach(() => sinon.restore());

  it('before the first update; the load takes that request over, and one another input won is cancelled', async () => {
    expect(engineLoaded(), 'no test before this one loaded the engine').to.equal(false);
    const answer = deferred<Response>();
    const { calls } = stubFetch((call) => (call.url.endsWith('/fed.json') ? answer.promise : new Promise<Response>(() => {})));

    const fed = document.createElement('related-list') as RelatedList;
    fed.setAttribute('lang', 'en');
    fed.src = 'https://feeds.example/fed.json';
    document.body.append(fed);
    expect(fed.hasUpdated).to.equal(false);
    expect(calls.map((c) => c.url)).to.deep.equal(['https://feeds.example/fed.json']);

    // The owner gives the data as a property right after connecting: the property wins.
    const given = document.createElement('related-list') as RelatedList;
    given.setAttribute('lang', 'en');
    given.src = 'https://feeds.example/overridden.json';
    document.body.append(given);
    given.items = [{ title: 'Given', url: 'https://news.example/given' }];
    expect(calls).to.have.length(2);

    const fedLoaded = oneEvent(fed, 'reader-load');
    const givenLoaded = oneEvent(given, 'reader-load');
    answer.resolve(json([{ title: 'Fed', url: 'https://news.example/fed' }]));
    await Promise.all([fedLoaded, givenLoaded]);
    expect(titles(fed)).to.deep.equal(['Fed']);
    expect(titles(given)).to.deep.equal(['Given']);
    expect(calls, 'the engine took the first request over instead of asking again').to.have.length(2);
    expect(calls[1].init.signal!.aborted, 'the request nobody took is cancelled once the engine is in').to.equal(true);
    fed.remove();
    given.remove();
  });

  it('waits with loading="lazy" until the element comes near the viewport', async () => {
    const { calls } = stubFetch(() => new Promise<Response>(() => {}));
    const el = document.createElement('related-list') as RelatedList;
    el.loading = 'lazy';
    el.style.cssText = 'display: block; margin-top: 400vh';
    el.src = 'https://feeds.example/far-away.json';
    document.body.append(el);
    await el.updateComplete;
    expect(calls).to.have.length(0);
    el.remove();
  });
});
