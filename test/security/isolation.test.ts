/**
 * Isolation both ways. Hostile host-page CSS (`* { all: unset }`, `div { display: none }`,
 * `p { color: red !important }` …) cannot change how any part of a widget renders; only the documented
 * routes (`--reader-*` custom properties and `::part()`) can. And a widget's own CSS never reaches the
 * host page's elements.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { FIXED_NOW } from './harness.js';

const ARTICLE = {
  title: 'Isolation',
  summary: 'A summary paragraph.',
  author: { name: 'Author', url: '/a' },
  publishedAt: '2025-12-01T08:00:00Z',
  tags: ['one', 'two'],
  views: 10,
  bodyHtml:
    '<p>Body <a href="/x">link</a></p><div><h3>Sub</h3><ul><li>item</li></ul><img src="/none.png" alt="x" width="40" height="30"></div>',
};
const ITEMS = [
  { id: '1', title: 'First headline', url: '/1', summary: 'One.', publishedAt: '2025-12-01T08:00:00Z' },
  { id: '2', title: 'Second headline', url: '/2', summary: 'Two.', publishedAt: '2025-11-30T08:00:00Z' },
];

/** Page CSS aimed at everything inside, without naming the widget element itself. */
const HOSTILE_CSS = `
  body { color: rgb(255, 0, 0) !important; font: italic 40px/3 serif !important; text-decoration: underline !important; }
  div, p, ul, li, ol, article, header, section, h1, h2, h3, span, a, time, img, figure { display: none !important; }
  p { color: red !important; margin: 80px !important; }
  a { color: lime !important; text-decoration: none !important; }
  [part], .title, .body, .error, .placeholder, .visually-hidden { display: none !important; visibility: hidden !important; }
  article-view *, related-list *, trending-ticker * { display: none !important; }
  :host, :host * { display: none !important; }
`;

/** A reset that also hits the widget element: the host element is the owner's to style (documented). */
const RESET_CSS = `* { all: unset !important; } div { display: none !important; } p { color: red !important; }`;

const PROPERTIES = [
  'display',
  'visibility',
  'position',
  'color',
  'font-size',
  'font-family',
  'line-height',
  'margin-top',
  'padding-top',
  'text-decoration-line',
  'opacity',
] as const;
const LAYOUT = ['display', 'visibility', 'position', 'margin-top', 'padding-top', 'opacity', 'overflow'] as const;

/** Computed styles of every element in every widget's shadow root, in document order. */
function widgetStyles(widgets: HTMLElement[], properties: readonly string[] = PROPERTIES): string[] {
  return widgets.flatMap((widget) =>
    [...widget.shadowRoot!.querySelectorAll('*')]
      .filter((node) => !['style', 'slot'].includes(node.localName))
      .map((node) => {
        const style = getComputedStyle(node);
        return `${widget.localName} <${node.localName} part="${node.getAttribute('part') ?? ''}"> ${properties.map((p) => style.getPropertyValue(p)).join(' | ')}`;
      }),
  );
}

async function renderWidgets(container: HTMLElement): Promise<HTMLElement[]> {
  const widgets: HTMLElement[] = [];
  for (const [tag, data] of [
    ['article-view', ARTICLE],
    ['related-list', ITEMS],
    ['trending-ticker', ITEMS],
  ] as const) {
    if (!customElements.get(tag)) continue;
    const el = document.createElement(tag) as HTMLElement & { now?: Date; article?: unknown; items?: unknown };
    el.now = FIXED_NOW;
    el.setAttribute('theme', 'light');
    if (tag === 'trending-ticker') el.setAttribute('mode', 'static');
    const loaded = oneEvent(el, 'reader-load');
    if (tag === 'article-view') el.article = data;
    else el.items = data;
    container.append(el);
    await loaded;
    widgets.push(el);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return widgets;
}

describe('isolation', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.style.cssText = 'width: 800px; display: block';
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
    document.adoptedStyleSheets = [];
  });

  it('hostile host-page CSS does not change any part of any widget', async () => {
    const widgets = await renderWidgets(container);
    expect(widgets.length).to.be.greaterThan(0);
    const baseline = widgetStyles(widgets);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOSTILE_CSS);
    document.adoptedStyleSheets = [sheet];
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // The host page did take the rules (the sheet is live), yet nothing inside changed.
    expect(getComputedStyle(container).display).to.equal('none');
    expect(widgetStyles(widgets)).to.deep.equal(baseline);
  });

  it('a universal `all: unset` reset changes no layout inside the widgets (only what inherits through the element)', async () => {
    const widgets = await renderWidgets(container);
    const baseline = widgetStyles(widgets, LAYOUT);
    const sizes = widgets.map((w) => w.getBoundingClientRect().height);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RESET_CSS);
    document.adoptedStyleSheets = [sheet];
    container.style.setProperty('display', 'block', 'important');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(widgetStyles(widgets, LAYOUT)).to.deep.equal(baseline);
    widgets.forEach((w, i) => expect(w.getBoundingClientRect().height, w.localName).to.be.greaterThan(sizes[i] * 0.5));
  });

  it('the documented routes do change it: custom properties and parts (the comparison can fail)', async () => {
    const widgets = await renderWidgets(container);
    const baseline = widgetStyles(widgets);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      article-view, related-list, trending-ticker { --reader-color-text: rgb(1, 2, 3); --reader-font-size: 23px; }
      article-view::part(title) { color: rgb(0, 128, 0); }
    `);
    document.adoptedStyleSheets = [sheet];
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const themed = widgetStyles(widgets);
    expect(themed).to.not.deep.equal(baseline);
    const title = widgets[0].shadowRoot!.querySelector('[part~="title"]')!;
    expect(getComputedStyle(title).color).to.equal('rgb(0, 128, 0)');
    const body = widgets[0].shadowRoot!.querySelector('[part~="body"] p')!;
    expect(getComputedStyle(body).color).to.equal('rgb(1, 2, 3)');
  });

  it("widget CSS never reaches the host page's own elements", async () => {
    const probe = document.createElement('section');
    probe.innerHTML = `<h2 class="title">Host title</h2><p class="summary body error placeholder" part="title body">Host text <a href="/h">host link</a></p><div hidden class="visually-hidden">hidden</div><ul class="tags"><li part="tag">t</li></ul><img class="avatar" alt="" width="10" height="10">`;
    container.append(probe);
    const snapshot = () =>
      [...probe.querySelectorAll('*')].map((node) => PROPERTIES.map((p) => getComputedStyle(node).getPropertyValue(p)).join(' | '));
    const before = snapshot();
    const sheetsBefore = [document.styleSheets.length, document.adoptedStyleSheets.length];
    await renderWidgets(container);
    expect(snapshot()).to.deep.equal(before);
    expect([document.styleSheets.length, document.adoptedStyleSheets.length]).to.deep.equal(sheetsBefore);
    expect(document.head.querySelectorAll('style:not([data-wtr])').length).to.equal(document.head.querySelectorAll('style').length);
  });
});
