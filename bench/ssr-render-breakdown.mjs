// Server render time, broken down (issue 16; `npm run bench` reports the totals through bench/ssr-render.mjs): reader-widgets/ssr from the built dist/ (`npm run build:npm` first).
// Medians of 9 runs after 2 warm-ups, and where the time goes: for the 1 MB body, sanitizing alone (DOMPurify
// over jsdom) against the whole render; for the 1,000-item list, each layout and streaming.
//   node bench/ssr-render-breakdown.mjs
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { renderArticleView, renderRelatedList, renderTrendingTicker, streamRelatedList } from 'reader-widgets/ssr';
import { sanitizeBodyIn } from '../dist/core/sanitize.js';

const seed = JSON.parse(readFileSync(new URL('../demo/data/seed-portal.json', import.meta.url), 'utf8'));
const now = new Date('2025-12-05T12:00:00Z');
const list = Array.from({ length: 1000 }, (_, i) => ({
  id: `n${i}`,
  title: `${seed.trending[i % seed.trending.length].title} ${i}`,
  url: `/news/${i}`,
  summary: seed.trending[i % seed.trending.length].summary,
  publishedAt: new Date(now.getTime() - i * 3_600_000).toISOString(),
}));
const paragraph = `<p>${seed.article.bodyHtml.replace(/<[^>]+>/g, '').slice(0, 900)} <a href="/x">link</a> <b>bold</b></p>`;
const megabyteBody = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)).slice(0, 1_000_000);
const big = { ...seed.article, bodyHtml: megabyteBody.slice(0, megabyteBody.lastIndexOf('</p>') + 4) };
// The same body as a CMS writes it, one block a line: as many text nodes between the blocks as blocks.
const bigLines = { ...big, bodyHtml: big.bodyHtml.replaceAll('</p><p>', '</p>\n<p>') };

async function median(work, runs = 9) {
  for (let i = 0; i < 2; i++) await work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1];
}
const read = async (stream) => {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
};
const view = new JSDOM('').window;

const rows = [
  ['seed article (zh-CN, 6 KB body)', () => renderArticleView(seed.article, { now })],
  ['seed article without its body', () => renderArticleView({ ...seed.article, bodyHtml: undefined }, { now })],
  ['  of which sanitizing its body (jsdom)', () => sanitizeBodyIn(view, seed.article.bodyHtml)],
  ['1 MB body article', () => renderArticleView(big, { now })],
  ['  of which sanitizing the body (jsdom)', () => sanitizeBodyIn(view, big.bodyHtml)],
  ['1 MB body article, one block a line', () => renderArticleView(bigLines, { now })],
  ['  of which sanitizing the body (jsdom)', () => sanitizeBodyIn(view, bigLines.bodyHtml)],
  ['1,000 items, related-list list', () => renderRelatedList(list, { now })],
  ['1,000 items, related-list compact', () => renderRelatedList(list, { now, attributes: { layout: 'compact' } })],
  ['1,000 items, related-list cards', () => renderRelatedList(list, { now, attributes: { layout: 'cards' } })],
  ['1,000 items, related-list list, streamed', () => read(streamRelatedList(list, { now }))],
  ['1,000 items, trending-ticker static', () => renderTrendingTicker(list, { now, attributes: { mode: 'static' } })],
  ['seed trending (9 items), ticker', () => renderTrendingTicker(seed.trending, { now })],
];
console.log(`1 MB body: ${big.bodyHtml.length} characters`);
for (const [name, work] of rows) {
  const ms = await median(work);
  const size = (await work()).length ?? 0;
  console.log(
    `${name.padEnd(44)} ${ms.toFixed(1).padStart(8)} ms${typeof size === 'number' && size ? `  ${(size / 1024).toFixed(0)} KiB out` : ''}`,
  );
}
