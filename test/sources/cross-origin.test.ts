/**
 * `src` on another origin, served the way static hosts, buckets and CDNs serve feeds: `GET` allowed with
 * `Access-Control-Allow-Origin: *`, `OPTIONS` refused (test/sources/cors-server.mjs). A widget's request
 * must be a CORS "simple" request (no preflight), and revalidation must go through the browser's HTTP
 * cache (a 304 from the server), with the real network, not a stub.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { part, parts } from '../helpers.js';

interface Logged {
  method: string;
  path: string;
  status: number;
  ifNoneMatch: string | null;
}

const otherOrigin = () => `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const run = Math.random().toString(36).slice(2);
const feedUrl = (file: string, tag = '') => `${otherOrigin()}/__cors/feed?file=${file}&run=${run}${tag}`;
/** What the feed host got for this run's URLs (those containing `only`, if given). */
const serverLog = async (only = ''): Promise<Logged[]> =>
  (await (await fetch('/__cors/log', { cache: 'no-store' })).json()).filter(
    (entry: Logged) => entry.path.includes(run) && entry.path.includes(only),
  );

/** Resolves on `reader-load`; a `reader-error` fails at once with its message. */
const loaded = (el: Element) =>
  Promise.race([
    oneEvent(el, 'reader-load'),
    oneEvent(el, 'reader-error').then((e) => Promise.reject(new Error((e as CustomEvent<{ message: string }>).detail.message))),
  ]);

const mounted: Element[] = [];
function mount<E extends Element>(tag: string, src: string): E {
  const el = document.createElement(tag) as unknown as E;
  el.setAttribute('src', src);
  el.setAttribute('lang', 'en');
  mounted.push(el);
  document.body.append(el);
  return el;
}

describe('sources: a feed on another origin that refuses preflights', () => {
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  const cases: Array<[string, string]> = [
    ['jsonfeed-item.json', 'The last lighthouse keeper retires'],
    ['jsonfeed-feed.json', 'The winter ferry timetable, explained'],
    ['wordpress-post-embed.json', 'Tomatoes in May – too early? & other questions'],
    ['wordpress-posts.json', 'Tomatoes in May – too early? & other questions'],
    ['rss.xml', '地铁 5 号线延长段 & 新站点今日开通'],
    ['rss-sloppy.xml', 'AT&T, R&D and other things — a list'],
    ['atom.xml', 'Über den Grat im Nebel & zurück'],
    ['jsonld-newsarticle.json', 'Flood barrier passes its first autumn test'],
    ['jsonld-graph.json', 'Repotting a Boston fern in five steps'],
    ['ghost-posts.json', 'Shipping a calmer inbox'],
    ['reader.json', 'Reader JSON passes straight through'],
  ];

  it('every format renders, with one GET per URL and not one OPTIONS request', async () => {
    const views = cases.map(([file]) => mount<ArticleView>('article-view', feedUrl(file)));
    // A second widget on a URL already asked for shares the request.
    const list = mount<HTMLElement>('related-list', feedUrl('jsonfeed-feed.json'));
    await Promise.all([...views, list].map(loaded));
    expect(views.map((el) => part(el, 'title')?.textContent)).to.deep.equal(cases.map(([, title]) => title));
    expect(parts(list, 'title').length).to.be.greaterThan(0);
    const log = (await serverLog()).filter((entry) => !entry.path.includes('&refresh'));
    expect(log.filter((entry) => entry.method !== 'GET')).to.deep.equal([]);
    expect(log.map((entry) => entry.path).sort()).to.deep.equal(
      cases.map(([file]) => new URL(feedUrl(file)).pathname + new URL(feedUrl(file)).search).sort(),
    );
  });

  it('a refresh of an unchanged feed is a conditional request the server answers 304, still without a preflight', async () => {
    const src = feedUrl('reader.json', '&refresh');
    const el = mount<ArticleView>('article-view', src);
    await loaded(el);
    (el as unknown as { reload(): void }).reload();
    await waitUntil(async () => (await serverLog('&refresh')).length >= 2, 'the refresh reached the server');
    const log = await serverLog('&refresh');
    // A browser with an HTTP cache sends its validator (WebKitGTK's automation sessions keep none: the
    // probe tells which, with a plain fetch revalidated the same way).
    const probe = feedUrl('reader.json', '&probe');
    for (let i = 0; i < 2; i++) await (await fetch(probe, { cache: 'no-cache' })).text();
    const caches = (await serverLog('&probe'))[1]?.status === 304;
    expect(log.map(({ method, status }) => `${method} ${status}`)).to.deep.equal(['GET 200', caches ? 'GET 304' : 'GET 200']);
    if (caches) expect(log[1].ifNoneMatch, 'the browser sent its validator').to.be.a('string');
    await el.updateComplete;
    expect(part(el, 'title')?.textContent).to.equal('Reader JSON passes straight through');
    expect(part(el, 'error')).to.equal(null);
  });
});
