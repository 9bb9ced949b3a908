/**
 * Zero layout shift from the first paint, with no token set: the snippet owners paste
 * (`dist/cdn/reader-widgets.css` and the script tag) holds each widget's space before its script has run.
 * Without it an element not yet defined is an empty inline box, and the text the browser painted around
 * it moves when the script defines it and its placeholder appears.
 *
 * Each test builds a page in an iframe that links the stylesheet (src/reader-widgets.css, the file the
 * build copies) and has no script; it measures, then loads the library into the frame, then answers the
 * feeds: every step happens when the test says so, nothing is timed.
 */
import { expect } from '@open-wc/testing';
import { deferred } from '../sources/network.js';

type FrameWindow = Window & typeof globalThis & { __shift: number };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const TAGS = 'article-view, related-list, trending-ticker';
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * A page of `body` in an 800×600 frame with the stylesheet linked. Layout shifts are summed from the
 * start (where the engine reports them); every feed request waits for `answer` (the feeds by path).
 */
async function openPage(body: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <base href="${location.origin}/">
    <link rel="stylesheet" href="/src/reader-widgets.css">
    <style>body { margin: 0 8px; font: 16px/1.6 sans-serif } p { margin: 0 0 8px }</style>
    <script>
      window.__shift = 0;
      if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
        new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
          .observe({ type: 'layout-shift', buffered: true });
    </script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  // Painted: the first frame the reader sees, before any script of ours has run in the page.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  // The feeds, by path, once the test gives them.
  const answer = deferred<Record<string, unknown>>();
  win.fetch = (input: RequestInfo | URL) =>
    answer.promise.then(
      (feeds) =>
        new win.Response(JSON.stringify(feeds[new URL(String(input), win.location.href).pathname]), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
  const widgets = () => [...win.document.querySelectorAll<Widget>(TAGS)];
  /** Runs the library in the frame (the script tag, arriving late) and waits until every widget shows its placeholder. */
  const define = async () => {
    const script = win.document.createElement('script');
    script.textContent = `import('${location.origin}/src/index.ts').then(
      () => dispatchEvent(new Event('reader-defined')),
      (error) => dispatchEvent(new ErrorEvent('reader-defined', { error })),
    );`;
    const defined = new Promise<Event>((resolve) => win.addEventListener('reader-defined', resolve, { once: true }));
    win.document.head.append(script);
    const event = await defined;
    if (event instanceof win.ErrorEvent) throw event.error;
    await Promise.all(widgets().map((widget) => widget.updateComplete));
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  };
  return { win, widgets, define, answer };
}

describe('the pasted snippet holds the widgets’ space before their script runs', () => {
  it('an element not yet defined is as tall as its loading placeholder, in every layout, mode and limit', async () => {
    const cases = [
      '<article-view src="/feed/a"></article-view>',
      '<related-list src="/feed/b"></related-list>',
      '<related-list src="/feed/c" limit="3"></related-list>',
      '<related-list src="/feed/d" layout="compact" limit="7"></related-list>',
      '<related-list src="/feed/e" layout="cards" limit="2" heading=""></related-list>',
      '<related-list src="/feed/f" limit="12" style="--reader-gap: 20px; --reader-font-size: 20px"></related-list>',
      '<trending-ticker src="/feed/g"></trending-ticker>',
      '<trending-ticker src="/feed/h" mode="rotate"></trending-ticker>',
      '<trending-ticker src="/feed/i" mode="static" limit="6"></trending-ticker>',
      '<trending-ticker src="/feed/j" mode="static" style="--reader-space: 2rem"></trending-ticker>',
    ];
    const page = await openPage(cases.join(''));
    const heights = () => page.widgets().map((widget) => widget.getBoundingClientRect().height);
    const before = heights();
    await page.define();
    const placeholders = page.widgets().map((widget) => widget.shadowRoot!.querySelector('[part="placeholder"]'));
    expect(placeholders.every(Boolean), 'every widget shows its loading placeholder').to.be.true;
    const after = heights();
    cases.forEach((html, i) => {
      expect(before[i], `${html}: ${before[i]} px before its script, ${after[i]} px once defined`).to.be.closeTo(after[i], 0.5);
    });
  });

  it('a server-rendered element keeps its own height: the stylesheet holds no space for it', async () => {
    // What reader-widgets/ssr writes (SSR-FORMAT.md): a declarative shadow root and the hydration data.
    const page = await openPage(
      `<article-view><template shadowrootmode="open"><p style="margin: 0">Server-rendered text.</p></template>` +
        `<script type="application/json" data-reader-hydrate>{"data":{"title":"T"}}</script></article-view>` +
        `<article-view src="/feed/a"></article-view>`,
    );
    const [server, client] = page.widgets().map((widget) => widget.getBoundingClientRect().height);
    expect(client, 'a client-rendered article holds a screenful').to.be.closeTo(page.win.innerHeight, 0.5);
    expect(server, 'the server-rendered article is as tall as its one line').to.be.below(60);
  });

  it('text around three widgets does not move from the first paint until their feeds have answered', async () => {
    const text = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => `<p class="text">Host page text ${from + i}, around the widgets.</p>`).join('');
    const page = await openPage(
      `${text(2, 1)}<trending-ticker src="/feed/trending" heading="Trending"></trending-ticker>
      ${text(2, 3)}<related-list src="/feed/related" heading="Related" limit="3"></related-list>
      ${text(2, 5)}<article-view src="/feed/article"></article-view>${text(4, 7)}`,
    );
    const paragraphs = [...page.win.document.querySelectorAll('.text')];
    const tops = () => paragraphs.map((p) => p.getBoundingClientRect().top);
    const firstPaint = tops();
    // What the reader sees: the paragraphs in the first screenful (the article holds a screenful, so
    // what follows it is below the fold).
    const inView = firstPaint.map((top) => top < page.win.innerHeight);
    expect(inView.filter(Boolean).length, 'paragraphs in view').to.be.at.least(5);

    await page.define();
    const defined = tops();
    paragraphs.forEach((_, i) => {
      if (inView[i]) expect(defined[i], `paragraph ${i + 1} when the script has run`).to.be.closeTo(firstPaint[i], 0.5);
    });

    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ title: `Headline ${i + 1}`, url: `https://news.example/${i + 1}` }));
    page.answer.resolve({
      '/feed/trending': items(9),
      '/feed/related': items(3),
      '/feed/article': { title: 'An article', summary: 'Short.', bodyHtml: '<p>Body.</p>'.repeat(40) },
    });
    const loaded = page
      .widgets()
      .map((widget) => new Promise((resolve) => widget.addEventListener('reader-load', resolve, { once: true })));
    await Promise.all(loaded);
    await new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));
    const final = tops();
    paragraphs.forEach((_, i) => {
      // A list row's line box may round to whole pixels (WebKit): a pixel a row at most.
      if (inView[i]) expect(Math.abs(final[i] - firstPaint[i]), `paragraph ${i + 1} once loaded`).to.be.at.most(4);
    });
    // Chromium also scores it: the cumulative layout shift the page's reader gets.
    expect(page.win.__shift, 'cumulative layout shift').to.be.below(0.01);
  });
});
