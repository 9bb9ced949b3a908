/**
 * The check that server and client templates agree (issue 16): what the server module (src/ssr.ts, as a
 * server runs it) renders is hydrated by the hydrating script-tag build (dist/cdn/reader-widgets.hydrate.js,
 * built for the test run) with zero mutations and no error. Lit hydrates by the digest of a template's
 * strings, so a client build whose templates differ from the server's (minified, or changed on one side
 * only) fails here: the hydration throws a mismatch, or the elements never load.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { parseServerHtml, serverMarkup, type ServerRequest } from './server-page.js';

const items = Array.from({ length: 4 }, (_, i) => ({
  id: `n${i + 1}`,
  title: `Headline ${i + 1}`,
  summary: `What happened ${i + 1}.`,
  url: `https://news.example/${i + 1}`,
}));

describe('cdn: reader-widgets.hydrate.js hydrates what the server module renders', function () {
  this.timeout(180000);

  it('every element, in every layout and mode: zero mutations, no error, each loaded once', async () => {
    const renders: ServerRequest[] = [
      {
        tag: 'article-view',
        data: { title: 'Harbour reopens', summary: 'Ferries run again.', author: 'Ann Lee', tags: ['harbour'], views: 12 },
        attributes: { 'heading-level': 1 },
      },
      ...['list', 'cards', 'compact'].map((layout) => ({ tag: 'related-list' as const, data: items, attributes: { layout } })),
      ...['scroll', 'rotate', 'static'].map((mode) => ({
        tag: 'trending-ticker' as const,
        data: items,
        attributes: { mode, ranks: true },
      })),
    ];
    const container = document.createElement('div');
    for (const render of renders) container.append(...parseServerHtml(await serverMarkup({ ...render, via: 'ssr' })).childNodes);
    const hosts = [...container.children].filter((el) => el.shadowRoot) as HTMLElement[];
    expect(hosts).to.have.length(renders.length);

    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    const observer = new MutationObserver(() => undefined);
    for (const host of hosts) {
      for (const target of [host, host.shadowRoot!])
        observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    const loaded: string[] = [];
    let mutationsAtLoad: MutationRecord[] = [];
    container.addEventListener('reader-load', (event) => {
      loaded.push((event.target as Element).localName);
      mutationsAtLoad = mutationsAtLoad.concat(observer.takeRecords());
    });
    document.body.append(container);
    try {
      await import(/* @vite-ignore */ `${location.origin}/__hydrate-cdn/reader-widgets.hydrate.js`);
      await waitUntil(() => loaded.length === renders.length || errors.length > 0, 'every element hydrated', {
        timeout: 120000,
        interval: 50,
      });
      expect(errors).to.deep.equal([]);
      expect(loaded).to.have.length(renders.length);
      expect(mutationsAtLoad.map((r) => `${r.type} ${r.target.nodeName} ${r.attributeName ?? ''}`)).to.deep.equal([]);
      // Hydrated, not rendered again: still one copy of each element's content.
      for (const host of hosts) expect(host.shadowRoot!.querySelectorAll('article, section'), host.localName).to.have.length(1);
    } finally {
      observer.disconnect();
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
      container.remove();
    }
  });
});

/**
 * The script-tag file is a loader that imports the elements only once the page has painted its first
 * content (or at its `load` event, if it never paints): fetching and compiling them while the browser draws
 * that frame delayed the server's content (LCP, `npm run bench`). Each page here is an iframe of its own,
 * so its resource timings and paints are its own.
 */
describe('cdn: reader-widgets.hydrate.js loads the elements after the first paint', function () {
  this.timeout(180000);

  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  /**
   * A page of its own: some text, a server-rendered list, then the script tag as the docs write it. With
   * `painted`, also waits for its first contentful paint, which a busy machine can report late.
   */
  async function serverRenderedPage(style: string, { painted = false } = {}) {
    const list = await serverMarkup({ tag: 'related-list', data: items, via: 'ssr' });
    const frame = document.createElement('iframe');
    frame.setAttribute('style', style);
    // The page notes its own load event's time: WebKit gives a srcdoc frame no navigation timing entry.
    frame.srcdoc = `<!doctype html><html lang="en"><body><p>The server's page, painted before any element loads.</p>${list}
      <script>addEventListener('load', () => { window.loadedAt = performance.now(); });</script>
      <script type="module" src="${location.origin}/__hydrate-cdn/reader-widgets.hydrate.js"></script></body></html>`;
    frames.push(frame);
    document.body.append(frame);
    const view = frame.contentWindow! as Window & typeof globalThis;
    await waitUntil(() => view.customElements?.get('related-list') !== undefined, 'the elements loaded', { timeout: 120000, interval: 20 });
    const host = view.document.querySelector('related-list')!;
    if (painted) await waitUntil(() => view.performance.getEntriesByName('first-contentful-paint').length > 0, 'the page painted');
    // The elements' own files: everything under hydrate/ (the loader itself is the page's script tag).
    const elementFiles = view.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/__hydrate-cdn/hydrate/'))
      .map((entry) => entry.startTime);
    const [paint] = view.performance.getEntriesByName('first-contentful-paint');
    const { loadedAt } = view as typeof view & { loadedAt?: number };
    return { host, paintedAt: paint?.startTime, loadedAt, firstElementFetch: Math.min(...elementFiles), elementFiles };
  }

  /**
   * The earliest the loader may fetch an element file: at the first contentful paint, or a second after the
   * load event when no paint comes first (a busy machine can paint that late; WebKit reports a paint even
   * for a frame that is not rendered). 1 ms less for the rounding of the two clocks' readings.
   */
  const loaderStart = ({ paintedAt = Infinity, loadedAt = Infinity }: { paintedAt?: number; loadedAt?: number }) =>
    Math.min(paintedAt, loadedAt + 1000 - 1);

  it('a page that paints: no element file is fetched before its first contentful paint, then the list hydrates', async () => {
    const page = await serverRenderedPage('width: 600px; height: 400px', { painted: true });
    expect(page.elementFiles.length).to.be.greaterThan(0);
    expect(page.firstElementFetch).to.be.at.least(loaderStart(page));
    await (page.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(page.host.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(items.length);
  });

  it('a page that paints nothing (display: none): the element files wait for its load event', async () => {
    const page = await serverRenderedPage('display: none');
    expect(loaderStart(page), 'the page painted or loaded').to.be.below(Infinity);
    expect(page.firstElementFetch).to.be.at.least(loaderStart(page));
  });
});
