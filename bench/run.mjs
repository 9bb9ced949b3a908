// `npm run bench`: how the widgets compare with the plain-DOM floor, in headless Chromium (Debian's,
// driven by puppeteer-core). Every timing is a ratio against a baseline measured in the same browser,
// alternating element and baseline, median of the pairs (absolute times on a shared machine are noise).
// Prints a table and writes bench/results.json. CI does not run this.
//
//   node bench/run.mjs [--no-build] [--runs N] [--lcp-runs N] [--only name,name]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';
import { bigArticle, manyItems, seed } from './data.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Math.max(7, Number(option('--runs', 9)));
// The server-rendering LCP rows: rounds of four page loads each (see section 4c).
const LCP_RUNS = Math.max(7, Number(option('--lcp-runs', 21)));
const only = option('--only', '')?.split(',').filter(Boolean) ?? [];
const wanted = (name) => only.length === 0 || only.includes(name);

// The pages load a snapshot of the CDN build taken under the build lock, so a rebuild of dist/ by
// someone else during the (minutes-long) run changes nothing.
const snapshot = join(root, '.tmp/bench-cdn');
const build = args.includes('--no-build') ? 'true' : 'npm run --silent build';
console.log('Building and copying dist/cdn (waiting for /tmp/build.lock)…');
execFileSync(
  'flock',
  [
    '/tmp/build.lock',
    'sh',
    '-c',
    `${build} && rm -rf ${snapshot} && mkdir -p ${snapshot} && cp -r dist/cdn .tmp/cdn-graph.json ${snapshot}/`,
  ],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

// --- data and a small static server -------------------------------------------------------------
const portal = seed(root);
const big = bigArticle(5000);
const items = manyItems(1000);
const generated = {
  '/bench-data/article.json': portal.article,
  '/bench-data/related.json': portal.related,
  '/bench-data/trending.json': portal.trending,
  // The seed article with a lead image (1200×675, answered 300 ms late like a real photo).
  '/bench-data/article-image.json': {
    ...portal.article,
    image: { src: '/delay/300/bench-data/lead.svg', alt: '', width: 1200, height: 675 },
  },
};
// Enough detail (bytes per pixel) for Chromium to take it as a contentful image: 400 circles.
const LEAD_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><rect width="1200" height="675" fill="#3a6ea5"/>${Array.from(
  { length: 400 },
  (_, i) =>
    `<circle cx="${(i * 97) % 1200}" cy="${(i * 61) % 675}" r="${10 + ((i * 13) % 40)}" fill="#${((i * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}"/>`,
).join('')}</svg>`;
const graph = JSON.parse(readFileSync(join(snapshot, 'cdn-graph.json'), 'utf8'));
// The sanitizer's lazy chunk (the one holding src/core/sanitize.ts; an element chunk imports it, not the entry).
const sanitizerChunk = '/dist/cdn/' + Object.keys(graph).find((file) => 'src/core/sanitize.ts' in (graph[file].modules ?? {}));
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};
const pages = new Map(); // generated HTML pages

// Text answers are brotli-compressed when the browser asks for it, as a CDN serves them (what a page
// pays for a file on an emulated slow network); compressed once per file.
const compressed = new Map();
const send = (request, response, type, body) => {
  const headers = { 'Cache-Control': 'no-store', 'Content-Type': type };
  if (!/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) return response.writeHead(200, headers).end(body);
  const key = typeof body === 'string' ? body : body.toString('latin1');
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } }));
  response.writeHead(200, { ...headers, 'Content-Encoding': 'br' }).end(compressed.get(key));
};

const server = createServer(async (request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  // /delay/<ms>/<path>: the same file, answered late (a slow feed).
  const delayed = /^\/delay\/(\d+)(\/.*)$/.exec(path);
  if (delayed) {
    await new Promise((r) => setTimeout(r, Number(delayed[1])));
    path = delayed[2];
  }
  if (path === '/bench-data/lead.svg')
    return response.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': 'image/svg+xml' }).end(LEAD_IMAGE);
  if (generated[path]) return send(request, response, TYPES['.json'], JSON.stringify(generated[path]));
  if (pages.has(path)) return send(request, response, TYPES['.html'], pages.get(path));
  const file = path.startsWith('/dist/cdn/') ? normalize(join(snapshot, path.slice('/dist/'.length))) : normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end('not found');
  try {
    send(request, response, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc', '--window-size=1280,900'],
  defaultViewport: { width: 1280, height: 900 },
});

const browserVersion = await browser.version();

// --- helpers ------------------------------------------------------------------------------------
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs `element()` and `baseline()` alternately (ABBA…) `RUNS` times; medians and the median pair ratio. */
async function alternate(element, baseline, { warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) {
    await element();
    await baseline();
  }
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      a.push(await element());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      a.push(await element());
    }
  }
  const ratios = a.map((x, i) => x / b[i]);
  return { element: round(median(a)), baseline: round(median(b)), ratio: round(median(ratios)), runs: RUNS };
}

async function harnessPage() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  pages.set(
    '/bench/harness.html',
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bench</title>
    <script type="module" src="/dist/cdn/reader-widgets.js"></script>
    <script type="module">import * as h from '/bench/pages/harness.js'; window.h = h; window.ready = true;</script><body></body></html>`,
  );
  await page.goto(`${origin}/bench/harness.html`);
  await page.waitForFunction(() => window.ready && customElements.get('article-view'));
  return { page, errors };
}

const results = {};
const table = [];
const row = (name, figure, goal, met, note = '') =>
  table.push({ name, figure, goal, met: met === undefined ? '' : met ? 'yes' : 'NO', note });

// --- 1. <article-view> with a 1 MB body vs DOMPurify + innerHTML ---------------------------------
if (wanted('article')) {
  const { page, errors } = await harnessPage();
  await page.evaluate((a) => (window.big = a), big);
  const r = await alternate(
    () => page.evaluate(async () => (await h.articleElement(window.big)).ms),
    () => page.evaluate(async () => (await h.articleBaseline(window.big)).ms),
  );
  const check = await page.evaluate(async () => [
    (await h.articleElement(window.big)).paragraphs,
    (await h.articleBaseline(window.big)).paragraphs,
  ]);
  results.article = { ...r, bodyBytes: Buffer.byteLength(big.bodyHtml), paragraphs: check, errors };
  row(
    'article-view 5,000 ¶ (~1 MB) set → reader-load, vs DOMPurify+innerHTML',
    `${r.ratio}× (${r.element} vs ${r.baseline} ms)`,
    '≤ 1.2×',
    r.ratio <= 1.2,
    check[0] === check[1] ? '' : `paragraphs differ: ${check}`,
  );
  await page.close();
}

// --- 2. <related-list> 1,000 items vs hand-written DOM; one-item update ---------------------------
if (wanted('list')) {
  const { page, errors } = await harnessPage();
  await page.evaluate((list) => (window.items = list), items);
  await page.evaluate(async () => (window.spec = await h.captureListMarkup(window.items)));
  const r = await alternate(
    () => page.evaluate(async () => (await h.listElement(window.items)).ms),
    () => page.evaluate(async () => (await h.listBaseline(window.spec)).ms),
  );
  const counts = await page.evaluate(async () => [(await h.listElement(window.items)).count, (await h.listBaseline(window.spec)).count]);
  const same = await page.evaluate(() => h.listUpdateOne(window.items, false));
  const fresh = await page.evaluate(() => h.listUpdateOne(window.items, true));
  results.list = { ...r, items: counts, updateSameObjects: same, updateFreshJson: fresh, errors };
  row(
    'related-list 1,000 items set → reader-load, vs hand-written DOM',
    `${r.ratio}× (${r.element} vs ${r.baseline} ms)`,
    '≤ 1.3×',
    r.ratio <= 1.3,
    counts[0] === counts[1] ? '' : `items differ: ${counts}`,
  );
  row(
    'related-list update 1 of 1,000 (same objects)',
    `${same.itemsTouched} item(s), ${same.mutations} mutation(s)`,
    '1 item',
    same.itemsTouched <= 1 && same.titleShown,
    same.titleShown ? '' : 'update not shown',
  );
  row(
    'related-list update 1 of 1,000 (fresh JSON)',
    `${fresh.itemsTouched} item(s), ${fresh.mutations} mutation(s)`,
    '1 item',
    fresh.itemsTouched <= 1 && fresh.titleShown,
    fresh.titleShown ? '' : 'update not shown',
  );
  await page.close();
}

// --- 3. LCP: three elements fed by src vs the same content as static HTML -------------------------
const ELEMENTS_BODY = (src) => `
  <trending-ticker src="${src('trending')}" heading="热点" mode="scroll"></trending-ticker>
  <article-view src="${src('article')}"></article-view>
  <related-list src="${src('related')}" heading="相关阅读"></related-list>`;
const PAGE = (
  body,
  extraHead = '',
) => `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
  <title>bench page</title>
  <style>body { font: 16px/1.6 system-ui, 'WenQuanYi Micro Hei', sans-serif; max-width: 48rem; margin: 1rem auto; padding: 0 1rem; }</style>
  ${extraHead}
  <script>
    window.__lcp = 0; window.__fcp = 0; window.__cls = 0; window.__shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) { window.__lcp = e.startTime; window.__lcpSize = e.size; } }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) { window.__cls += e.value; window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node && (s.node.localName || s.node.nodeName)) }); } }).observe({ type: 'layout-shift', buffered: true });
    window.__loaded = 0; document.addEventListener('reader-load', () => window.__loaded++);
  </script>
  <body>${body}</body></html>`;

/** The elements' rendered shadow DOM as static HTML (declarative shadow roots with their styles). */
async function staticCopy(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('trending-ticker, article-view, related-list')) {
      const css = [...el.shadowRoot.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      const attrs = [...el.attributes]
        .filter((a) => a.name !== 'src')
        .map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`)
        .join('');
      out.push(
        `<div data-static="${el.localName}"${attrs}><template shadowrootmode="open"><style>${css.replace(/:host/g, ':host')}</style>${el.shadowRoot.innerHTML}</template></div>`,
      );
    }
    return out.join('\n');
  });
}

if (wanted('lcp')) {
  pages.set(
    '/bench/lcp-elements.html',
    PAGE(
      ELEMENTS_BODY((name) => `/bench-data/${name}.json`),
      '<script type="module" src="/dist/cdn/reader-widgets.js"></script>',
    ),
  );
  const probe = await browser.newPage();
  await probe.goto(`${origin}/bench/lcp-elements.html`);
  await probe.waitForFunction(() => window.__loaded >= 3, { timeout: 20000 });
  pages.set('/bench/lcp-static.html', PAGE(await staticCopy(probe)));
  await probe.close();
  const lcpOf = async (path, waitLoaded) => {
    const page = await browser.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (waitLoaded) await page.waitForFunction(() => window.__loaded >= 3, { timeout: 20000 });
    await new Promise((r) => setTimeout(r, 300));
    const lcp = await page.evaluate(() => window.__lcp);
    await page.close();
    return lcp;
  };
  const r = await alternate(
    () => lcpOf('/bench/lcp-elements.html', true),
    () => lcpOf('/bench/lcp-static.html', false),
  );
  results.lcp = r;
  row('LCP, 3 elements fed by src vs static HTML', `${r.ratio}× (${r.element} vs ${r.baseline} ms)`, '≤ 1.3×', r.ratio <= 1.3);
}

// --- 4. CLS, FCP and LCP: each element's src answers after 800 ms, text above and below -----------
// What an owner gets from each way of putting the widgets on a page with no token set, on the loopback
// and through Chromium's "Fast 4G" emulation (165 ms latency, ~8 Mbit/s; files served brotli-compressed
// as a CDN would), where a render-blocking request shows what it costs the first paint.
if (wanted('cls')) {
  const text = (n) =>
    Array.from({ length: n }, (_, i) => `<p>宿主页面的正文 host page text ${i + 1}，部件前后都有文字 text around the widgets.</p>`).join(
      '',
    );
  const body = (heights) => `${text(3)}
    <trending-ticker src="/delay/800/bench-data/trending.json" heading="热点" mode="scroll"${heights ? ` style="--reader-placeholder-height: ${heights[0]}px"` : ''}></trending-ticker>
    ${text(2)}
    <related-list src="/delay/800/bench-data/related.json" heading="相关阅读"${heights ? ` style="--reader-placeholder-height: ${heights[1]}px"` : ''}></related-list>
    ${text(2)}
    <article-view src="/delay/800/bench-data/article.json"${heights ? ` style="--reader-placeholder-height: ${heights[2]}px"` : ''}></article-view>
    ${text(6)}`;
  const script = '<script type="module" src="/dist/cdn/reader-widgets.js"></script>';
  const stylesheet = '<link rel="stylesheet" href="/dist/cdn/reader-widgets.css">';
  // The owner's side: how tall each widget ends up (what they would write into the token).
  pages.set('/bench/cls-measure.html', PAGE(body(null).replaceAll('/delay/800', ''), script));
  const probe = await browser.newPage();
  await probe.goto(`${origin}/bench/cls-measure.html`);
  await probe.waitForFunction(() => window.__loaded >= 3, { timeout: 20000 });
  await new Promise((r) => setTimeout(r, 300));
  const heights = await probe.evaluate(() =>
    ['trending-ticker', 'related-list', 'article-view'].map((t) => Math.round(document.querySelector(t).getBoundingClientRect().height)),
  );
  pages.set('/bench/cls-static.html', PAGE(await staticCopy(probe)));
  await probe.close();
  // With the token: the heights set, and the same space held before the script has run.
  const ownerCss = `<style>article-view, related-list, trending-ticker { display: block; }
    :not(:defined):is(article-view, related-list, trending-ticker) { min-height: var(--reader-placeholder-height); }</style>`;
  pages.set('/bench/cls-tokens.html', PAGE(body(heights), script + ownerCss));
  // No token set. plain: the script tag alone (the README snippet before 0.1.0's stylesheet);
  // snippet: the README snippet, reader-widgets.css and the script tag; inline: that stylesheet pasted
  // into a <style> (no request); blocking: the script tag with blocking="render" (Chromium holds the first
  // paint until the elements are defined; other engines ignore the attribute).
  const variants = {
    plain: script,
    snippet: stylesheet + script,
    inline: `<style>${readFileSync(join(snapshot, 'cdn/reader-widgets.css'), 'utf8')}</style>${script}`,
    blocking: script.replace('<script ', '<script blocking="render" '),
  };
  for (const [name, head] of Object.entries(variants)) pages.set(`/bench/cls-${name}.html`, PAGE(body(null), head));
  const measure = async (path, waitLoaded, network) => {
    const page = await browser.newPage();
    await page.emulateNetworkConditions(network ? PredefinedNetworkConditions[network] : null);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (waitLoaded) await page.waitForFunction(() => window.__loaded >= 3, { timeout: 30000 });
    await new Promise((r) => setTimeout(r, 500));
    const figures = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts, fcp: window.__fcp, lcp: window.__lcp }));
    await page.close();
    return figures;
  };
  const runs = { tokens: [], static: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.tokens.push(await measure('/bench/cls-tokens.html', true));
    runs.static.push(await measure('/bench/cls-static.html', false));
  }
  const networks = { local: null, 'Fast 4G': 'Fast 4G' };
  for (const [label, network] of Object.entries(networks)) {
    for (const name of Object.keys(variants)) runs[`${name} ${label}`] = [];
    for (let i = 0; i < RUNS; i++) {
      // A different order each run, so no variant always comes first after a cold moment.
      const order = Object.keys(variants);
      for (let k = 0; k < i % order.length; k++) order.push(order.shift());
      for (const name of order) runs[`${name} ${label}`].push(await measure(`/bench/cls-${name}.html`, true, network));
    }
  }
  const med = (list, key = 'cls', digits = 4) => round(median(list.map((x) => x[key])), digits);
  results.cls = { heights, tokens: med(runs.tokens), static: med(runs.static), exampleShifts: runs.tokens[0].shifts, variants: {} };
  row(
    'CLS, src answers after 800 ms, --reader-placeholder-height set',
    `${results.cls.tokens.toFixed(3)} (static page ${results.cls.static.toFixed(3)})`,
    '0.000',
    results.cls.tokens < 0.0005,
    `heights ${heights.join('/')} px`,
  );
  const shifts = (list) =>
    (list.map((run) => run.shifts).sort((a, b) => b.length - a.length)[0] ?? [])
      .map((shift) => `${shift.value.toFixed(3)} moving ${[...new Set(shift.sources)].join('+')}`)
      .join(', ');
  const titles = {
    plain: 'script tag alone',
    snippet: 'README snippet: reader-widgets.css + script tag',
    inline: 'reader-widgets.css inlined + script tag',
    blocking: '<script blocking="render">',
  };
  for (const label of Object.keys(networks)) {
    const plain = runs[`plain ${label}`];
    for (const name of Object.keys(variants)) {
      const list = runs[`${name} ${label}`];
      // FCP and LCP as ratios to the plain tag's in the same run (runs alternate variants).
      const ratio = (key) => round(median(list.map((x, i) => x[key] / plain[i][key])));
      const figures = {
        cls: med(list),
        fcp: med(list, 'fcp', 0),
        lcp: med(list, 'lcp', 0),
        fcpRatio: ratio('fcp'),
        lcpRatio: ratio('lcp'),
      };
      results.cls.variants[`${name} ${label}`] = { ...figures, shifts: shifts(list) };
      row(
        `No tokens, ${titles[name]} (${label}): CLS · FCP · LCP`,
        `${figures.cls.toFixed(3)} · ${figures.fcp} ms${name === 'plain' ? '' : ` (${figures.fcpRatio}×)`} · ${figures.lcp} ms${name === 'plain' ? '' : ` (${figures.lcpRatio}×)`}`,
        'CLS < 0.01',
        figures.cls < 0.01,
        shifts(list),
      );
    }
  }
}

// --- 4b. The lead image of an article at the top of the page: image-loading="eager" vs the default ---
if (wanted('lead')) {
  const leadPage = (loading) =>
    PAGE(
      `<article-view src="/bench-data/article-image.json"${loading ? ` image-loading="${loading}"` : ''}></article-view>`,
      '<script type="module" src="/dist/cdn/reader-widgets.js"></script>',
    );
  pages.set('/bench/lead-eager.html', leadPage('eager'));
  pages.set('/bench/lead-lazy.html', leadPage(null));
  const lcpEntry = async (path) => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__lcpUrl = '';
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__lcpUrl = e.url;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__loaded >= 1, { timeout: 20000 });
    await page.waitForFunction(() => document.querySelector('article-view').shadowRoot.querySelector('img')?.complete, { timeout: 20000 });
    await new Promise((r) => setTimeout(r, 300));
    const entry = await page.evaluate(() => ({ lcp: window.__lcp, url: window.__lcpUrl }));
    await page.close();
    return entry;
  };
  const eager = [];
  const lazy = [];
  for (let i = 0; i < RUNS; i++) {
    eager.push(await lcpEntry('/bench/lead-eager.html'));
    lazy.push(await lcpEntry('/bench/lead-lazy.html'));
  }
  const isImage = (list) => list.filter((e) => e.url.endsWith('/lead.svg')).length;
  const ratio = round(median(eager.map((e, i) => e.lcp / lazy[i].lcp)));
  results.lead = {
    eager: round(median(eager.map((e) => e.lcp))),
    lazy: round(median(lazy.map((e) => e.lcp))),
    ratio,
    eagerImageIsLcp: isImage(eager),
    lazyImageIsLcp: isImage(lazy),
  };
  row(
    'article lead image, image-loading="eager" (fetchpriority high): LCP vs the lazy default',
    `${ratio}× (${results.lead.eager} vs ${results.lead.lazy} ms)`,
    'the image is the LCP, ≤ 1×',
    isImage(eager) === RUNS && ratio <= 1,
    `LCP entry is the lead image in ${isImage(eager)}/${RUNS} eager runs, ${isImage(lazy)}/${RUNS} lazy`,
  );
}

// --- 4c. Server rendering (reader-widgets/ssr) and hydration (issue 16) ------------------------------
// The three widgets rendered on the server (bench/ssr-render.mjs, a child process), as a page: with the
// hydration script, and with no script at all, each against the same content as static HTML; the same
// page with text around (and the install snippet's stylesheet) for layout shift; and the render times.
// Pieces not built yet print "not available" with the reason.
if (wanted('ssr')) {
  let ssr;
  try {
    ssr = JSON.parse(
      execFileSync('node', [join(root, 'bench/ssr-render.mjs'), String(RUNS)], { cwd: root, encoding: 'utf8', timeout: 600_000 }),
    );
  } catch (error) {
    ssr = { available: false, reason: `bench/ssr-render.mjs failed: ${String(error.stderr || error.message).split('\n')[0]}` };
  }
  const hydrateFile = existsSync(join(snapshot, 'cdn/reader-widgets.hydrate.js'));
  const hydrated = !ssr.available
    ? ssr.reason
    : !hydrateFile
      ? 'dist/cdn/reader-widgets.hydrate.js is not built yet'
      : !ssr.hydrationData
        ? 'the server output has no hydration data yet'
        : '';
  results.ssr = {
    available: ssr.available,
    reason: ssr.reason,
    hydrated: hydrated || 'yes',
    bodyRendered: ssr.bodyRendered,
    times: ssr.times,
  };
  const notAvailable = (name, goal, why) => row(name, 'not available', goal, undefined, why);
  const LCP_HYDRATED = 'LCP, 3 widgets server-rendered + hydration script vs the same static HTML';
  const LCP_NOSCRIPT = 'LCP, 3 widgets server-rendered, no script, vs the same static HTML';
  const LCP_CLIENT = 'LCP, 3 widgets client-only (src), vs the same static HTML, same rounds';
  const CLS_SSR = 'CLS, server-rendered page, text around (+ the snippet stylesheet)';
  if (!ssr.available) {
    notAvailable(LCP_HYDRATED, '≤ 1.10×', ssr.reason);
    notAvailable(LCP_NOSCRIPT, '≤ 1.03×', ssr.reason);
    notAvailable(LCP_CLIENT, 'report', ssr.reason);
    notAvailable(CLS_SSR, '0.000', ssr.reason);
  } else {
    const widgets = `${ssr.widgets.ticker}\n${ssr.widgets.article}\n${ssr.widgets.related}`;
    // The same content as static HTML: the client-rendered widgets' shadow DOM copied as declarative
    // shadow roots (section 3's baseline).
    if (!pages.has('/bench/lcp-static.html')) {
      pages.set(
        '/bench/lcp-elements.html',
        PAGE(
          ELEMENTS_BODY((name) => `/bench-data/${name}.json`),
          '<script type="module" src="/dist/cdn/reader-widgets.js"></script>',
        ),
      );
      const probe = await browser.newPage();
      await probe.goto(`${origin}/bench/lcp-elements.html`);
      await probe.waitForFunction(() => window.__loaded >= 3, { timeout: 20000 });
      pages.set('/bench/lcp-static.html', PAGE(await staticCopy(probe)));
      await probe.close();
    }
    const hydrateScript = '<script type="module" src="/dist/cdn/reader-widgets.hydrate.js"></script>';
    pages.set('/bench/ssr-noscript.html', PAGE(widgets));
    pages.set('/bench/ssr-hydrated.html', PAGE(widgets, hydrateScript));
    const bodyNote = ssr.bodyRendered ? '' : 'the article body is not server-rendered yet: the server page has less to paint';
    // The four pages are loaded in turn in every round (the order rotating), so the load other processes
    // put on the machine falls on all of them alike. Each figure is a ratio of medians over LCP_RUNS rounds
    // with a 90% bootstrap interval over the rounds: when the interval holds the goal, this run cannot tell
    // (run it again). Each load also reports its LCP entry's size: the same element in every page.
    const variants = {
      static: { path: '/bench/lcp-static.html' },
      noscript: { path: '/bench/ssr-noscript.html' },
      ...(hydrated ? {} : { hydrated: { path: '/bench/ssr-hydrated.html' } }),
      client: { path: '/bench/lcp-elements.html', waitLoaded: true },
    };
    const lcpOf = async ({ path, waitLoaded }) => {
      const page = await browser.newPage();
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      if (waitLoaded) await page.waitForFunction(() => window.__loaded >= 3, { timeout: 20000 });
      // On a loaded machine a frame can be presented (and its LCP entry reported) after `load`.
      await page.waitForFunction(() => window.__lcp > 0, { timeout: 20000 });
      await new Promise((r) => setTimeout(r, 300));
      const figures = await page.evaluate(() => ({ lcp: window.__lcp, size: window.__lcpSize }));
      await page.close();
      return figures;
    };
    const loads = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    for (let i = 0; i < LCP_RUNS; i++) {
      const order = Object.keys(variants);
      for (let k = 0; k < i % order.length; k++) order.push(order.shift());
      for (const name of order) loads[name].push(await lcpOf(variants[name]));
    }
    const lcpRatio = (name) => {
      const ratioOf = (rounds) => median(rounds.map((i) => loads[name][i].lcp)) / median(rounds.map((i) => loads.static[i].lcp));
      const all = loads.static.map((_, i) => i);
      let seed = 16; // a fixed seed: the same loads give the same interval
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const resampled = Array.from({ length: 2000 }, () => ratioOf(all.map(() => all[Math.floor(random() * all.length)]))).sort(
        (x, y) => x - y,
      );
      const sizes = new Set(loads[name].map((load) => load.size));
      const staticSizes = new Set(loads.static.map((load) => load.size));
      return {
        ratio: round(ratioOf(all)),
        low: round(resampled[Math.floor(resampled.length * 0.05)]),
        high: round(resampled[Math.floor(resampled.length * 0.95)]),
        element: round(median(loads[name].map((load) => load.lcp))),
        baseline: round(median(loads.static.map((load) => load.lcp))),
        runs: LCP_RUNS,
        lcpSizes: [...sizes],
        sameElement: sizes.size === 1 && staticSizes.size === 1 && sizes.has([...staticSizes][0]),
      };
    };
    const lcpRow = (name, r, goal, limit, note) =>
      row(
        name,
        `${r.ratio}× (${r.element} vs ${r.baseline} ms; 90%: ${r.low}–${r.high}×)`,
        goal,
        limit === undefined ? undefined : r.ratio <= limit,
        [
          note,
          limit !== undefined && r.low <= limit && r.high > limit ? 'the interval holds the goal: not resolved in this run' : '',
          r.sameElement ? '' : `LCP entry sizes differ from the static page's: ${r.lcpSizes.join('/')}`,
        ]
          .filter(Boolean)
          .join('; '),
      );
    if (hydrated) notAvailable(LCP_HYDRATED, '≤ 1.10×', hydrated);
    else lcpRow(LCP_HYDRATED, (results.ssr.lcpHydrated = lcpRatio('hydrated')), '≤ 1.10×', 1.1, bodyNote);
    lcpRow(LCP_NOSCRIPT, (results.ssr.lcpNoScript = lcpRatio('noscript')), '≤ 1.03×', 1.03, bodyNote);
    lcpRow(LCP_CLIENT, (results.ssr.lcpClientOnly = lcpRatio('client')), 'report', undefined, '');
    results.ssr.lcpLoads = loads;
    // Layout shift: the server-rendered widgets between text, as the client-only CLS page has them.
    const text = (n) =>
      Array.from({ length: n }, (_, i) => `<p>宿主页面的正文 host page text ${i + 1}，部件前后都有文字 text around the widgets.</p>`).join(
        '',
      );
    const clsBody = `${text(3)}${ssr.widgets.ticker}${text(2)}${ssr.widgets.related}${text(2)}${ssr.widgets.article}${text(6)}`;
    const head = '<link rel="stylesheet" href="/dist/cdn/reader-widgets.css">' + (hydrated ? '' : hydrateScript);
    pages.set('/bench/ssr-cls.html', PAGE(clsBody, head));
    const shifts = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/bench/ssr-cls.html`, { waitUntil: 'load' });
      if (!hydrated) await page.waitForFunction(() => customElements.get('article-view'), { timeout: 20000 });
      await new Promise((r) => setTimeout(r, 1000));
      shifts.push(await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts })));
      await page.close();
    }
    results.ssr.cls = round(median(shifts.map((run) => run.cls)), 4);
    // What moved, in the run with the most shifts (as the client-only rows say).
    const moved = (shifts.map((run) => run.shifts).sort((a, b) => b.length - a.length)[0] ?? [])
      .map((shift) => `${shift.value.toFixed(3)} moving ${[...new Set(shift.sources)].join('+')}`)
      .join(', ');
    row(
      CLS_SSR,
      results.ssr.cls.toFixed(3),
      '0.000',
      results.ssr.cls < 0.0005,
      `${hydrated ? `no script (hydration: ${hydrated})` : 'hydrated'}${moved ? `; ${moved}` : ''}`,
    );
  }
  // Server render times (Node, median of RUNS after a warm-up).
  const RENDER_SEED = 'Server render: seed article (demo/data/seed-portal.json)';
  const RENDER_LIST = 'Server render: related-list, 1,000 items';
  const RENDER_BODY = 'Server render: article with a ~1 MB body (5,000 ¶)';
  if (!ssr.available) {
    for (const name of [RENDER_SEED, RENDER_LIST, RENDER_BODY]) notAvailable(name, 'report', ssr.reason);
  } else {
    const t = ssr.times;
    const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB out`;
    row(
      RENDER_SEED,
      `${t.seedArticle.ms} ms`,
      'report',
      undefined,
      `${kib(t.seedArticle.bytes)}; without its body ${t.seedArticleWithoutBody.ms} ms`,
    );
    row(RENDER_LIST, `${t.list1000.ms} ms`, 'report', undefined, `${kib(t.list1000.bytes)}; a 1-item list ${t.list1.ms} ms (fixed cost)`);
    row(
      RENDER_BODY,
      `${t.body1MB.ms} ms`,
      'report',
      undefined,
      ssr.bodyRendered
        ? `${kib(t.body1MB.bytes)}; an article without body renders in ${t.seedArticleWithoutBody.ms} ms: the rest is the body, sanitized by DOMPurify over jsdom`
        : `${kib(t.body1MB.bytes)}; the body is not server-rendered yet (left to the browser), so this is title and byline only`,
    );
  }
}

// --- 5. <trending-ticker> scroll mode: main-thread time per second --------------------------------
if (wanted('ticker')) {
  const tickerPage = (animated) =>
    PAGE(
      animated
        ? `<trending-ticker id="t" heading="热点" mode="scroll"></trending-ticker>`
        : `<div id="t"><h2>热点</h2><p>${portal.trending.map((t) => t.title).join(' · ')}</p></div>`,
      `<script type="module" src="/dist/cdn/reader-widgets.js"></script>`,
    );
  pages.set('/bench/ticker-scroll.html', tickerPage(true));
  pages.set('/bench/ticker-static.html', tickerPage(false));
  // The floor of any smooth animation: headless Chromium posts one small main-thread task per presented
  // compositor frame (cc's DidPresentCompositorFrame), whatever moves. A plain div moved by a Web
  // Animations transform at the marquee's speed shows what that costs here, next to the ticker.
  pages.set(
    '/bench/ticker-floor.html',
    PAGE(`<div id="t" style="width: 4000px; height: 2.5rem; background: linear-gradient(90deg, #ddd, #999)"></div>
      <script>document.getElementById('t').animate([{ transform: 'translateX(0)' }, { transform: 'translateX(-2000px)' }],
        { duration: 50000, iterations: Infinity });</script>`),
  );
  const SECONDS = 3;
  const busy = async (path, animated) => {
    const page = await browser.newPage();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (animated) {
      await page.evaluate(async (list) => {
        await customElements.whenDefined('trending-ticker');
        const el = document.getElementById('t');
        const done = new Promise((r) => el.addEventListener('reader-load', r, { once: true }));
        el.items = list;
        await done;
      }, portal.trending);
    }
    await new Promise((r) => setTimeout(r, 1000));
    const client = await page.createCDPSession();
    await client.send('Performance.enable');
    const metric = async () => Object.fromEntries((await client.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const m0 = await metric();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const m1 = await metric();
    const info = await page.evaluate(() => {
      const el = document.getElementById('t');
      const animations = (el.shadowRoot ?? document).getAnimations?.() ?? [];
      return {
        animations: animations.map(
          (a) =>
            a.constructor.name +
            ':' +
            (a.animationName ??
              a.effect
                ?.getKeyframes?.()
                .map((k) => Object.keys(k).join('+'))
                .join('|')),
        ),
      };
    });
    await page.close();
    const elapsed = m1.Timestamp - m0.Timestamp;
    return {
      msPerSecond: ((m1.TaskDuration - m0.TaskDuration) * 1000) / elapsed,
      scriptMsPerSecond: ((m1.ScriptDuration - m0.ScriptDuration) * 1000) / elapsed,
      layoutMsPerSecond: ((m1.LayoutDuration - m0.LayoutDuration + m1.RecalcStyleDuration - m0.RecalcStyleDuration) * 1000) / elapsed,
      info,
    };
  };
  const a = [];
  const b = [];
  const c = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(await busy('/bench/ticker-scroll.html', true));
    b.push(await busy('/bench/ticker-static.html', false));
    c.push(await busy('/bench/ticker-floor.html', false));
  }
  const tick = round(median(a.map((x) => x.msPerSecond)), 3);
  const idle = round(median(b.map((x) => x.msPerSecond)), 3);
  const floor = round(median(c.map((x) => x.msPerSecond)), 3);
  results.ticker = {
    msPerSecond: tick,
    staticMsPerSecond: idle,
    animatedDivMsPerSecond: floor,
    scriptMsPerSecond: round(median(a.map((x) => x.scriptMsPerSecond)), 3),
    styleLayoutMsPerSecond: round(median(a.map((x) => x.layoutMsPerSecond)), 3),
    animations: a[0].info.animations,
  };
  row(
    'trending-ticker scroll: main-thread ms per s',
    `${tick} ms/s (static page ${idle}, animated plain div ${floor} ms/s)`,
    '< 1 ms/s',
    tick < 1,
    `script ${results.ticker.scriptMsPerSecond}, style+layout ${results.ticker.styleLayoutMsPerSecond} ms/s`,
  );
  // What the ticker itself adds to the page: its figure minus the cheapest smooth animation's. The
  // absolute row above stays as measured; this one tells the widget's work from Chromium's floor.
  results.ticker.overFloorMsPerSecond = round(tick - floor, 3);
  row(
    'trending-ticker scroll: main-thread ms per s over an animated plain div',
    `${results.ticker.overFloorMsPerSecond} ms/s`,
    '< 1 ms/s',
    results.ticker.overFloorMsPerSecond < 1,
  );
}

// --- 6. Memory and timers: 1,000 create/attach/detach cycles per element ----------------------------
if (wanted('memory')) {
  const page = await browser.newPage();
  // Count timers that are still scheduled (setTimeout not yet fired, setInterval not cleared, rAF pending).
  await page.evaluateOnNewDocument(() => {
    const live = new Map();
    window.__liveTimers = () => [...live.values()].reduce((count, kind) => ({ ...count, [kind]: (count[kind] ?? 0) + 1 }), {});
    const {
      setTimeout: st,
      clearTimeout: ct,
      setInterval: si,
      clearInterval: ci,
      requestAnimationFrame: raf,
      cancelAnimationFrame: caf,
    } = window;
    window.setTimeout = (fn, ms, ...rest) => {
      const id = st(
        (...a) => {
          live.delete('t' + id);
          if (typeof fn === 'function') fn(...a);
        },
        ms,
        ...rest,
      );
      live.set('t' + id, 'timeout');
      return id;
    };
    window.clearTimeout = (id) => {
      live.delete('t' + id);
      ct(id);
    };
    window.setInterval = (fn, ms, ...rest) => {
      const id = si(fn, ms, ...rest);
      live.set('t' + id, 'interval');
      return id;
    };
    window.clearInterval = (id) => {
      live.delete('t' + id);
      ci(id);
    };
    window.requestAnimationFrame = (fn) => {
      const id = raf((t) => {
        live.delete('r' + id);
        fn(t);
      });
      live.set('r' + id, 'animation-frame');
      return id;
    };
    window.cancelAnimationFrame = (id) => {
      live.delete('r' + id);
      caf(id);
    };
  });
  pages.set(
    '/bench/memory.html',
    `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>memory</title>
    <script type="module" src="/dist/cdn/reader-widgets.js"></script>
    <script type="module">import * as h from '/bench/pages/harness.js'; window.h = h; window.ready = true;</script><body></body></html>`,
  );
  await page.goto(`${origin}/bench/memory.html`);
  await page.waitForFunction(() => window.ready && customElements.get('trending-ticker'));
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  const heap = async () => {
    for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
    const { metrics } = await client.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  const CYCLES = 1000;
  const data = { 'article-view': portal.article, 'related-list': portal.related, 'trending-ticker': portal.trending, div: portal.article };
  results.memory = {};
  for (const tag of ['div', 'article-view', 'related-list', 'trending-ticker']) {
    await page.evaluate((t, d) => h.lifecycle(t, d, 50), tag, data[tag]); // warm up: code, caches, sanitizer
    await new Promise((r) => setTimeout(r, 300));
    const before = await heap();
    const t0 = Date.now();
    await page.evaluate((t, d, n) => h.lifecycle(t, d, n), tag, data[tag], CYCLES);
    const seconds = (Date.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 1500));
    const after = await heap();
    const timers = await page.evaluate(() => window.__liveTimers());
    results.memory[tag] = { growthBytes: Math.round(after - before), seconds: round(seconds, 1), timersLeft: timers };
  }
  await page.close();
  const base = results.memory.div.growthBytes;
  for (const tag of ['article-view', 'related-list', 'trending-ticker']) {
    const m = results.memory[tag];
    const timerCount = Object.values(m.timersLeft).reduce((a, b) => a + b, 0);
    row(
      `${tag} 1,000 create/attach/detach: heap growth after GC`,
      `${(m.growthBytes / 1024).toFixed(0)} KiB (plain div ${(base / 1024).toFixed(0)} KiB)`,
      '< 1 MB, 0 timers',
      m.growthBytes < 1_000_000 && timerCount === 0,
      `timers left: ${timerCount ? JSON.stringify(m.timersLeft) : 0}`,
    );
  }
}

// --- 7. Re-render cost: theme and custom properties never re-sanitize ------------------------------
if (wanted('rerender')) {
  const { page, errors } = await harnessPage();
  const r = await page.evaluate((a, chunk) => h.rerenderCost(a, chunk), portal.article, sanitizerChunk);
  results.rerender = { ...r, errors };
  row(
    'article-view theme + custom property change: sanitizer calls',
    `${r.sanitizeCalls} (body nodes kept: ${r.sameBodyNodes})`,
    '0',
    r.sanitizeCalls === 0 && r.sameBodyNodes,
  );
  await page.close();
}

await browser.close();
server.close();

// --- 8. The feed-parsing benchmark, if the sources work added one -----------------------------------
const feedBench = ['bench/feeds.mjs', 'bench/formats.mjs', 'bench/sources.mjs'].find((f) => existsSync(join(root, f)));
if (feedBench && wanted('feeds')) {
  console.log(`\nRunning ${feedBench}…`);
  try {
    const out = execFileSync('node', [feedBench], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    console.log(out.trim());
    results.feeds = { script: feedBench, output: out.trim() };
    row(`${feedBench} (its own table above)`, 'every feed within budget', '1 s per 5 MB feed', true);
  } catch (error) {
    // It exits non-zero when a feed is over its own budget; its table is still the result.
    const output = String(error.stdout ?? '').trim();
    console.log(output);
    results.feeds = { script: feedBench, exitCode: error.status, output, error: String(error.stderr ?? error.message).slice(0, 500) };
    row(
      `${feedBench} (its own table above)`,
      output ? 'over its budget' : 'failed',
      '1 s per 5 MB feed',
      false,
      results.feeds.error.split('\n')[0],
    );
  }
}

// --- report ---------------------------------------------------------------------------------------
const widths = ['name', 'figure', 'goal', 'met'].map((k) => Math.max(k.length, ...table.map((r) => String(r[k]).length)));
const line = (r) =>
  ['name', 'figure', 'goal', 'met'].map((k, i) => String(r[k]).padEnd(widths[i])).join(' | ') + (r.note ? ` | ${r.note}` : '');
console.log(`\n${browserVersion}, median of ${RUNS} alternating runs\n`);
console.log(line({ name: 'benchmark', figure: 'figure', goal: 'goal', met: 'met' }));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table) console.log(line(r));
writeFileSync(
  join(root, 'bench/results.json'),
  JSON.stringify({ date: new Date().toISOString(), browser: browserVersion, runs: RUNS, table, results }, null, 2),
);
console.log('\nWrote bench/results.json');
