import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { Article } from '../../src/core/model.js';
import { clearSourceCache } from '../../src/sources/cache.js';
import { part, parts } from '../helpers.js';
import { fixture } from './fixtures.js';
import { deferred, json, stubFetch, text } from './network.js';

let n = 0;
const unique = (path = 'feed') => `https://lists.example/${path}?t=${++n}`;

function list(attrs: Record<string, string> = {}): RelatedList {
  const el = document.createElement('related-list') as RelatedList;
  el.now = new Date('2026-01-01T00:00:00Z');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}
const loaded = (el: Element) => oneEvent(el, 'reader-load') as Promise<CustomEvent<{ data: Article[] }>>;
const titles = (el: Element) => parts(el, 'title').map((t) => t.textContent?.trim());
const links = (el: Element) => parts(el, 'title').map((t) => t.getAttribute('href'));

describe('sources: feeds through <related-list src>', () => {
  const mounted: Element[] = [];
  const mount = <E extends Element>(el: E): E => (mounted.push(el), document.body.append(el), el);
  beforeEach(() => clearSourceCache());
  afterEach(() => {
    sinon.restore();
    mounted.splice(0).forEach((el) => el.remove());
  });

  const cases: Array<[string, string, string, string[], string]> = [
    [
      'RSS 2.0',
      'rss.xml',
      'application/rss+xml',
      ['地铁 5 号线延长段 & 新站点今日开通', '老城区供暖改造进入收尾阶段', '江边夜跑路线推荐'],
      'https://lists.example/city/2025/12/01/heating.html',
    ],
    [
      'Atom 1.0',
      'atom.xml',
      'application/atom+xml',
      ['Über den Grat im Nebel & zurück', 'Hut opening hours for autumn', 'Wetter & Lawinen: plain text content'],
      'https://bergblog.example/huetten/herbst',
    ],
    [
      'JSON Feed 1.1',
      'jsonfeed-feed.json',
      'application/feed+json',
      ['The winter ferry timetable, explained', 'Counting gulls on the breakwater'],
      'https://lists.example/2025/03/gulls',
    ],
    [
      'WordPress with _embed',
      'wordpress-posts-embed.json',
      'application/json',
      ['Tomatoes in May – too early? & other questions', 'Why is my compost so hot?'],
      'https://allotment.example/2025/05/compost-heat/',
    ],
    [
      'Ghost',
      'ghost-posts.json',
      'application/json',
      ['Shipping a calmer inbox', 'Changelog: May'],
      'https://slow-mail.example/changelog-may/',
    ],
    ['reader JSON', 'reader.json', 'text/plain', ['Reader JSON passes straight through', 'Second item'], '/news/r-1'],
  ];
  for (const [label, file, type, expected, someLink] of cases) {
    it(`${label}: every item with a title, linked`, async () => {
      const body = await fixture(file);
      const warn = sinon.stub(console, 'warn');
      stubFetch(() => text(body, type));
      const el = mount(list({ src: unique(file) }));
      const { detail } = await loaded(el);
      expect(titles(el)).to.deep.equal(expected);
      expect(detail.data.map((a) => a.title)).to.deep.equal(expected);
      expect(links(el).filter(Boolean)).to.include(someLink);
      warn.restore();
    });
  }

  it('items without titles are skipped with a console warning', async () => {
    const body = await fixture('rss.xml');
    const warn = sinon.stub(console, 'warn');
    stubFetch(() => text(body, 'application/rss+xml'));
    const el = mount(list({ src: unique() }));
    await loaded(el);
    expect(parts(el, 'item')).to.have.length(3);
    expect(warn.calledWithMatch(/items\[3\] was skipped: `title` is missing/)).to.equal(true);
  });

  it('a feed with zero items shows the quiet empty state', async () => {
    stubFetch(() =>
      text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nothing yet</title></feed>', 'application/atom+xml'),
    );
    const el = mount(list({ src: unique(), empty: 'No related stories' }));
    await loaded(el);
    expect(part(el, 'empty')!.textContent).to.contain('No related stories');
    expect(part(el, 'error')).to.equal(null);
  });

  it('three lists on one feed make one request', async () => {
    const answer = deferred<Response>();
    const { calls } = stubFetch(() => answer.promise);
    const src = unique();
    const els = [list({ src }), list({ src }), list({ src })];
    const all = Promise.all(els.map(loaded));
    els.forEach((el) => mount(el));
    answer.resolve(json({ items: [{ title: 'One' }, { title: 'Two' }] }));
    await all;
    expect(els.map(titles)).to.deep.equal([
      ['One', 'Two'],
      ['One', 'Two'],
      ['One', 'Two'],
    ]);
    expect(calls).to.have.length(1);
  });

  it('a single article (JSON-LD) is a list of one; an HTML error page is an error', async () => {
    const ld = await fixture('jsonld-graph.json');
    stubFetch((call) =>
      call.url.includes('ld')
        ? text(ld, 'application/ld+json')
        : text('<html><head><title>502 Bad Gateway</title></head></html>', 'text/html'),
    );
    const el = mount(list({ src: unique('ld') }));
    await loaded(el);
    expect(titles(el)).to.deep.equal(['Repotting a Boston fern in five steps']);
    const bad = mount(list({ src: unique('html') }));
    const { detail } = (await oneEvent(bad, 'reader-error')) as CustomEvent<{ message: string }>;
    expect(detail.message).to.equal('The feed answered with a web page ("502 Bad Gateway") instead of data.');
    expect(part(bad, 'error')!.getAttribute('role')).to.equal('alert');
  });

  it('reads an inline JSON Feed child', async () => {
    const body = await fixture('jsonfeed-feed.json');
    const { calls } = stubFetch(() => json({ items: [] }));
    const warn = sinon.stub(console, 'warn');
    const el = list();
    el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: body }));
    const done = loaded(el);
    mount(el);
    await done;
    expect(titles(el)).to.deep.equal(['The winter ferry timetable, explained', 'Counting gulls on the breakwater']);
    expect(calls).to.have.length(0);
    warn.restore();
  });
});
