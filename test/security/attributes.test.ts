/**
 * The attribute limit: a body with a tag of more than MAX_ATTRIBUTES attributes is refused before it is
 * parsed (the parser and DOMPurify are quadratic in them), and no markup before such a tag hides it.
 * The count is checked against the browser's own parser on generated tag soup.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_ATTRIBUTES, mostAttributes, sanitizeBody } from '../../src/core/sanitize.js';
import { part } from '../helpers.js';
import { renderArticle } from './harness.js';

const attributes = (n: number, separator = ' ') => Array.from({ length: n }, (_, i) => `a${i}="1"`).join(separator);
/** One attribute too many, with no quotes: a quote opened before the tag would swallow it whole. */
const many = Array.from({ length: MAX_ATTRIBUTES + 1 }, (_, i) => `a${i}`).join(' ');

/** The most attributes any element the browser built from `html` has (as DOMPurify parses it). */
function parsedMost(html: string): number {
  const doc = new DOMParser().parseFromString(`<remove></remove>${html}`, 'text/html');
  let most = 0;
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      most = Math.max(most, el.attributes.length);
      if (el instanceof HTMLTemplateElement) walk(el.content);
    }
  };
  most = Math.max(most, doc.documentElement.attributes.length);
  walk(doc);
  return most;
}

describe('attribute limit', () => {
  it('counts attributes as the tokenizer reads them', () => {
    expect(mostAttributes('<p>x</p>')).to.equal(0);
    expect(mostAttributes(`<p a b=1 c="x>y" d='q' e/f>x</p>`)).to.equal(6);
    expect(mostAttributes('<p a="1"b="2"c=3>')).to.equal(3);
    expect(mostAttributes('<body a b><p c><body d e f>')).to.equal(5);
    expect(mostAttributes('<p title="a <b c d e">')).to.equal(3); // "<b" is read as a tag too: an overcount, on the safe side
  });

  it('is never below what the parser built, on generated tag soup', () => {
    const piece = fc.constantFrom(
      '<', '</', '>', ' ', '\n', '"', "'", '=', '/', 'p', 'a', 'b', 'x', 'body', 'html', 'template', '!--', '--', '--!>', '-->',
      '<![CDATA[', ']]>', '<svg>', '</svg>', '<math>', '<foreignObject>', '<textarea>', '</textarea>', '<script>', '</script>',
      '<title>', '</title>', '<style>', '</style>', '<p a b c>', '<b x=1 y="2">', '<body q r>', '<html s t>',
    ); // prettier-ignore
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const html = pieces.join('');
        expect(mostAttributes(html), html).to.be.at.least(parsedMost(html));
      }),
      { seed: 14, numRuns: 3000 },
    );
  });

  // Each hides a tag of MAX_ATTRIBUTES + 1 attributes from a scan that tracks context as text.
  for (const [name, bodyHtml] of [
    ['a <p> with one attribute too many', `<p ${many}>x</p>`],
    ['the same with quoted values', `<p ${attributes(MAX_ATTRIBUTES + 1)}>x</p>`],
    ['the same with no spaces between attributes', `<p ${attributes(MAX_ATTRIBUTES + 1, '')}>x</p>`],
    ['after "<!-->" (a comment that is already closed)', `<!--><p ${many}>x</p>`],
    ['after a comment closed by "--!>"', `<!-- a --!><p ${many}>x</p>`],
    ['after a <textarea> whose text opens a quote', `<textarea><p title="</textarea><p ${many}>">`],
    ['after a CDATA section in SVG that opens a quote', `<svg><![CDATA[><p title="]]><p ${many}>">`],
    [
      'spread over <body> tags (the parser merges them into one element)',
      `<body ${attributes(200)}><p>x</p><body ${attributes(200).replaceAll('a', 'b')}>`,
    ],
    ['in an end tag', `<p>x</p ${many}>`],
  ]) {
    it(`${name} ends in the error state`, async () => {
      const { el, event } = await renderArticle({ title: 'attributes', bodyHtml });
      expect(event).to.equal('reader-error');
      expect(part(el, 'error')!.textContent).to.match(/more than \d+ attributes/);
      el.remove();
    });
  }

  it(`a tag with ${MAX_ATTRIBUTES} attributes renders`, async () => {
    const { el, event } = await renderArticle({ title: 'attributes', bodyHtml: `<p ${attributes(MAX_ATTRIBUTES)}>x</p>` });
    expect(event).to.equal('reader-load');
    expect(part(el, 'body')!.textContent).to.equal('x');
    el.remove();
    expect(() => sanitizeBody(`<p ${attributes(MAX_ATTRIBUTES)}>x</p>`)).not.to.throw();
  });
});
