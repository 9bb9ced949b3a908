// Server rendering for `npm run bench` (bench/run.mjs runs this in a child process: reader-widgets/ssr
// installs a DOM shim in the process's globals, which the browser-driving parent should not share).
// Prints one JSON object: the three widgets of the bench pages rendered on the server, and how long the
// render functions take (median of RUNS) for the seed article, a 1,000-item list and a ~1 MB body, with
// the fixed cost (a one-item list, an article without body) to say where the time goes.
//
//   node bench/ssr-render.mjs <runs>   (reads dist/ssr.js: run after `npm run build`)
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { bigArticle, manyItems, seed } from './data.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Math.max(7, Number(process.argv[2] ?? 9));
const out = (value) => process.stdout.write(JSON.stringify(value));
const entry = join(root, 'dist/ssr.js');
if (!existsSync(entry)) {
  out({ available: false, reason: 'dist/ssr.js is not built (reader-widgets/ssr not on this branch)' });
  process.exit(0);
}
let ssr;
try {
  ssr = await import(pathToFileURL(entry).href);
} catch (error) {
  out({ available: false, reason: `reader-widgets/ssr did not load: ${String(error?.message ?? error).split('\n')[0]}` });
  process.exit(0);
}
const portal = seed(root);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 100) / 100;

/** Median milliseconds of `render()` over RUNS calls, after one warm-up call; and the last output. */
async function timed(render) {
  let html = await render();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    html = await render();
    times.push(performance.now() - t0);
  }
  return { ms: round(median(times)), bytes: Buffer.byteLength(html), html };
}

// The widgets of the bench pages (the same attributes as their client-rendered twins), in the bench pages'
// language: without `lang` they would render English words and switch to Chinese once hydrated, moving the
// page (CLS 0.013 measured that way).
const widgets = {
  ticker: await ssr.renderTrendingTicker(portal.trending, { lang: 'zh-CN', attributes: { heading: '热点', mode: 'scroll' } }),
  article: await ssr.renderArticleView(portal.article, { lang: 'zh-CN' }),
  related: await ssr.renderRelatedList(portal.related, { lang: 'zh-CN', attributes: { heading: '相关阅读' } }),
};
const { bodyHtml: _body, ...articleWithoutBody } = portal.article;
const big = bigArticle(5000);
const times = {
  seedArticle: await timed(() => ssr.renderArticleView(portal.article)),
  seedArticleWithoutBody: await timed(() => ssr.renderArticleView(articleWithoutBody)),
  list1000: await timed(() => ssr.renderRelatedList(manyItems(1000))),
  list1: await timed(() => ssr.renderRelatedList(manyItems(1))),
  body1MB: await timed(() => ssr.renderArticleView(big)),
};
// Whether the body is in the output yet (the first server renderer leaves it to the browser), and
// whether the hydration data is (SSR-FORMAT.md).
const bodyRendered = times.body1MB.html.includes('part="body"') && times.body1MB.bytes > 500_000;
const hydrationData = widgets.article.includes('data-reader-hydrate');
for (const t of Object.values(times)) delete t.html;
out({
  available: true,
  widgets,
  times,
  bodyRendered,
  hydrationData,
  bodyBytes: Buffer.byteLength(big.bodyHtml),
  runs: RUNS,
});
