/**
 * Containment: whatever the data, nothing inside a widget paints or takes clicks outside the element's
 * box. A host page puts a "Log in" button beside each widget, feeds it hostile long data, clicks (a real
 * mouse click through the test runner) where the button is, and checks the host got it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/index.js';

const word = (n: number, letter = 'W') => letter.repeat(n);
const nested = (tag: string, depth: number) => `<${tag}><li>deep ${word(60)}`.repeat(depth) + `</li></${tag}>`.repeat(depth);

const hostileArticle = {
  title: word(300, 'T'),
  summary: word(400, 'S'),
  author: [{ name: word(200, 'A'), url: 'https://feed.example/author' }],
  source: { name: word(150, 'N'), url: 'https://feed.example/' },
  tags: [word(200, 'G')],
  publishedAt: '2025-12-01T09:00:00Z',
  bodyHtml:
    `<p>${word(500, 'B')}</p>` +
    nested('ul', 40) +
    `<blockquote>q `.repeat(40) +
    word(80, 'Q') +
    `</blockquote>`.repeat(40) +
    `<p><a href="https://feed.example/x">${word(300, 'L')}</a></p>`,
};
const hostileItems = Array.from({ length: 3 }, (_, i) => ({
  id: `h${i}`,
  title: word(300, 'T'),
  url: `https://feed.example/${i}`,
  summary: word(300, 'S'),
  source: word(150, 'N'),
  publishedAt: '2025-12-01T09:00:00Z',
}));

async function hostPage(tag: 'article-view' | 'related-list' | 'trending-ticker', extra: Record<string, string> = {}) {
  const page = document.createElement('div');
  page.style.cssText = 'display: flex; gap: 16px; width: 640px; align-items: flex-start; font: 16px sans-serif';
  const el = document.createElement(tag) as HTMLElement & { article?: unknown; items?: unknown };
  el.style.cssText = 'flex: 0 0 400px; width: 400px';
  for (const [name, value] of Object.entries(extra)) el.setAttribute(name, value);
  const button = document.createElement('button');
  button.textContent = 'Log in';
  button.style.cssText = 'flex: 0 0 auto; width: 120px; height: 40px; margin-top: 8px';
  let clicks = 0;
  button.addEventListener('click', () => clicks++);
  page.append(el, button);
  document.body.append(page);
  const loaded = oneEvent(el, 'reader-load');
  if (tag === 'article-view') el.article = hostileArticle;
  else el.items = hostileItems;
  await loaded;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { page, el, button, clicks: () => clicks };
}

/** Every text-bearing element in the shadow tree whose box reaches past the host's right edge. */
function spillingText(el: HTMLElement): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, p, a, span, li, bdi, time, figcaption')) {
    if (node.closest('.visually-hidden') || node.closest('[aria-hidden="true"]')) continue;
    const box = node.getBoundingClientRect();
    if (box.width && box.right > host.right + 1) out.push(`${node.localName}.${node.className} ${Math.round(box.right - host.right)}px`);
  }
  return out;
}

/** A click that lands on a widget's link would navigate the test page away: stop it, the count tells. */
const stayOnPage = (event: Event) => event.preventDefault();

describe('containment: nothing paints or takes input outside the element', () => {
  before(() => ['click', 'reader-select'].forEach((type) => document.addEventListener(type, stayOnPage, true)));
  after(() => ['click', 'reader-select'].forEach((type) => document.removeEventListener(type, stayOnPage, true)));
  afterEach(async () => {
    await resetMouse();
    document.body.replaceChildren();
  });

  for (const [tag, extra] of [
    ['article-view', {}],
    ['related-list', {}],
    ['related-list', { layout: 'cards' }],
    ['trending-ticker', { mode: 'rotate' }],
    ['trending-ticker', { mode: 'static' }],
    ['trending-ticker', { mode: 'scroll' }],
  ] as const) {
    it(`<${tag}${Object.entries(extra)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}> with hostile long data leaves the host's button its clicks`, async () => {
      const { el, button, clicks } = await hostPage(tag, extra);
      expect(el.getBoundingClientRect().width).to.equal(400);
      // A scrolling ticker's strip is wider than the element by design (its own viewport clips it).
      if (extra.mode !== 'scroll') expect(spillingText(el), 'text boxes past the element').to.deep.equal([]);
      const target = button.getBoundingClientRect();
      const x = Math.round(target.left + target.width / 2);
      const y = Math.round(target.top + target.height / 2);
      expect(document.elementFromPoint(x, y), 'what paints on top of the button').to.equal(button);
      await sendMouse({ type: 'click', position: [x, y] });
      expect(clicks()).to.equal(1);
    });
  }
});
