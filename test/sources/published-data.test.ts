/**
 * Data as real sites publish it: an Atom entry dated only by `<updated>`, and JSON text that starts with a
 * byte-order mark, through every way data reaches an element (attribute, inline script, `src`).
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { clearSourceCache } from '../../src/sources/cache.js';
import { part, parts } from '../helpers.js';
import { stubFetch, text } from './network.js';

const BOM = '\ufeff';
const NOW = new Date('2025-12-10T00:00:00Z');
let n = 0;
const unique = () => `https://published.example/feed?t=${++n}`;

const ATOM_UPDATED_ONLY = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour notes</title><id>tag:harbour.example,2025:feed</id><updated>2025-12-02T13:32:06Z</updated>
  <entry>
    <title>Ferry timetable changes</title>
    <id>tag:harbour.example,2025:ferry</id>
    <link href="https://harbour.example/ferry"/>
    <updated>2025-12-02T13:32:06Z</updated>
    <author><name>Maren Olsen</name></author>
  </entry>
</feed>`;

/** The element's first verdict on its data: `reader-load` or `reader-error` (with its message). */
const settled = (el: Element) =>
  Promise.race([
    oneEvent(el, 'reader-load').then(() => 'loaded'),
    oneEvent(el, 'reader-error').then((e) => `error: ${(e as CustomEvent<{ message: string }>).detail.message}`),
  ]);

function element<E extends HTMLElement>(tag: string, attrs: Record<string, string> = {}): E {
  const el = document.createElement(tag) as E & { now?: Date };
  el.now = NOW;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

describe('data as real sites publish it', () => {
  const mounted: Element[] = [];
  const mount = <E extends Element>(el: E): E => (mounted.push(el), document.body.append(el), el);
  beforeEach(() => clearSourceCache());
  afterEach(() => {
    sinon.restore();
    mounted.splice(0).forEach((el) => el.remove());
  });

  describe('an Atom entry with only <updated>', () => {
    it('<related-list> shows its date', async () => {
      stubFetch(() => text(ATOM_UPDATED_ONLY, 'application/atom+xml'));
      const el = element<RelatedList>('related-list', { src: unique() });
      const done = settled(el);
      mount(el);
      expect(await done).to.equal('loaded');
      await el.updateComplete;
      const time = el.shadowRoot!.querySelector('time');
      expect(time, 'a date is shown').to.exist;
      expect(time!.getAttribute('datetime')).to.equal('2025-12-02T13:32:06.000Z');
    });

    it('<article-view> shows it once, as the date (not as an "updated" date next to nothing)', async () => {
      stubFetch(() => text(ATOM_UPDATED_ONLY.replace(/[\s\S]*(<entry>[\s\S]*<\/entry>)[\s\S]*/, '$1'), 'application/atom+xml'));
      const el = element<ArticleView>('article-view', { src: unique(), 'date-style': 'absolute', locale: 'en' });
      const done = settled(el);
      mount(el);
      expect(await done).to.equal('loaded');
      await el.updateComplete;
      expect(part(el, 'date')?.getAttribute('datetime')).to.equal('2025-12-02T13:32:06.000Z');
      expect(part(el, 'updated'), 'no separate "updated" date').to.equal(null);
    });
  });

  describe('JSON text starting with a byte-order mark', () => {
    const article = { title: 'Saved by an editor', author: 'Ana Ruiz', tags: ['bom'] };

    it('parses in the `article` attribute', async () => {
      const el = element<ArticleView>('article-view', { article: BOM + JSON.stringify(article) });
      const done = settled(el);
      mount(el);
      expect(await done).to.equal('loaded');
      expect(part(el, 'title')?.textContent?.trim()).to.equal('Saved by an editor');
      expect(part(el, 'error')).to.equal(null);
    });

    it('parses in the `items` attribute', async () => {
      const el = element<RelatedList>('related-list', { items: BOM + JSON.stringify([article]) });
      const done = settled(el);
      mount(el);
      expect(await done).to.equal('loaded');
      expect(parts(el, 'title').map((t) => t.textContent?.trim())).to.deep.equal(['Saved by an editor']);
    });

    it('parses in an inline <script type="application/json">', async () => {
      const { calls } = stubFetch(() => text('{}', 'application/json'));
      const el = element<ArticleView>('article-view');
      el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: BOM + JSON.stringify(article) }));
      const done = settled(el);
      mount(el);
      expect(await done).to.equal('loaded');
      expect(part(el, 'title')?.textContent?.trim()).to.equal('Saved by an editor');
      expect(calls).to.have.length(0);
    });

    it('parses when fetched from src', async () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(article))]);
      stubFetch(() => text(bytes, 'application/json; charset=utf-8'));
      const el = element<ArticleView>('article-view', { src: unique() });
      const done = settled(el);
      mount(el);
      expect(await done).to.equal('loaded');
      expect(part(el, 'title')?.textContent?.trim()).to.equal('Saved by an editor');
    });

    it('parses when fetched from src with a wrong charset in the header (the mark wins, as in the Encoding standard)', async () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify({ ...article, title: 'Café' }))]);
      stubFetch(() => text(bytes, 'application/json; charset=iso-8859-1'));
      const el = element<ArticleView>('article-view', { src: unique() });
      const done = settled(el);
      mount(el);
      expect(await done).to.equal('loaded');
      expect(part(el, 'title')?.textContent?.trim()).to.equal('Café');
    });
  });
});
