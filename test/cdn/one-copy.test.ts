/**
 * The script-tag build as owners load it (test/cdn/cdn-server.mjs serves a build made for the test).
 * Whatever URL the page used for an entry (WordPress's `?ver=6.8.1`, a redirect to a versioned URL),
 * each module runs once: no file is fetched twice (a module fetched under a second URL is evaluated a
 * second time), no element is defined twice, and the one request cache asks for each feed once.
 * Per-element files loaded together share their chunks the same way.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface CdnPage {
  warnings: string[];
  loaded: string[];
  /** What the server was asked for, in order (`build/<file>`, `latest/<file>`, `data/feed`, `page/`). */
  requests: string[];
}

let pages = 0;

/** Opens a page with `widgets` (all reading one feed) and the module `scripts` (relative to the page). */
async function openPage(scripts: string[], widgets: string[]): Promise<CdnPage> {
  const token = `t${Date.now()}-${++pages}`;
  const query = new URLSearchParams([...scripts.map((s) => ['script', s]), ...widgets.map((w) => ['widget', w])]);
  const frame = document.createElement('iframe');
  frame.src = `/__cdn/${token}/page?${query}`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { __warnings?: string[]; __loaded?: string[] }) | null;
  // The first page waits for the build made for the test run.
  await waitUntil(() => (win()?.__loaded?.length ?? 0) >= widgets.length, 'every widget loaded', { timeout: 120000, interval: 100 });
  // Any second copy of a module would have run by now: its own widgets upgrade and fetch in the same tasks.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const requests = (await (await fetch(`/__cdn/log?token=${token}`, { cache: 'no-store' })).json()) as string[];
  const result = { warnings: [...win()!.__warnings!], loaded: [...win()!.__loaded!], requests };
  frame.remove();
  return result;
}

const repeated = (list: string[]) => list.filter((item, i) => list.indexOf(item) !== i);

describe('cdn: the script-tag build loads once, whatever its URL', function () {
  this.timeout(180000);

  it('an entry loaded with a query string (?ver=6.8.1): every file fetched once, nothing defined twice, the feed asked for once', async () => {
    const page = await openPage(['build/reader-widgets.js?ver=6.8.1'], ['article-view', 'related-list', 'trending-ticker']);
    expect(page.loaded.sort()).to.deep.equal(['article-view', 'related-list', 'trending-ticker']);
    expect(page.warnings.filter((w) => /already defined/.test(w))).to.deep.equal([]);
    expect(repeated(page.requests), 'requested more than once').to.deep.equal([]);
    expect(page.requests.filter((r) => r === 'data/feed')).to.have.length(1);
  });

  it('an entry loaded through a redirect: every file fetched once, nothing defined twice, the feed asked for once', async () => {
    const page = await openPage(['latest/reader-widgets.js'], ['article-view', 'related-list', 'trending-ticker']);
    expect(page.loaded.sort()).to.deep.equal(['article-view', 'related-list', 'trending-ticker']);
    expect(page.requests).to.include('latest/reader-widgets.js');
    expect(page.warnings.filter((w) => /already defined/.test(w))).to.deep.equal([]);
    expect(repeated(page.requests), 'requested more than once').to.deep.equal([]);
    expect(page.requests.filter((r) => r === 'data/feed')).to.have.length(1);
  });

  it('two per-element files on one page share their chunks and one request cache', async () => {
    const page = await openPage(['build/article-view.js?ver=1', 'latest/related-list.js'], ['article-view', 'related-list']);
    expect(page.loaded.sort()).to.deep.equal(['article-view', 'related-list']);
    expect(page.warnings.filter((w) => /already defined/.test(w))).to.deep.equal([]);
    expect(repeated(page.requests), 'requested more than once').to.deep.equal([]);
    expect(
      page.requests.filter((r) => r === 'data/feed'),
      'one request for the feed both widgets read',
    ).to.have.length(1);
    // Lit, the base and the loading code come from shared chunks, not one copy per file.
    const chunks = page.requests.filter((r) => r.startsWith('build/chunks/'));
    expect(chunks.some((r) => /\/base-/.test(r))).to.equal(true);
  });
});
