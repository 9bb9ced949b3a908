/**
 * A URL allowed in one place is not allowed everywhere (issue 13): `mailto:` is a link, never an image
 * or a fetch source. Each URL-bearing field is checked against what it may hold (core/urls.ts `UrlUse`).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { normalizeArticle, type Article } from '../../src/core/model.js';
import { sanitizeBody } from '../../src/core/sanitize.js';
import { safeSrcset, safeUrl } from '../../src/core/urls.js';
import { part } from '../helpers.js';
import { stubFetch, json } from '../sources/network.js';

const MAILTO = 'mailto:editor@example.com';

function normalized(input: Record<string, unknown>): Article {
  const result = normalizeArticle({ title: 'Fields', ...input });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('URL fields: each holds only what it may', () => {
  afterEach(() => sinon.restore());

  describe('the gate', () => {
    it('keeps mailto: for links, refuses it for media and fetches', () => {
      expect(safeUrl(MAILTO, 'link')).to.equal(MAILTO);
      expect(safeUrl(MAILTO, 'media')).to.equal(undefined);
      expect(safeUrl(MAILTO, 'fetch')).to.equal(undefined);
      expect(safeUrl(' MAILTO:editor@example.com', 'media')).to.equal(undefined);
      expect(safeSrcset(`${MAILTO} 2x, /ok.png 1x`)).to.equal('/ok.png 1x');
      for (const use of ['link', 'media', 'fetch'] as const) {
        expect(safeUrl('https://example.com/a.png', use), use).to.equal('https://example.com/a.png');
        expect(safeUrl('/a.png', use), use).to.equal('/a.png');
        expect(safeUrl('javascript:alert(1)', use), use).to.equal(undefined);
      }
    });
  });

  describe('the reader JSON, field by field', () => {
    // [field, input, where it lands in the normalized article, kept?]
    const cases: Array<[string, Record<string, unknown>, (a: Article) => string | undefined, boolean]> = [
      ['url', { url: MAILTO }, (a) => a.url, true],
      ['author url', { author: { name: 'A', url: MAILTO } }, (a) => a.authors[0].url, true],
      ['source url', { source: { name: 'S', url: MAILTO } }, (a) => a.source?.url, true],
      ['author avatar', { author: { name: 'A', avatar: MAILTO } }, (a) => a.authors[0].avatar, false],
      ['image', { image: MAILTO }, (a) => a.image?.src, false],
      ['image src', { image: { src: MAILTO } }, (a) => a.image?.src, false],
      ['image srcset', { image: { src: '/a.png', srcset: `${MAILTO} 2x` } }, (a) => a.image?.srcset, false],
    ];
    for (const [name, input, read, kept] of cases) {
      it(`${name}: mailto: is ${kept ? 'kept' : 'refused'}`, () => {
        expect(read(normalized(input))).to.equal(kept ? MAILTO : undefined);
      });
    }
  });

  describe('a sanitized body, attribute by attribute', () => {
    const cases: Array<[string, string, string, boolean]> = [
      ['a href', `<a href="${MAILTO}">write</a>`, 'a:href', true],
      ['blockquote cite', `<blockquote cite="${MAILTO}">q</blockquote>`, 'blockquote:cite', true],
      ['img src', `<img src="${MAILTO}" alt="x">`, 'img:src', false],
      ['img srcset', `<img src="/a.png" srcset="${MAILTO} 2x" alt="x">`, 'img:srcset', false],
      ['video poster', `<video poster="${MAILTO}"></video>`, 'video:poster', false],
      ['video poster (waiting to near the viewport)', `<video poster="${MAILTO}"></video>`, 'video:data-rw-poster', false],
      ['video src', `<video src="${MAILTO}"></video>`, 'video:src', false],
    ];
    for (const [name, body, where, kept] of cases) {
      it(`${name}: mailto: is ${kept ? 'kept' : 'dropped'}`, () => {
        const [tag, attribute] = where.split(':');
        const element = sanitizeBody(body).querySelector(tag);
        expect(element, tag).to.exist;
        expect(element!.getAttribute(attribute)).to.equal(kept ? MAILTO : null);
      });
    }
  });

  describe('what a reader sees', () => {
    it('<article-view>: mailto: author and source links work; no image or avatar asks for a mailto: address', async () => {
      const el = await fixture<ArticleView>(
        html`<article-view
          .article=${{
            title: 'Letters',
            author: { name: 'Ed Itor', url: MAILTO, avatar: MAILTO },
            source: { name: 'Desk', url: MAILTO },
            image: { src: MAILTO, alt: 'x' },
            bodyHtml: `<p><a href="${MAILTO}">write</a><img src="${MAILTO}" alt="y"></p>`,
          }}
        ></article-view>`,
      );
      await el.updateComplete;
      expect(part(el, 'author')!.getAttribute('href')).to.equal(MAILTO);
      expect(part(el, 'source')!.getAttribute('href')).to.equal(MAILTO);
      expect(part(el, 'avatar')).to.equal(null);
      expect(part(el, 'image')).to.equal(null);
      const srcs = [...el.shadowRoot!.querySelectorAll('[src], [srcset], [poster]')].flatMap((n) =>
        ['src', 'srcset', 'poster'].map((a) => n.getAttribute(a)).filter((v) => v !== null),
      );
      expect(srcs.filter((v) => /mailto:/i.test(v!))).to.deep.equal([]);
    });

    it('<related-list layout="cards">: a mailto: item link is a link, its mailto: image is not loaded', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list layout="cards" .items=${[{ title: 'Write to us', url: MAILTO, image: MAILTO }]}></related-list>`,
      );
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('href')).to.equal(MAILTO);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('src="mailto:…" is never fetched: the element says so', async () => {
      const { calls } = stubFetch(() => json({ title: 'never' }));
      const el = document.createElement('article-view');
      el.setAttribute('src', MAILTO);
      const error = oneEvent(el, 'reader-error');
      document.body.append(el);
      try {
        expect((await error).detail.message).to.contain('not an http(s) URL');
        expect(calls).to.have.length(0);
      } finally {
        el.remove();
      }
    });
  });
});
