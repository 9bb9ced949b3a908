/**
 * The host page's own markup cannot break the widgets: elements named after the document's built-ins
 * (`<img name="baseURI">` makes `document.baseURI` that image; `<img name="createElement">` replaces
 * `document.createElement`) are markup a CMS lets authors add. The widgets read the document through
 * src/core/platform.ts, which such names cannot shadow.
 *
 * Lit itself calls `document.createElement` once per template, when it first renders it; that is Lit's
 * code, not ours, so every template is rendered once here before the named elements arrive.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { clearSourceCache } from '../../src/sources/feed-reader-loader.js';
import { json, stubFetch } from '../sources/network.js';

const CLOBBERING = [
  'baseURI',
  'createElement',
  'createDocumentFragment',
  'getElementById',
  'documentElement',
  'visibilityState',
  'implementation',
  'addEventListener',
  'removeEventListener',
];

const article = {
  title: 'Harbour reopens',
  url: 'stories/harbour',
  bodyHtml: '<p>Ferries <a href="/ferries">run again</a>.</p>',
  tags: ['port'],
};
const list = { items: [article, { title: 'Night trains return', url: 'stories/trains' }] };

const mounted: Element[] = [];
function widget(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = Document.prototype.createElement.call(document, tag) as HTMLElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('lang', 'en');
  mounted.push(el);
  return el;
}
async function settle(el: HTMLElement): Promise<CustomEvent> {
  const done = Promise.race([oneEvent(el, 'reader-load'), oneEvent(el, 'reader-error')]) as Promise<CustomEvent>;
  document.body.append(el);
  return done;
}
const shadowText = (el: Element, part: string) =>
  [...(el.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])].map((node) => node.textContent?.trim());

describe('security: named elements on the host page (DOM clobbering)', () => {
  const named: Element[] = [];
  let requested: string[];

  before(async () => {
    // Every template and the sanitizer, once, before the named elements exist.
    const warm = stubFetch((call) => (call.url.includes('missing') ? new Response('', { status: 404 }) : json(list)));
    for (const tag of ['article-view', 'related-list', 'trending-ticker']) {
      await settle(widget(tag, { src: `/warm/${tag}.json`, 'structured-data': '' }));
      await settle(widget(tag, { src: `/warm/missing-${tag}.json` }));
    }
    warm.stub.restore();
    mounted.splice(0).forEach((el) => el.remove());
    for (const name of CLOBBERING) {
      const img = Document.prototype.createElement.call(document, name.endsWith('Listener') ? 'form' : 'img');
      img.setAttribute('name', name);
      named.push(img);
      document.body.append(img);
    }
  });

  beforeEach(() => {
    clearSourceCache();
    requested = [];
    stubFetch((call) => (requested.push(call.url), json(call.url.includes('list') ? list : article)));
  });
  afterEach(() => {
    sinon.restore();
    mounted.splice(0).forEach((el) => el.remove());
  });
  after(() => named.forEach((el) => el.remove()));

  it('the named elements do shadow the document (the premise)', () => {
    const doc = document as unknown as Record<string, unknown>;
    expect(doc.baseURI).to.be.instanceOf(HTMLImageElement);
    expect(doc.createElement).to.be.instanceOf(HTMLImageElement);
  });

  it('a relative src still resolves against the page and loads, in every element', async () => {
    for (const tag of ['article-view', 'related-list', 'trending-ticker']) {
      const el = widget(tag, { src: `data/${tag === 'article-view' ? 'article' : 'list'}.json?${tag}` });
      const event = await settle(el);
      expect(event.type, `${tag}: ${event.detail?.message}`).to.equal('reader-load');
    }
    expect(requested.map((url) => new URL(url).pathname)).to.deep.equal([
      new URL('data/article.json', location.href).pathname,
      new URL('data/list.json', location.href).pathname,
      new URL('data/list.json', location.href).pathname,
    ]);
  });

  it('the list builds its items, links resolve, and the article shows its body and structured data', async () => {
    const links = widget('related-list', { src: 'data/list.json?links' });
    expect((await settle(links)).type).to.equal('reader-load');
    expect(shadowText(links, 'title')).to.deep.equal(['Harbour reopens', 'Night trains return']);
    const href = links.shadowRoot!.querySelector('a')!.href;
    expect(href).to.equal(new URL('stories/harbour', location.href).href);

    const view = widget('article-view', { src: 'data/article.json?body', 'structured-data': '' });
    expect((await settle(view)).type).to.equal('reader-load');
    await (view as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadowText(view, 'body')[0]).to.equal('Ferries run again.');
    const script = view.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent!).url).to.equal(new URL('stories/harbour', location.href).href);
  });

  it('src="#id" finds the inline data in the page', async () => {
    const data = Document.prototype.createElement.call(document, 'script');
    Object.assign(data, { type: 'application/json', id: 'clobber-inline', textContent: JSON.stringify(article) });
    document.body.append(data);
    mounted.push(data);
    const el = widget('article-view', { src: '#clobber-inline' });
    expect((await settle(el)).type).to.equal('reader-load');
    expect(shadowText(el, 'title')).to.deep.equal(['Harbour reopens']);
    expect(requested).to.deep.equal([]);
  });
});
