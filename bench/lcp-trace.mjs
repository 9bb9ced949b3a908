// Why is the hydrated server-rendered page's LCP later than the static page's? A diagnostic for the `ssr`
// rows of `npm run bench` (not part of it): loads the same pages as the bench (the static copy, and the
// server render with and without the hydrate file), served the same way (brotli, no-store), and prints per
// load every largest-contentful-paint entry (time, size, render/load time) with the node it is (from
// Chromium's trace, which sees into shadow roots), the main thread's work (HTML parsing with its lines,
// scripts, style, layout, paint) and every mutation in the widgets' hosts and shadow roots.
//
//   node bench/lcp-trace.mjs [--runs N] [--viewport 1280x900] [--pages static,hydrated,noscript,…] [--quiet] [--no-trace] [--old DIR]
//   Pages: static, noscript, hydrated; experiments: late, preloaded, busy, compiled (see below), old, oldpreloaded.
//   (after `npm run build`; --quiet prints one line per load)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { brotliCompressSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';
import { seed } from './data.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', 5));
const [width, height] = option('--viewport', '1280x900').split('x').map(Number);
const which = option('--pages', 'static,hydrated,noscript').split(',');
const quiet = args.includes('--quiet');
const noTrace = args.includes('--no-trace');
const headScript = option('--head', ''); // e.g. "async" to try <script type=module async>

const portal = seed(root);
const ssr = JSON.parse(execFileSync('node', [join(root, 'bench/ssr-render.mjs'), '7'], { cwd: root, encoding: 'utf8' }));
const widgets = `${ssr.widgets.ticker}\n${ssr.widgets.article}\n${ssr.widgets.related}`;

// Observers set up at the end of the body: after the parser attached the declarative shadow roots,
// before any module script runs.
const OBSERVE = `<script>
  window.__log = [];
  const t = () => Math.round(performance.now());
  const describe = (n) => !n ? '' : n.nodeType === 3 ? '#text"' + n.data.slice(0, 20) + '"' : n.nodeType === 8 ? '<!--' + n.data.slice(0, 12) + '-->' : (n.localName ?? n.nodeName) + (n.getAttribute?.('part') ? '[part=' + n.getAttribute('part') + ']' : '');
  const mo = new MutationObserver((records) => { for (const r of records) window.__log.push({ t: t(), kind: 'mutation', type: r.type, target: describe(r.target), attr: r.attributeName, added: [...r.addedNodes].map(describe), removed: [...r.removedNodes].map(describe), old: r.oldValue?.slice(0, 30) }); });
  const options = { attributes: true, childList: true, subtree: true, characterData: true, attributeOldValue: true, characterDataOldValue: true };
  for (const host of document.querySelectorAll('article-view, related-list, trending-ticker, [data-static]')) {
    mo.observe(host, options);
    if (host.shadowRoot) mo.observe(host.shadowRoot, options);
  }
  for (const tag of ['article-view', 'related-list', 'trending-ticker']) customElements.whenDefined(tag).then(() => window.__log.push({ t: t(), kind: 'defined ' + tag }));
  document.addEventListener('reader-load', (e) => window.__log.push({ t: t(), kind: 'reader-load ' + e.target.localName }));
  document.addEventListener('DOMContentLoaded', () => window.__log.push({ t: t(), kind: 'DOMContentLoaded' }));
</script>`;
// The bench's page (bench/run.mjs PAGE), with the probe's observers.
const PAGE = (
  body,
  head = '',
) => `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
  <title>bench page</title>
  <style>body { font: 16px/1.6 system-ui, 'WenQuanYi Micro Hei', sans-serif; max-width: 48rem; margin: 1rem auto; padding: 0 1rem; }</style>
  ${head}
  <script>
    window.__lcp = []; window.__fcp = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push({ startTime: Math.round(e.startTime), renderTime: Math.round(e.renderTime), loadTime: Math.round(e.loadTime), size: e.size, url: e.url, element: e.element ? e.element.localName : null }); }).observe({ type: 'largest-contentful-paint', buffered: true });
  </script>
  <body>${body}${OBSERVE}</body></html>`;

const pages = new Map();
const brotli = new Map();
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const json = {
    '/bench-data/article.json': portal.article,
    '/bench-data/related.json': portal.related,
    '/bench-data/trending.json': portal.trending,
  }[path];
  let body;
  let type;
  if (pages.has(path)) [body, type] = [pages.get(path), 'text/html; charset=utf-8'];
  else if (json) [body, type] = [JSON.stringify(json), 'application/json'];
  else {
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
    [body, type] = [
      readFileSync(file),
      extname(file) === '.js' ? 'text/javascript' : extname(file) === '.css' ? 'text/css' : 'application/octet-stream',
    ];
  }
  const key = typeof body === 'string' ? body : body.toString('latin1');
  if (!brotli.has(key)) brotli.set(key, brotliCompressSync(body));
  response.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': type, 'Content-Encoding': 'br' }).end(brotli.get(key));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [...chromiumArgs, `--window-size=${width},${height}`],
  defaultViewport: { width, height },
});

// The static copy: the client-rendered widgets' shadow DOM as declarative shadow roots (as bench/run.mjs).
pages.set(
  '/client.html',
  PAGE(
    `<trending-ticker src="/bench-data/trending.json" heading="热点" mode="scroll"></trending-ticker>
  <article-view src="/bench-data/article.json"></article-view>
  <related-list src="/bench-data/related.json" heading="相关阅读"></related-list>`,
    '<script type="module" src="/dist/cdn/reader-widgets.js"></script>',
  ),
);
{
  const probe = await browser.newPage();
  await probe.goto(`${origin}/client.html`);
  await probe.waitForFunction(() => window.__log.filter((e) => e.kind.startsWith('reader-load')).length >= 3);
  const copy = await probe.evaluate(() =>
    [...document.querySelectorAll('trending-ticker, article-view, related-list')]
      .map((el) => {
        const css = [...el.shadowRoot.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
        const attrs = [...el.attributes]
          .filter((a) => a.name !== 'src')
          .map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`)
          .join('');
        return `<div data-static="${el.localName}"${attrs}><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot.innerHTML}</template></div>`;
      })
      .join('\n'),
  );
  pages.set('/static.html', PAGE(copy));
  await probe.close();
}
const hydrateTag = `<script type="module"${headScript ? ` ${headScript}` : ''} src="/dist/cdn/reader-widgets.hydrate.js"></script>`;
pages.set('/noscript.html', PAGE(widgets));
pages.set('/hydrated.html', PAGE(widgets, hydrateTag));
// Experiments: the same module loaded only after the first frame has been presented (two animation
// frames), and the module with its whole graph preloaded (as from a warm cache), so it is ready sooner.
pages.set(
  '/late.html',
  PAGE(
    widgets,
    `<script>requestAnimationFrame(() => requestAnimationFrame(() => { const s = document.createElement('script'); s.type = 'module'; s.src = '/dist/cdn/reader-widgets.hydrate.js'; document.head.append(s); }));</script>`,
  ),
);
const graphFiles = (await import('node:fs'))
  .readdirSync(join(root, 'dist/cdn/hydrate/chunks'))
  .filter((f) => /^(model|source-options|urls|deferred-poster|platform|common-dates|loose-json|zh-CN)-/.test(f));
pages.set(
  '/preloaded.html',
  PAGE(widgets, graphFiles.map((f) => `<link rel="modulepreload" href="/dist/cdn/hydrate/chunks/${f}">`).join('') + hydrateTag),
);
// busy: the no-script page plus 150 ms of main-thread work right after the first frame is painted (no
// DOM change, no network), as the hydrate module's evaluation and hydration come then: does work at that
// moment delay the frame's presentation (its LCP time) on this machine?
pages.set(
  '/busy.html',
  PAGE(
    widgets,
    `<script>requestAnimationFrame(() => setTimeout(() => { const t = performance.now(); while (performance.now() - t < 150); }));</script>`,
  ),
);
// compiled: the no-script page plus the hydrate file and its chunks as modulepreload links: fetched and
// compiled, never run. Between it, busy and hydrated: which part of the script's cost delays LCP.
pages.set(
  '/compiled.html',
  PAGE(
    widgets,
    ['reader-widgets.hydrate.js', ...graphFiles.map((f) => `hydrate/chunks/${f}`)]
      .map((f) => `<link rel="modulepreload" href="/dist/cdn/${f}">`)
      .join(''),
  ),
);
// --old DIR: the same two pages with another build of the CDN files (served from DIR under the root), to compare.
const old = option('--old', '');
if (old) {
  const oldTag = hydrateTag.replace('/dist/cdn/', `/${old}/`);
  pages.set('/old.html', PAGE(widgets, oldTag));
  pages.set(
    '/oldpreloaded.html',
    PAGE(widgets, graphFiles.map((f) => `<link rel="modulepreload" href="/${old}/hydrate/chunks/${f}">`).join('') + oldTag),
  );
}
for (const [path, html] of pages) if (!quiet) console.log(`${path}: ${Buffer.byteLength(html)} bytes, ${html.split('\n').length} lines`);

const MAIN_WORK = [
  'ParseHTML',
  'EvaluateScript',
  'v8.evaluateModule',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'ParseAuthorStyleSheet',
];

/** One load: the page's LCP entries, the trace's LCP candidates (with their nodes), main-thread work and the log. */
async function load(name) {
  const page = await browser.newPage();
  if (noTrace) {
    await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 500));
    const result = await page.evaluate(() => ({ lcp: window.__lcp, fcp: Math.round(window.__fcp), log: window.__log }));
    await page.close();
    return { ...result, candidates: [], work: [], fetches: [], frames: [], scriptWork: [] };
  }
  await page.tracing.start({
    categories: ['loading', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'],
  });
  await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1000));
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const client = await page.createCDPSession();
  await client.send('DOM.getDocument', { depth: -1, pierce: true });
  const events = trace.traceEvents;
  const result = await page.evaluate(() => ({ lcp: window.__lcp, fcp: window.__fcp, log: window.__log }));
  // The trace's clock to the page's: the FCP trace event is at the page's first-contentful-paint time.
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint');
  const navStart = fcpEvent.ts - result.fcp * 1000;
  const ms = (ts) => Math.round((ts - navStart) / 1000);
  const candidates = [];
  for (const e of events.filter((x) => x.name === 'largestContentfulPaint::Candidate')) {
    const d = e.args.data;
    let node;
    try {
      const { object } = await client.send('DOM.resolveNode', { backendNodeId: d.nodeId });
      const { result: described } = await client.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          const el = this.nodeType === 3 ? this.parentElement : this;
          const host = this.getRootNode().host;
          return (host ? (host.localName === 'div' ? host.dataset.static : host.localName) + ' > ' : '') + el.localName + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '') + ' "' + (this.textContent || '').trim().slice(0, 16) + '"' + (this.isConnected ? '' : ' (detached)');
        }`,
      });
      node = described.value;
    } catch (error) {
      node = `node ${d.nodeId} not found (${String(error.message).slice(0, 40)})`;
    }
    candidates.push({ t: ms(e.ts), index: d.candidateIndex, type: d.type, size: d.size, node });
  }
  const mainTid = fcpEvent.tid;
  const work = events
    .filter(
      (x) =>
        x.tid === mainTid &&
        x.pid === fcpEvent.pid &&
        x.ph === 'X' &&
        x.ts > navStart &&
        MAIN_WORK.includes(x.name) &&
        (x.dur > 2000 || x.name === 'Paint' || x.name === 'ParseHTML'),
    )
    .map(
      (x) =>
        `${ms(x.ts)}+${Math.round((x.dur ?? 0) / 1000)} ${x.name}${x.args?.beginData ? ` lines ${x.args.beginData.startLine}-${x.args.endData?.endLine}` : ''} ${x.args?.data?.url?.split('/').pop() ?? ''}`,
    );
  const fetches = events
    .filter((x) => ['ResourceSendRequest', 'ResourceFinish'].includes(x.name) && x.pid === fcpEvent.pid)
    .map((x) => `${x.name.replace('Resource', '')} ${ms(x.ts)} ${(x.args?.data?.url ?? '').split('/').pop()}`);
  // The hydrate module's main-thread work: its evaluation and the microtasks right after (the elements'
  // first updates, i.e. hydration), as [start, end].
  const mainEvents = events.filter((x) => x.tid === mainTid && x.pid === fcpEvent.pid && x.ph === 'X' && x.ts > navStart);
  const evaluate = mainEvents.find((x) => x.name === 'v8.evaluateModule' && x.dur > 1000);
  const scriptWork = evaluate
    ? mainEvents
        .filter(
          (x) =>
            ['v8.evaluateModule', 'RunMicrotasks', 'FunctionCall', 'EventDispatch'].includes(x.name) && x.ts >= evaluate.ts && x.dur > 2000,
        )
        .map((x) => `${ms(x.ts)}+${Math.round(x.dur / 1000)} ${x.name}`)
    : [];
  // The main-thread Paint that produced each LCP candidate: the last one before it (presentation follows).
  const paintsMain = mainEvents.filter((x) => x.name === 'Paint').map((x) => ms(x.ts));
  for (const c of candidates) c.paintedAt = paintsMain.filter((p) => p <= c.t).at(-1);
  const frames = [...new Set(events.filter((x) => x.name === 'Paint' && x.ts > navStart && x.pid === fcpEvent.pid).map((x) => ms(x.ts)))];
  await page.close();
  return { ...result, fcp: Math.round(result.fcp), candidates, work, fetches, frames, scriptWork };
}

const summary = {};
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? [...which].reverse() : which) {
    const r = await load(name);
    const last = r.lcp.at(-1);
    const lastCandidate = r.candidates.at(-1);
    const mutations = r.log.filter((e) => e.kind === 'mutation');
    const defined = r.log.find((e) => e.kind.startsWith('defined'))?.t;
    (summary[name] ??= []).push(last?.startTime);
    console.log(
      `${name.padEnd(8)} run ${i + 1} ${width}x${height}: FCP ${r.fcp}, LCP ${last?.startTime} (${r.lcp.length} entries: ${r.lcp.map((e) => `${e.startTime}/${e.size}`).join(' ')}) = ${lastCandidate?.node} (main-thread Paint at ${lastCandidate?.paintedAt}); defined ${defined ?? '-'}; ${mutations.length} mutations${r.scriptWork.length ? `; script work ${r.scriptWork.join(', ')}` : ''}`,
    );
    if (quiet) continue;
    for (const e of r.lcp)
      console.log(
        `   lcp entry ${e.startTime} (render ${e.renderTime}, load ${e.loadTime}) size ${e.size} url "${e.url}" element=${e.element}`,
      );
    for (const c of r.candidates) console.log(`   trace candidate #${c.index} at ${c.t}: ${c.type} size ${c.size} ${c.node}`);
    console.log(`   paint frames at ${r.frames.join(' ')}`);
    for (const f of r.fetches) console.log(`   ${f}`);
    for (const w of r.work) console.log(`   | ${w}`);
    for (const e of r.log)
      console.log(
        `   ${e.t} ${e.kind}${e.type ? ` ${e.type} ${e.target}${e.attr ? ` @${e.attr} (was ${e.old})` : ''}${e.added?.length ? ` +${e.added.join(',')}` : ''}${e.removed?.length ? ` -${e.removed.join(',')}` : ''}${e.type === 'characterData' ? ` (was ${e.old})` : ''}` : ''}`,
      );
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(
  `\nmedian LCP: ${Object.entries(summary)
    .map(([name, list]) => `${name} ${median(list)} [${list.join(' ')}]`)
    .join('; ')}`,
);
if (summary.static)
  console.log(
    `ratio of medians to static: ${Object.entries(summary)
      .map(([name, list]) => `${name} ${(median(list) / median(summary.static)).toFixed(2)}×`)
      .join(', ')}`,
  );
await browser.close();
server.close();
