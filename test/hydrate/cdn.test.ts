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
