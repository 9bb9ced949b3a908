// Feed parsing speed: a ~5 MB feed of each format (RSS, Atom, JSON Feed, WordPress, Ghost) through the
// format adapters and the data model (exactly what a widget does with a fetched `src`), in headless
// Chromium. The budget is one second per 5 MB feed.
//
//   node bench/feeds.mjs [--mb 5] [--runs 5]
//
// bench/run.mjs can call `benchFeeds(page)` with a puppeteer page it already has.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');
export const FEED_BUDGET_MS = 1000;

function random(seed) {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const WORDS = [
  'harbour',
  'ferry',
  'tide',
  '地铁',
  '城市',
  'weather',
  'council',
  '新闻',
  'report',
  'river',
  'market',
  '供暖',
  'school',
  'budget',
];
const words = (next, n) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One item's worth of realistic content (~2 KB of body HTML). */
function itemData(next, i) {
  const body = Array.from(
    { length: 8 },
    () => `<p>${words(next, 20)} <a href="https://news.example/${i}">${words(next, 2)}</a> &amp; ${words(next, 12)}.</p>`,
  ).join('\n');
  return {
    id: `item-${i}`,
    title: `${words(next, 6)} & ${words(next, 3)} #${i}`,
    url: `https://news.example/2025/12/${i}.html`,
    summary: `<p>${words(next, 30)}</p>`,
    body,
    author: `Writer ${i % 17}`,
    date: new Date(Date.UTC(2025, 11, 1) - i * 3_600_000),
    image: `https://img.news.example/${i}.jpg`,
    tags: [words(next, 1), words(next, 1)],
  };
}

function items(bytes, seed = 7) {
  const next = random(seed);
  const list = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const item = itemData(next, i);
    list.push(item);
    size += item.body.length + item.summary.length + 400;
  }
  return list;
}

/** A feed of about `bytes` bytes in the given format, with its content type. */
export function makeFeed(format, bytes = 5_000_000) {
  const list = items(bytes);
  switch (format) {
    case 'rss':
      return {
        type: 'application/rss+xml; charset=utf-8',
        text: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Bench</title><link>https://news.example/</link><language>zh-CN</language>\n${list
          .map(
            (it) =>
              `<item><title>${escapeXml(it.title)}</title><link>${it.url}</link><guid>${it.id}</guid><pubDate>${it.date.toUTCString()}</pubDate><dc:creator>${it.author}</dc:creator>${it.tags.map((t) => `<category>${t}</category>`).join('')}<description><![CDATA[${it.summary}]]></description><content:encoded><![CDATA[${it.body}]]></content:encoded><media:content url="${it.image}" medium="image" width="1200" height="800"/></item>`,
          )
          .join('\n')}</channel></rss>`,
      };
    case 'atom':
      return {
        type: 'application/atom+xml',
        text: `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><title>Bench</title><id>urn:bench</id><updated>2025-12-01T00:00:00Z</updated>\n${list
          .map(
            (it) =>
              `<entry><title>${escapeXml(it.title)}</title><link rel="alternate" href="${it.url}"/><id>${it.id}</id><published>${it.date.toISOString()}</published><updated>${it.date.toISOString()}</updated><author><name>${it.author}</name></author>${it.tags.map((t) => `<category term="${t}"/>`).join('')}<summary type="html">${escapeXml(it.summary)}</summary><content type="html">${escapeXml(it.body)}</content><link rel="enclosure" type="image/jpeg" href="${it.image}"/></entry>`,
          )
          .join('\n')}</feed>`,
      };
    case 'jsonfeed':
      return {
        type: 'application/feed+json',
        text: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Bench',
          items: list.map((it) => ({
            id: it.id,
            url: it.url,
            title: it.title,
            summary: it.summary,
            content_html: it.body,
            date_published: it.date.toISOString(),
            authors: [{ name: it.author }],
            image: it.image,
            tags: it.tags,
          })),
        }),
      };
    case 'wordpress':
      return {
        type: 'application/json',
        text: JSON.stringify(
          list.map((it, i) => ({
            id: i,
            date_gmt: it.date.toISOString().slice(0, 19),
            link: it.url,
            title: { rendered: escapeXml(it.title) },
            excerpt: { rendered: it.summary, protected: false },
            content: { rendered: it.body, protected: false },
            _embedded: {
              author: [{ name: it.author, link: 'https://news.example/author/' }],
              'wp:featuredmedia': [{ source_url: it.image, alt_text: it.title, media_details: { width: 1200, height: 800 } }],
              'wp:term': [[], it.tags.map((name) => ({ name, taxonomy: 'post_tag' }))],
            },
          })),
        ),
      };
    case 'ghost':
      return {
        type: 'application/json',
        text: JSON.stringify({
          posts: list.map((it) => ({
            id: it.id,
            title: it.title,
            url: it.url,
            html: it.body,
            excerpt: it.summary,
            published_at: it.date.toISOString(),
            feature_image: it.image,
            authors: [{ name: it.author }],
            tags: it.tags.map((name) => ({ name })),
          })),
        }),
      };
    default:
      throw new Error(`unknown format ${format}`);
  }
}

export const FEED_FORMATS = ['rss', 'atom', 'jsonfeed', 'wordpress', 'ghost'];

/** The adapters and the model from src/, bundled for the page, exposing `window.__readerFeedBench`. */
export async function parserBundle() {
  const result = await esbuild.build({
    stdin: {
      contents: `
        import { toReaderJson } from './src/sources/formats/detect.ts';
        import { normalizeList } from './src/core/model.ts';
        window.__readerFeedBench = (text, type, runs) => {
          const times = [];
          let items = 0;
          for (let i = 0; i < runs; i++) {
            globalThis.gc?.(); // a collection left over from the previous feed is not this one's cost
            const start = performance.now();
            const raw = toReaderJson(text, type);
            if (!raw.ok) throw new Error(raw.error.message);
            const list = normalizeList(raw.value);
            if (!list.ok) throw new Error(list.error.message);
            times.push(performance.now() - start);
            items = list.value.length;
          }
          // The browser's own parser on the same text: the floor no adapter can beat.
          const floors = [];
          for (let i = 0; i < runs; i++) {
            globalThis.gc?.(); // a collection left over from the previous feed is not this one's cost
            const start = performance.now();
            if (text.trimStart().startsWith('<')) new DOMParser().parseFromString(text, 'application/xml');
            else JSON.parse(text);
            floors.push(performance.now() - start);
          }
          return { times, items, floors };
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Times parsing a ~`mb` MB feed of each format in `page` (a puppeteer page). Returns one row per format:
 * `{ format, bytes, items, medianMs, maxMs, floorMs, withinBudget }` (`floorMs`: the browser's bare
 * `DOMParser` / `JSON.parse` on the same text, for reading the numbers on a busy machine).
 */
export async function benchFeeds(page, { mb = 5, runs = 5, formats = FEED_FORMATS } = {}) {
  await page.goto('about:blank');
  await page.addScriptTag({ content: await parserBundle(), type: 'module' });
  await page.waitForFunction(() => typeof window.__readerFeedBench === 'function');
  const rows = [];
  for (const format of formats) {
    const { text, type } = makeFeed(format, mb * 1_000_000);
    const { times, items, floors } = await page.evaluate((t, ty, r) => window.__readerFeedBench(t, ty, r), text, type, runs);
    const medianMs = median(times);
    rows.push({
      format,
      bytes: Buffer.byteLength(text),
      items,
      medianMs: Math.round(medianMs),
      maxMs: Math.round(Math.max(...times)),
      floorMs: Math.round(median(floors)),
      withinBudget: medianMs < FEED_BUDGET_MS,
    });
  }
  return rows;
}

/** Prints the rows as a table. */
export function printFeedTable(rows) {
  console.log(`\nFeed parsing (adapters + model, median of runs; budget ${FEED_BUDGET_MS} ms per 5 MB)`);
  console.log('format      size      items   median      max  bare parse');
  for (const r of rows) {
    console.log(
      `${r.format.padEnd(10)}  ${`${(r.bytes / 1e6).toFixed(1)} MB`.padEnd(8)}  ${String(r.items).padStart(5)}  ${`${r.medianMs} ms`.padStart(7)}  ${`${r.maxMs} ms`.padStart(8)}  ${`${r.floorMs} ms`.padStart(10)}  ${r.withinBudget ? 'ok' : 'OVER BUDGET'}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const { default: puppeteer } = await import('puppeteer-core');
  const { chromiumArgs, chromiumPath } = await import('../scripts/browsers.mjs');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    const rows = await benchFeeds(page, { mb: option('--mb', 5), runs: option('--runs', 5) });
    printFeedTable(rows);
    if (rows.some((r) => !r.withinBudget)) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
