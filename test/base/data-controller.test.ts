/**
 * The data controller: which input wins over a chain of inputs (the element tests cover each step on
 * its own), and that it needs no element to settle its inputs (server rendering).
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveController } from 'lit';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { DataController, type DataHost } from '../../src/base/data-controller.js';
import { normalizeArticle } from '../../src/core/model.js';
import { deferred, json, stubFetch } from '../sources/network.js';
import { part } from '../helpers.js';

const title = (el: ArticleView) => part(el, 'title')?.textContent;

/** Sets an input and waits for what it brings to be shown. */
async function shown(el: ArticleView, give: () => void): Promise<void> {
  const loaded = oneEvent(el, 'reader-load');
  give();
  await loaded;
  await el.updateComplete;
}

describe('DataController', () => {
  afterEach(() => {
    sinon.restore();
    document.querySelectorAll('article-view').forEach((el) => el.remove());
  });

  it('lets the latest input win: attribute, then property, then src, then a property while src is in flight', async () => {
    const slow = deferred<Response>();
    const { calls, requested } = stubFetch((call) => (call.url.includes('slow') ? slow.promise : json({ title: 'From src' })));
    const el = document.createElement('article-view');
    await shown(el, () => {
      el.setAttribute('article', JSON.stringify({ title: 'From the attribute' }));
      document.body.append(el);
    });
    expect(title(el)).to.equal('From the attribute');

    await shown(el, () => (el.article = { title: 'From the property' }));
    expect(title(el)).to.equal('From the property');

    await shown(el, () => (el.src = '/feeds/data-controller.json'));
    expect(title(el)).to.equal('From src');

    el.src = '/feeds/data-controller-slow.json';
    await requested(2);
    await shown(el, () => (el.article = { title: 'Set while src was on its way' }));
    // The request in flight was cancelled, so its answer can never replace the property's article.
    expect(calls[1].init.signal!.aborted).to.equal(true);
    slow.resolve(json({ title: 'Too late' }));
    await el.updateComplete;
    expect(title(el)).to.equal('Set while src was on its way');
  });

  it('settles its inputs on a host that is not an element, and fetches nothing until the host is connected', () => {
    const { calls } = stubFetch(() => json({ title: 'Fetched' }));
    const controllers: ReactiveController[] = [];
    let updatesRequested = 0;
    // Only what the controller may touch outside a page: no DOM methods at all.
    const host = {
      addController: (controller: ReactiveController) => controllers.push(controller),
      removeController: () => undefined,
      requestUpdate: () => updatesRequested++,
      updateComplete: Promise.resolve(true),
      isConnected: false,
      localName: 'server-host',
      format: undefined,
      credentials: 'omit',
      timeout: 10,
      loading: 'eager',
    } as unknown as DataHost;
    const data = new DataController(host, normalizeArticle);
    const show = () =>
      data.render({ pending: () => 'pending', ready: (article) => `ready: ${article.title}`, error: (error) => `error: ${error.code}` });

    expect(show()).to.equal('pending');
    data.src = '/feeds/never-on-the-server.json';
    data.update();
    expect([data.status, show()]).to.deep.equal(['pending', 'pending']);

    data.input = { title: 'Given after src' };
    data.update();
    expect(show()).to.equal('ready: Given after src');

    data.input = 42;
    data.update();
    expect(show()).to.equal('error: invalid-shape');
    expect(calls).to.deep.equal([]);
    expect(updatesRequested).to.be.greaterThan(0);
  });
});
