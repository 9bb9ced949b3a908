/**
 * Plain-text fields (title, summary, author, source, tags) are text whatever they contain: the rendered
 * text is exactly the input, no element is created from it, nothing runs. Bidi controls in them are
 * isolated, so a right-to-left override cannot reverse the widget's own UI around them.
 */
import { expect } from '@open-wc/testing';
import { part, parts } from '../helpers.js';
import { installScriptFlag, renderArticle, settle } from './harness.js';

const HOSTILE_TEXT = [
  '<img src=x onerror="__xss(1)">',
  '<script>__xss(1)</script>',
  '"><svg onload=__xss(1)>',
  "'><iframe srcdoc='<script>parent.__xss(1)</script>'>",
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;i&#62;',
  '<!-- comment --> ]]> <![CDATA[ x ]]>',
  '{{constructor.constructor("__xss(1)")()}} ${__xss(1)}',
  'javascript:__xss(1)',
  '<style>* { display: none }</style>',
  '</h2><h1>Fake</h1>',
  'a\u0000b\u0001c',
  '\u202egnp.exe',
];

describe('plain-text fields never become markup', () => {
  before(installScriptFlag);

  for (const value of HOSTILE_TEXT) {
    it(JSON.stringify(value), async () => {
      const { el, event } = await renderArticle({
        title: `T ${value}`,
        summary: `S ${value}`,
        author: [`A ${value}`, { name: `B ${value}`, url: '/b' }],
        source: { name: `Src ${value}`, url: '/src' },
        tags: [`tag ${value}`],
      });
      expect(event).to.equal('reader-load');
      await settle(el.shadowRoot!);
      const expected = (prefix: string) => `${prefix} ${value}`.trim();
      expect(part(el, 'title')!.textContent).to.equal(expected('T'));
      expect(part(el, 'summary')!.textContent).to.equal(expected('S'));
      expect(parts(el, 'author').map((a) => a.textContent)).to.deep.equal([expected('A'), expected('B')]);
      expect(part(el, 'source')!.textContent).to.equal(expected('Src'));
      expect(part(el, 'tag')!.textContent).to.equal(expected('tag'));
      for (const name of ['title', 'summary', 'author', 'source', 'tag']) {
        for (const piece of parts(el, name)) expect(piece.children, `${name} has no child elements`).to.have.length(0);
      }
      expect(el.shadowRoot!.querySelectorAll('script, img, svg, iframe, style, h1')).to.have.length(0);
      expect(window.__xssHits).to.deep.equal([]);
      el.remove();
    });
  }
});

describe('bidi overrides in text fields are isolated', () => {
  const RLO = '\u202e';
  const ISOLATING = ['isolate', 'isolate-override', 'plaintext'];

  it('each text field is its own bidi isolate', async () => {
    const { el } = await renderArticle({
      title: `${RLO}evil title`,
      summary: `${RLO}evil summary`,
      author: [`${RLO}evil author`, { name: `${RLO}linked author`, url: '/a' }],
      source: `${RLO}evil source`,
      tags: [`${RLO}evil tag`, 'second'],
      views: 1234,
    });
    for (const name of ['title', 'summary', 'author', 'source', 'tag']) {
      for (const piece of parts(el, name)) {
        expect(ISOLATING, `unicode-bidi of ${name}`).to.include(getComputedStyle(piece).unicodeBidi);
      }
    }
    el.remove();
  });

  it('an override in an author name cannot reorder the byline after it', async () => {
    const { el } = await renderArticle({
      title: 'Byline order',
      author: `${RLO}abc`,
      source: 'Source',
      views: 1234,
      publishedAt: '2025-12-01T00:00:00Z',
    });
    const byline = part(el, 'byline')!;
    // Left to right, as the page reads: author, separator, source, separator, date, separator, views.
    const order = [part(el, 'author')!, part(el, 'source')!, part(el, 'date')!, part(el, 'views')!];
    const lefts = order.map((node) => node.getBoundingClientRect().left);
    expect(lefts, 'pieces left to right').to.deep.equal([...lefts].sort((a, b) => a - b));
    const separators = [...byline.querySelectorAll('.sep')].map((s) => s.getBoundingClientRect().left);
    expect(separators[0]).to.be.greaterThan(part(el, 'author')!.getBoundingClientRect().right - 1);
    el.remove();
  });

  it('an override in a title cannot reorder the summary or tags', async () => {
    const { el } = await renderArticle({ title: `${RLO}abc def`, summary: 'first second', tags: ['one', 'two'] });
    const tags = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tag"]')].map((t) => t.getBoundingClientRect().left);
    expect(tags[0]).to.be.lessThan(tags[1]);
    const summary = part(el, 'summary')!;
    const range = document.createRange();
    const text = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT).nextNode()!;
    expect(text.textContent).to.equal('first second');
    range.setStart(text, 0);
    range.setEnd(text, 5);
    const firstWord = range.getBoundingClientRect().left;
    range.setStart(text, 6);
    range.setEnd(text, 12);
    expect(firstWord, '"first" before "second"').to.be.lessThan(range.getBoundingClientRect().left);
    el.remove();
  });
});
