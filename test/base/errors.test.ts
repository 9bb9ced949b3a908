import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { ReaderErrorDetail } from '../../src/base/events.js';
import { clearSourceCache } from '../../src/sources/cache.js';
import { sourceSettings } from '../../src/sources/http.js';
import { json, stubFetch } from '../sources/network.js';
import { part } from '../helpers.js';

// The error box speaks to readers: one short message in their language, Retry when loading again may
// help; the technical detail goes to the owner (the event and the console).

const defaults = { ...sourceSettings };
let n = 0;
const unique = () => `https://feeds.example/errors?t=${++n}`;

describe('errors speak to readers', () => {
  beforeEach(() => {
    clearSourceCache();
    Object.assign(sourceSettings, { retryBaseMs: 2, retryMaxMs: 10 });
  });
  afterEach(() => {
    sinon.restore();
    Object.assign(sourceSettings, defaults);
  });

  it('on a Chinese page a failed feed says so in Chinese, with no English on screen', async () => {
    stubFetch(() => new Response('Not here', { status: 404, statusText: 'Not Found' }));
    sinon.stub(console, 'warn');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const el = document.createElement('related-list') as RelatedList;
    el.src = unique();
    const failed = oneEvent(el, 'reader-error');
    wrapper.append(el);
    await failed;
    await el.updateComplete;
    const box = part(el, 'error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.innerText).to.include('服务器返回错误 404');
    expect(box.innerText).to.include('重试');
    expect(box.innerText, 'no English for the reader').to.not.match(/[A-Za-z]/);
    // The detail is still there for a page that chooses to show it.
    expect(part(el, 'error-detail')!.textContent).to.include('404');
    expect(getComputedStyle(part(el, 'error-detail')!).display).to.equal('none');
  });

  it('Retry requests the feed again and recovers', async () => {
    let answer = 503;
    const { calls } = stubFetch(() =>
      answer === 200 ? json({ title: 'Back online' }) : new Response('', { status: answer, statusText: 'Service Unavailable' }),
    );
    sinon.stub(console, 'warn');
    const el = document.createElement('article-view') as ArticleView;
    el.lang = 'en';
    el.src = unique();
    const failed = oneEvent(el, 'reader-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await failed;
    await el.updateComplete;
    const before = calls.length;
    const retry = part(el, 'retry-button') as HTMLButtonElement;
    expect(retry.textContent).to.equal('Retry');

    answer = 200;
    const loaded = oneEvent(el, 'reader-load');
    retry.click();
    await loaded;
    expect(calls.length).to.be.greaterThan(before);
    expect(part(el, 'title')!.textContent).to.equal('Back online');
    expect(part(el, 'error')).to.equal(null);
  });

  it('bad data gets no Retry (loading again would not help)', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<ArticleView>(html`<article-view lang="en" article="{oops"></article-view>`);
    await el.updateComplete;
    expect(part(el, 'error')).to.not.equal(null);
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('the technical detail goes to reader-error and to the console, once', async () => {
    stubFetch(() => new Response('', { status: 404, statusText: 'Not Found' }));
    const warn = sinon.stub(console, 'warn');
    const el = document.createElement('related-list') as RelatedList;
    el.lang = 'en';
    el.src = unique();
    const failed = oneEvent(el, 'reader-error') as Promise<CustomEvent<ReaderErrorDetail>>;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await failed;
    expect(detail.message).to.match(/404 Not Found/);
    expect(detail.error.code).to.equal('http');
    el.theme = 'dark'; // another update: no second warning
    await el.updateComplete;
    const mentions = warn.getCalls().filter((call) => String(call.args[0]).includes('404 Not Found'));
    expect(mentions).to.have.length(1);
  });
});
