import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { Article } from '../../src/core/model.js';
import { clearSourceCache } from '../../src/sources/cache.js';
import { sourceSettings } from '../../src/sources/http.js';
import { part, parts } from '../helpers.js';
import { fixture } from './fixtures.js';
import { deferred, json, stubFetch, text } from './network.js';

const defaults = { ...sourceSettings };
let n = 0;
/** A URL no other test used, so the page-wide cache never leaks between tests. */
const unique = (path = 'feed') => `https://feeds.example/${path}?t=${++n}`;

function view(attrs: Record<string, string> = {}): ArticleView {
  const el = document.createElement('article-view') as ArticleView;
  el.now = new Date('2026-01-01T00:00:00Z');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}
const loaded = (el: Element) => oneEvent(el, 'reader-load') as Promise<CustomEvent<{ data: Article }>>;
const failed = (el: Element) =>
  oneEvent(el, 'reader-error') as Promise<CustomEvent<{ message: string; status?: number; error: { code: string } }>>;
const title = (el: Element) => part(el, 'title')?.textContent;
const errorText = (el: Element) => part(el, 'error')?.textContent?.replace(/\s+/g, ' ').trim();

describe('sources: loading `src`', () => {
  const mounted: Element[] = [];
  const mount = <E extends Element>(el: E, parent: Element = document.body): E => (mounted.push(el), parent.append(el), el);
  beforeEach(() => {
    clearSourceCache();
    Object.assign(sourceSettings, { retryBaseMs: 2, retryMaxMs: 10 });
  });
  afterEach(() => {
    sinon.restore();
    Object.assign(sourceSettings, defaults);
    mounted.splice(0).forEach((el) => el.remove());
  });

  describe('each format through src', () => {
    const cases: Array<[string, string, string, string]> = [
      ['JSON Feed item', 'jsonfeed-item.json', 'application/feed+json', 'The last lighthouse keeper retires'],
      ['JSON Feed (first item)', 'jsonfeed-feed.json', 'application/feed+json', 'The winter ferry timetable, explained'],
      [
        'WordPress post with _embed',
        'wordpress-post-embed.json',
        'application/json; charset=UTF-8',
        'Tomatoes in May – too early? & other questions',
      ],
      ['WordPress list without _embed', 'wordpress-posts.json', 'application/json', 'Tomatoes in May – too early? & other questions'],
      ['RSS 2.0', 'rss.xml', 'application/rss+xml; charset=utf-8', '地铁 5 号线延长段 & 新站点今日开通'],
      ['RSS served as octet-stream', 'rss-sloppy.xml', 'application/octet-stream', 'AT&T, R&D and other things — a list'],
      ['Atom 1.0', 'atom.xml', 'application/atom+xml', 'Über den Grat im Nebel & zurück'],
      ['JSON-LD NewsArticle', 'jsonld-newsarticle.json', 'application/ld+json', 'Flood barrier passes its first autumn test'],
      ['JSON-LD @graph served as text/plain', 'jsonld-graph.json', 'text/plain', 'Repotting a Boston fern in five steps'],
      ['Ghost Content API', 'ghost-posts.json', 'application/json', 'Shipping a calmer inbox'],
      ['reader JSON', 'reader.json', 'application/json', 'Reader JSON passes straight through'],
    ];
    for (const [label, file, type, expected] of cases) {
      it(`${label}: renders its title`, async () => {
        const body = await fixture(file);
        const { calls } = stubFetch(() => text(body, type));
        const el = mount(view({ src: unique(file) }));
        await loaded(el);
        expect(title(el)).to.equal(expected);
        expect(calls).to.have.length(1);
      });
    }

    it('RSS: byline, tags, image and body reach the page; the body script never runs', async () => {
      (window as { __rssBodyRan?: boolean }).__rssBodyRan = false;
      const body = await fixture('rss.xml');
      stubFetch(() => text(body, 'application/rss+xml'));
      const el = mount(view({ src: unique('rss') }));
      const { detail } = await loaded(el);
      expect(parts(el, 'author').map((a) => a.textContent)).to.deep.equal(['林晓雯', '周航']);
      expect(parts(el, 'tag').map((t) => t.textContent)).to.deep.equal(['交通', '地铁']);
      expect(part(el, 'image')!.querySelector('img')!.getAttribute('src')).to.equal(
        'https://img.jiangcheng-news.example/2025/12/metro-1600.jpg',
      );
      expect(part(el, 'image')!.querySelector('img')!.getAttribute('alt')).to.equal('新开通的滨江站站台');
      expect(part(el, 'body')!.textContent).to.contain('首班车 6:00');
      expect(part(el, 'body')!.querySelector('script')).to.equal(null);
      expect((window as { __rssBodyRan?: boolean }).__rssBodyRan).to.equal(false);
      expect(detail.data.lang).to.equal('zh-CN');
    });

    it("a feed body's relative links and images resolve against the feed, not the page; in-page notes stay", async () => {
      const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Coast</title><item><title>Tides</title>
        <content:encoded><![CDATA[<p><a href="/2025/tides.html">more</a> <img src="img/tide.jpg" srcset="img/tide-2x.jpg 2x" alt="">
        <a href="#note-1">1</a> <a href="https://other.example/x">elsewhere</a></p>]]></content:encoded>
        </item></channel></rss>`;
      stubFetch(() => text(rss, 'application/rss+xml'));
      const src = 'https://coast.example/feeds/rss.xml';
      const el = mount(view({ src }));
      const { detail } = await loaded(el);
      expect(detail.data.baseUrl).to.equal(src);
      const body = part(el, 'body')!;
      expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://coast.example/2025/tides.html',
        '#note-1',
        'https://other.example/x',
      ]);
      const img = body.querySelector('img')!;
      expect([img.getAttribute('src'), img.getAttribute('srcset')]).to.deep.equal([
        'https://coast.example/feeds/img/tide.jpg',
        'https://coast.example/feeds/img/tide-2x.jpg 2x',
      ]);
    });

    it("reader JSON's relative body links stay relative to the page (it is the site's own data)", async () => {
      stubFetch(() => json({ title: 'Own', bodyHtml: '<p><a href="/about">about</a></p>' }));
      const el = mount(view({ src: 'https://api.example/articles/1.json' }));
      const { detail } = await loaded(el);
      expect(detail.data.baseUrl).to.equal(undefined);
      expect(part(el, 'body')!.querySelector('a')!.getAttribute('href')).to.equal('/about');
    });

    it('a format attribute forces the adapter', async () => {
      const body = await fixture('wordpress-posts.json');
      stubFetch(() => text(body, 'text/plain'));
      const el = mount(view({ src: unique(), format: 'reader' }));
      // As reader JSON, a WordPress post's `title` is an object: a clear error, not a crash.
      const { detail } = await failed(el);
      expect(detail.message).to.match(/title/);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    });

    it('changing format re-reads the same response with the other adapter, without a new request', async () => {
      const body = await fixture('wordpress-posts.json');
      const { calls } = stubFetch(() => json(body, { headers: { 'cache-control': 'max-age=60' } }));
      const el = mount(view({ src: unique(), format: 'reader' }));
      await failed(el);
      const done = loaded(el);
      el.format = 'wordpress';
      await done;
      expect(title(el)).to.equal('Tomatoes in May – too early? & other questions');
      expect(calls).to.have.length(1);
    });

    it('decodes a GBK feed named by its XML declaration', async () => {
      const head = new TextEncoder().encode('<?xml version="1.0" encoding="GBK"?><rss version="2.0"><channel><item><title>');
      const gbk = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]); // 中文
      const tail = new TextEncoder().encode('</title></item></channel></rss>');
      stubFetch(() => text(new Uint8Array([...head, ...gbk, ...tail]), 'application/octet-stream'));
      const el = mount(view({ src: unique() }));
      await loaded(el);
      expect(title(el)).to.equal('中文');
    });
  });

  describe('requests', () => {
    it('resolves a relative src against the page, sends credentials as asked, and refuses non-http(s) schemes', async () => {
      const { calls } = stubFetch(() => json({ title: 'Relative' }));
      const el = mount(view({ src: 'data/article.json', credentials: 'include' }));
      await loaded(el);
      expect(calls[0].url).to.equal(new URL('data/article.json', document.baseURI).href);
      expect(calls[0].init.credentials).to.equal('include');
      const bad = mount(view({ src: 'data:application/json,{"title":"x"}' }));
      const { detail } = await failed(bad);
      expect(detail.message).to.match(/is not an http\(s\) URL/);
      expect(calls).to.have.length(1);
    });

    it('aborts the request in flight when src changes', async () => {
      const first = deferred<Response>();
      const { calls, requested } = stubFetch((call) => (call.url.includes('first') ? first.promise : json({ title: 'Second' })));
      const el = mount(view({ src: unique('first') }));
      await requested(1);
      el.src = unique('second');
      await loaded(el);
      expect(calls[0].init.signal!.aborted).to.equal(true);
      expect(title(el)).to.equal('Second');
    });

    it('an element added and removed in one task sends nothing, and loads once when it comes back', async () => {
      const { calls } = stubFetch((call) => json({ title: call.url.includes('control') ? 'Control' : 'Back again' }));
      const el = view({ src: unique('dropped') });
      document.body.append(el);
      el.remove();
      // A control added just after takes the same steps: once it has loaded, a request the dropped
      // element had started would have been made (a settle point instead of a frame).
      const control = mount(view({ src: unique('control') }));
      await loaded(control);
      expect(calls.map((call) => call.url)).to.deep.equal([control.src]);
      mount(el);
      await loaded(el);
      expect(title(el)).to.equal('Back again');
      expect(calls).to.have.length(2);
    });

    it('latest wins: a slow first answer arriving after a fast second one never overwrites it', async () => {
      const slow = deferred<Response>();
      const { requested } = stubFetch((call) => (call.url.includes('slow') ? slow.promise : json({ title: 'Fast' })));
      // Keep the slow request alive after the change by sharing it with a second widget.
      const other = mount(view({ src: 'https://feeds.example/slow' }));
      const el = mount(view({ src: 'https://feeds.example/slow' }));
      await requested(1);
      el.src = unique('fast');
      await loaded(el);
      const otherLoaded = loaded(other);
      slow.resolve(json({ title: 'Slow' }));
      await otherLoaded;
      await el.updateComplete;
      expect(title(other)).to.equal('Slow');
      expect(title(el)).to.equal('Fast');
    });

    it('latest wins between src and the article property', async () => {
      const slow = deferred<Response>();
      const { requested } = stubFetch(() => slow.promise);
      const src = unique();
      const el = mount(view({ src }));
      // Shares the request and shows the late answer: once it has, `el` was offered it too.
      const witness = mount(view({ src }));
      await requested(1);
      el.article = { title: 'From the property' };
      await el.updateComplete;
      const witnessLoaded = loaded(witness);
      slow.resolve(json({ title: 'From the network' }));
      await witnessLoaded;
      await el.updateComplete;
      expect(title(witness)).to.equal('From the network');
      expect(title(el)).to.equal('From the property');
    });

    it('times out with a clear message and aborts the request', async () => {
      const { calls } = stubFetch(() => new Promise<Response>(() => {}));
      const el = mount(view({ src: unique(), timeout: '0.05' }));
      const { detail } = await failed(el);
      expect(detail.message).to.equal('The feed took longer than 0.1 s to answer.');
      expect(detail.error.code).to.equal('timeout');
      expect(errorText(el)).to.contain('The feed took longer than 0.1 s to answer.');
      expect(calls[0].init.signal!.aborted).to.equal(true);
    });

    it('retries a 503 and then shows the answer', async () => {
      let attempt = 0;
      const { calls } = stubFetch(() => (++attempt === 1 ? new Response('busy', { status: 503 }) : json({ title: 'Second try' })));
      const el = mount(view({ src: unique() }));
      await loaded(el);
      expect(title(el)).to.equal('Second try');
      expect(calls).to.have.length(2);
    });

    it('retries network errors and 429 (Retry-After: 0), then succeeds', async () => {
      let attempt = 0;
      const { calls } = stubFetch(() => {
        attempt++;
        if (attempt === 1) throw new TypeError('Failed to fetch');
        if (attempt === 2) return new Response('', { status: 429, headers: { 'retry-after': '0' } });
        return json({ title: 'Third time lucky' });
      });
      const el = mount(view({ src: unique() }));
      await loaded(el);
      expect(title(el)).to.equal('Third time lucky');
      expect(calls).to.have.length(3);
    });

    it('gives up after the retries with the last status', async () => {
      const { calls } = stubFetch(() => new Response('<h1>oops</h1>', { status: 500 }));
      const el = mount(view({ src: unique() }));
      const { detail } = await failed(el);
      expect(calls).to.have.length(1 + sourceSettings.retries);
      expect(detail.message).to.equal('The feed answered 500 Internal Server Error.');
      expect(detail.status).to.equal(500);
      expect(errorText(el)).to.contain('The feed answered 500 Internal Server Error.');
    });

    it('does not retry a 404, and does not wait for a Retry-After past the timeout', async () => {
      const { calls } = stubFetch((call) =>
        call.url.includes('missing')
          ? new Response('', { status: 404 })
          : new Response('', { status: 503, headers: { 'retry-after': '3600' } }),
      );
      const el = mount(view({ src: unique('missing') }));
      const { detail } = await failed(el);
      expect(detail.message).to.equal('The feed answered 404 Not Found.');
      expect(detail.status).to.equal(404);
      expect(calls).to.have.length(1);
      const busy = mount(view({ src: unique('busy') }));
      const busyError = await failed(busy);
      expect(busyError.detail.message).to.equal('The feed answered 503 Service Unavailable.');
      expect(calls).to.have.length(2);
    });

    it('reports a network failure in words', async () => {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const el = mount(view({ src: 'https://offline.example/feed.json' }));
      const { detail } = await failed(el);
      expect(detail.message).to.equal(
        'The feed at offline.example could not be reached (Failed to fetch). It may be offline or not allow this site to read it (CORS).',
      );
      expect(detail.error.code).to.equal('fetch-failed');
    });
  });

  describe('bad answers', () => {
    it('an HTML error page served as 200', async () => {
      stubFetch(() =>
        text('<!DOCTYPE html><html><head><title>Site maintenance</title></head><body><img src="/x.png"></body></html>', 'text/html'),
      );
      const el = mount(view({ src: unique() }));
      const { detail } = await failed(el);
      expect(detail.message).to.equal('The feed answered with a web page ("Site maintenance") instead of data.');
    });

    it('truncated JSON and truncated XML', async () => {
      stubFetch((call) =>
        call.url.includes('json') ? json('{"title": "Cut off') : text('<rss><channel><item><title>Cut', 'application/rss+xml'),
      );
      const a = mount(view({ src: unique('json') }));
      expect((await failed(a)).detail.message).to.match(/^The feed is not valid JSON/);
      const b = mount(view({ src: unique('xml') }));
      expect((await failed(b)).detail.message).to.match(/^The feed is not well-formed XML/);
    });

    it('a feed with zero items is a clear error for an article', async () => {
      stubFetch(() => json({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] }));
      const el = mount(view({ src: unique() }));
      const { detail } = await failed(el);
      expect(detail.message).to.match(/empty list/);
    });

    it('stops reading a response larger than the size limit', async () => {
      sourceSettings.maxBytes = 10_000;
      let pulled = 0;
      const chunk = new TextEncoder().encode(' '.repeat(4096));
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (++pulled > 100) controller.close();
          else controller.enqueue(chunk);
        },
      });
      stubFetch(() => new Response(body, { headers: { 'content-type': 'application/json' } }));
      const el = mount(view({ src: unique() }));
      const { detail } = await failed(el);
      expect(detail.message).to.equal('The feed is larger than 10 KB, the most this widget reads.');
      expect(detail.error.code).to.equal('too-large');
      expect(pulled).to.be.below(10);
    });

    it('refuses a response whose Content-Length is over the limit without reading it', async () => {
      sourceSettings.maxBytes = 1024 * 1024;
      stubFetch(() => new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }));
      const el = mount(view({ src: unique() }));
      expect((await failed(el)).detail.message).to.equal('The feed is larger than 1 MB, the most this widget reads.');
    });
  });

  describe('the shared cache', () => {
    it('three widgets asking for one URL cause one request', async () => {
      const answer = deferred<Response>();
      const { calls, requested } = stubFetch(() => answer.promise);
      const src = unique();
      const els = [view({ src }), view({ src }), view({ src })];
      const all = Promise.all(els.map(loaded));
      els.forEach((el) => mount(el));
      await requested(1);
      answer.resolve(json({ title: 'Shared' }));
      await all;
      expect(els.map(title)).to.deep.equal(['Shared', 'Shared', 'Shared']);
      expect(calls).to.have.length(1);
    });

    it('reuses a response while Cache-Control max-age says it is fresh', async () => {
      const { calls } = stubFetch(() => json({ title: 'Fresh' }, { headers: { 'cache-control': 'public, max-age=300' } }));
      const src = unique();
      await loaded(mount(view({ src })));
      const later = mount(view({ src }));
      await loaded(later);
      expect(title(later)).to.equal('Fresh');
      expect(calls).to.have.length(1);
    });

    it('never keeps a response marked no-store, whatever its max-age', async () => {
      let count = 0;
      const { calls } = stubFetch(() => json({ title: `Version ${++count}` }, { headers: { 'cache-control': 'max-age=300, no-store' } }));
      const src = unique();
      await loaded(mount(view({ src })));
      const later = mount(view({ src }));
      await loaded(later);
      expect(calls).to.have.length(2);
      expect(title(later)).to.equal('Version 2');
    });

    it('reuses a response while its Expires (against its Date) is in the future, and asks again once it is past', async () => {
      const now = Date.now();
      const headersFor = (url: string) => ({
        date: new Date(now).toUTCString(),
        expires: new Date(url.includes('future') ? now + 300_000 : now - 60_000).toUTCString(),
      });
      const { calls } = stubFetch((call) => json({ title: 'Expiring' }, { headers: headersFor(call.url) }));
      for (const [path, requests] of [
        ['future', 1],
        ['past', 2],
      ] as const) {
        calls.length = 0;
        const src = unique(path);
        await loaded(mount(view({ src })));
        const later = mount(view({ src }));
        await loaded(later);
        if (requests === 2) await waitUntil(() => calls.length === 2, 'the expired response is revalidated');
        expect(calls, `Expires in the ${path}`).to.have.length(requests);
        expect(title(later)).to.equal('Expiring');
      }
    });

    it('must-revalidate: a stale response is not shown while it is revalidated; the new one is', async () => {
      const second = deferred<Response>();
      let count = 0;
      stubFetch(() =>
        ++count === 1
          ? json({ title: 'Old' }, { headers: { etag: '"a"', 'cache-control': 'max-age=0, must-revalidate' } })
          : second.promise,
      );
      const src = unique();
      await loaded(mount(view({ src })));
      const later = view({ src });
      const shown: string[] = [];
      later.addEventListener('reader-load', (event) => shown.push((event as CustomEvent<{ data: Article }>).detail.data.title));
      mount(later);
      second.resolve(json({ title: 'New' }, { headers: { etag: '"b"' } }));
      await waitUntil(() => shown.includes('New'), 'the revalidated response is shown');
      expect(shown).to.deep.equal(['New']);
      expect(title(later)).to.equal('New');
    });

    it('revalidates through the browser cache (cache: no-cache, no hand-written If-None-Match) and keeps the same response when unchanged', async () => {
      const { calls } = stubFetch(() => json({ title: 'Validated' }, { headers: { etag: '"v1"', 'cache-control': 'no-cache' } }));
      const src = unique();
      const first = mount(view({ src }));
      await loaded(first);
      const later = mount(view({ src }));
      await loaded(later);
      expect(title(later)).to.equal('Validated');
      expect(calls).to.have.length(2);
      expect(calls.map((c) => c.init.cache)).to.deep.equal([undefined, 'no-cache']);
      for (const call of calls) {
        expect(call.header('if-none-match')).to.equal(null);
        expect(call.header('if-modified-since')).to.equal(null);
      }
      // An unchanged answer is the same response: the widget already showing it hears nothing new.
      let events = 0;
      first.addEventListener('reader-load', () => events++);
      (first as unknown as { reload(): void }).reload();
      await waitUntil(() => calls.length === 3);
      await first.updateComplete;
      expect(events).to.equal(0);
      expect(title(first)).to.equal('Validated');
    });

    it('asks only with CORS-safelisted request headers (an Accept under 128 bytes), so no preflight', async () => {
      const { calls } = stubFetch(() => json({ title: 'Simple' }));
      await loaded(mount(view({ src: unique() })));
      const headers = [...new Headers(calls[0].init.headers).entries()];
      expect(headers.map(([name]) => name)).to.deep.equal(['accept']);
      const accept = headers[0][1];
      expect(new TextEncoder().encode(accept).length).to.be.at.most(128);
      // The Fetch standard's CORS-unsafe request-header bytes.
      const unsafe = [...accept].filter((c) => (c < ' ' && c !== '\t') || c === '\x7f' || '"():<>?@[\\]{}'.includes(c));
      expect(unsafe).to.deep.equal([]);
      expect(accept).to.include('application/feed+json');
    });

    it('shows a stale response at once, then the revalidated one (stale-while-revalidate)', async () => {
      const second = deferred<Response>();
      let count = 0;
      stubFetch(() =>
        ++count === 1 ? json({ title: 'Old' }, { headers: { etag: '"a"', 'cache-control': 'max-age=0' } }) : second.promise,
      );
      const src = unique();
      await loaded(mount(view({ src })));
      const later = mount(view({ src }));
      await loaded(later);
      expect(title(later)).to.equal('Old');
      const updated = loaded(later);
      second.resolve(json({ title: 'New' }, { headers: { etag: '"b"' } }));
      await updated;
      expect(title(later)).to.equal('New');
    });

    it('a failed refresh keeps what the reader sees', async () => {
      let count = 0;
      const warned = deferred<void>();
      const warn = sinon.stub(console, 'warn').callsFake(() => warned.resolve());
      stubFetch(() => (++count === 1 ? json({ title: 'Kept' }) : new Response('', { status: 404 })));
      const el = mount(view({ src: unique() }));
      await loaded(el);
      (el as unknown as { reload(): void }).reload();
      await warned.promise; // the refresh has failed and been handled
      await el.updateComplete;
      expect(count).to.equal(2);
      expect(title(el)).to.equal('Kept');
      expect(part(el, 'error')).to.equal(null);
      expect(warn.calledWithMatch(/refreshing .* failed: The feed answered 404 Not Found/)).to.equal(true);
    });
  });

  describe('loading="lazy"', () => {
    it('fetches only when scrolled near, holding the placeholder space meanwhile', async () => {
      const { calls } = stubFetch(() => json({ title: 'Lazy' }));
      const spacer = mount(Object.assign(document.createElement('div'), { style: 'height: 5000px' }));
      const el = mount(view({ src: unique(), loading: 'lazy' }));
      await el.updateComplete;
      // Intersection observers report in the order they were made: once this one (made after the
      // element's) has reported the element off screen, the element has had its answer too.
      await new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(() => (observer.disconnect(), resolve()));
        observer.observe(el);
      });
      expect(calls).to.have.length(0);
      expect(part(el, 'placeholder')!.getBoundingClientRect().height).to.be.above(50);
      const done = loaded(el);
      el.scrollIntoView();
      await done;
      expect(calls).to.have.length(1);
      expect(title(el)).to.equal('Lazy');
      spacer.remove();
      window.scrollTo(0, 0);
    });

    it('an eager element fetches at once even when far away', async () => {
      const { calls } = stubFetch(() => json({ title: 'Eager' }));
      mount(Object.assign(document.createElement('div'), { style: 'height: 5000px' }));
      const el = mount(view({ src: unique() }));
      await loaded(el);
      expect(calls).to.have.length(1);
    });
  });

  describe('inline JSON', () => {
    it('reads a <script type="application/json"> child without a request', async () => {
      const { calls } = stubFetch(() => json({ title: 'Network' }));
      const el = view();
      const script = Object.assign(document.createElement('script'), {
        type: 'application/json',
        textContent: JSON.stringify({ title: 'Inline child', tags: ['ssr'] }),
      });
      el.append(script);
      const done = loaded(el);
      mount(el);
      await done;
      expect(title(el)).to.equal('Inline child');
      expect(parts(el, 'tag').map((t) => t.textContent)).to.deep.equal(['ssr']);
      expect(calls).to.have.length(0);
    });

    it('reads a JSON-LD child, and a script referenced by id with src="#id"', async () => {
      const ld = await fixture('jsonld-newsarticle.json');
      const holder = mount(
        Object.assign(document.createElement('script'), { type: 'application/ld+json', id: 'page-data', textContent: ld }),
      );
      expect(holder.isConnected).to.equal(true);
      const byId = view({ src: '#page-data' });
      const done = loaded(byId);
      mount(byId);
      await done;
      expect(title(byId)).to.equal('Flood barrier passes its first autumn test');
      const child = view();
      child.append(Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: ld }));
      const childDone = loaded(child);
      mount(child);
      await childDone;
      expect(title(child)).to.equal('Flood barrier passes its first autumn test');
    });

    it('bad inline JSON and a missing id end in the error state', async () => {
      const el = view();
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"title": ' }));
      const done = failed(el);
      mount(el);
      expect((await done).detail.message).to.match(/not valid JSON/);
      const missing = mount(view({ src: '#nowhere' }));
      expect((await failed(missing)).detail.message).to.equal('The inline data #nowhere was not found in the page.');
    });

    it('a malformed fragment (src="#%E0%A4%A") ends in the error state, with reader-error, and fetches nothing', async () => {
      const { calls } = stubFetch(() => json({ title: 'Network' }));
      const el = view({ src: '#%E0%A4%A' });
      const done = failed(el);
      mount(el);
      const { detail } = await done;
      expect(detail.message).to.equal('The inline data #%E0%A4%A was not found in the page.');
      await el.updateComplete;
      expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
      expect(calls).to.have.length(0);
    });

    it('a src given as well wins over the inline child', async () => {
      stubFetch(() => json({ title: 'From src' }));
      const el = view({ src: unique() });
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"title": "Inline"}' }));
      const done = loaded(el);
      mount(el);
      await done;
      expect(title(el)).to.equal('From src');
    });
  });
});
