/**
 * The list elements get the same treatment as <article-view>: hostile titles, summaries and sources are
 * text, hostile URLs never reach an attribute.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { FIXED_NOW, installScriptFlag, settle } from './harness.js';
import { isDangerousUrl, srcsetUrls } from './inert.js';

const MARKUP = '<img src=x onerror="__xss(1)"><b>bold</b>';
const URLS = [
  'javascript:__xss(1)',
  'java\tscript:__xss(1)',
  '&#106;avascript:__xss(1)',
  'data:text/html,<script>__xss(1)</script>',
  '//evil.example/x',
  '\u0001javascript:__xss(1)',
];

const ITEMS = URLS.map((url, i) => ({
  id: `i${i}`,
  title: `T${i} ${MARKUP}`,
  summary: `S${i} ${MARKUP}`,
  url,
  image: { src: url, srcset: `/ok.png 1x, ${url} 2x` },
  author: { name: `A${i} ${MARKUP}`, url, avatar: url },
  source: { name: `Src${i} ${MARKUP}`, url },
  publishedAt: '2025-12-01T08:00:00Z',
}));

for (const [tag, attrs] of [
  ['related-list', { layout: 'list' }],
  ['related-list', { layout: 'cards' }],
  ['trending-ticker', { mode: 'static' }],
] as const) {
  describe(`<${tag}> ${JSON.stringify(attrs)} with hostile items`, () => {
    before(installScriptFlag);

    it('renders titles as text, drops every unsafe URL, runs nothing', async () => {
      expect(customElements.get(tag), `the package registers <${tag}>`).to.exist;
      const el = document.createElement(tag) as HTMLElement & { now?: Date; items?: unknown };
      el.now = FIXED_NOW;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      const loaded = oneEvent(el, 'reader-load');
      el.items = ITEMS;
      document.body.append(el);
      await loaded;
      await settle(el.shadowRoot!);
      const root = el.shadowRoot!;
      expect(root.textContent).to.contain(`T0 ${MARKUP}`.slice(0, 20));
      expect(root.querySelectorAll('b, script, iframe, svg, img[src="x"]')).to.have.length(0);
      for (const node of root.querySelectorAll('*')) {
        for (const attr of node.attributes) {
          expect(attr.name, `<${node.localName}>`).to.not.match(/^on/i);
          if (['href', 'src', 'poster', 'cite', 'xlink:href'].includes(attr.name))
            expect(isDangerousUrl(attr.value), `${attr.name}="${attr.value}"`).to.equal(false);
          if (attr.name === 'srcset')
            for (const url of srcsetUrls(attr.value)) expect(isDangerousUrl(url), `srcset ${url}`).to.equal(false);
          expect(attr.value, `${attr.name} on <${node.localName}>`).to.not.match(/javascript|evil\.example|data:text/i);
        }
      }
      expect(window.__xssHits).to.deep.equal([]);
      el.remove();
    });
  });
}
