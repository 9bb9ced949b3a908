/**
 * Freeze tests: hostile input of 100 KB–1 MB must never block the page for long. Every text path a feed
 * reaches (body sanitizing, the looks-like-HTML test, HTML-to-text in each adapter field, the URL gate,
 * the RSS author match, ellipsis tidying) is run on an adversarial input and on a benign input of the
 * same size, in the same test, and the adversarial one must take at most RATIO times as long (or FLOOR_MS,
 * whichever is more). This is not a timed test: a quadratic path takes seconds on these sizes against a
 * few milliseconds for the benign input, and the ratio holds on a slow, shared machine as on a fast one.
 */
import { expect } from '@open-wc/testing';
import { normalizeList } from '../../src/core/model.js';
import { tidyEllipsis, truncate } from '../../src/core/text.js';
import { toReaderJson } from '../../src/sources/formats/detect.js';
import { part } from '../helpers.js';
import { renderArticle } from './harness.js';

/** An adversarial input may cost this many times a benign one of the same size... */
const RATIO = 5;
/** ...or this much, whichever is more: tiny baselines on a loaded two-core machine vary by more than 5×. */
const FLOOR_MS = 400;

async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Runs `work` on the benign input (twice, after a warm-up, keeping the faster) and on the hostile one,
 * and fails when the hostile one costs more than the budget. A hostile run over budget is repeated once
 * so a burst of load elsewhere on the machine does not fail the test.
 */
async function expectNoFreeze<T>(work: (input: T) => unknown, hostile: T, benign: T): Promise<void> {
  await work(benign);
  const baseline = Math.min(await timed(() => work(benign)), await timed(() => work(benign)));
  const budget = Math.max(RATIO * baseline, FLOOR_MS);
  let cost = await timed(() => work(hostile));
  if (cost > budget) cost = Math.min(cost, await timed(() => work(hostile)));
  expect(cost, `hostile input took ${cost.toFixed(0)} ms, the same size of benign input ${baseline.toFixed(0)} ms`).to.be.at.most(budget);
}

/** A string of about `chars` characters made of `unit` repeated. */
const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

/** Renders an <article-view> and asserts it ended rendered or in its error state. */
async function renderEnds(article: unknown): Promise<void> {
  const { el, event } = await renderArticle(article);
  try {
    expect(part(el, 'title') ?? part(el, 'error'), event).to.exist;
  } finally {
    el.remove();
  }
}

/** Converts a feed (as its adapter would for `src`), asserting it gives a result and never throws. */
function convertFeed(text: string, type: string, format?: string): void {
  const result = toReaderJson(text, type, format);
  expect(result.ok || result.error.message.length > 0).to.equal(true);
}

const rss = (item: string) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title><item>${item}<link>https://news.example/1</link></item></channel></rss>`;
const atom = (entry: string) =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>1</id>${entry}</entry></feed>`;
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// Adversarial text for the HTML-to-text and looks-like-HTML paths, each with a benign text of its size.
const SIZE = 150_000;
const TEXT_ATTACKS: Array<[name: string, hostile: string]> = [
  ['unclosed "<a"', repeat('<a', SIZE)],
  ['bare "<"', repeat('<', SIZE)],
  ['"<a" then "‹"', '<a' + repeat('‹', SIZE)],
  ['unclosed comments', repeat('<!--', SIZE)],
  ['unclosed quotes in tags', repeat('<a "', SIZE)],
  ['entity-like runs', repeat('&a', SIZE)],
  ['numeric-reference-like runs', repeat('&#&#x', SIZE)],
];
// Quoted attributes send the benign text through the same HTML parser as the hostile inputs that need it.
const BENIGN_TEXT = repeat('Plain words <b>bold</b> <a href="/x">a link</a> &amp; more. ', SIZE);

describe('freeze: article bodies', () => {
  it('200 KB of unclosed "<a " ends without a long block (nesting-depth scan)', async () => {
    await expectNoFreeze(
      renderEnds,
      { title: 'x', bodyHtml: repeat('<a ', 200_000) },
      { title: 'x', bodyHtml: repeat('<p>Text here.</p>', 200_000) },
    );
  });

  it('stray and self-closed tags in a long body end without a long block', async () => {
    await expectNoFreeze(
      renderEnds,
      { title: 'x', bodyHtml: repeat('</b><i/>', 200_000) },
      { title: 'x', bodyHtml: repeat('<p>Text.</p>', 200_000) },
    );
  });

  it('250 links whose href holds 4,000 inner spaces end without a long block (URL gate)', async () => {
    const link = (inner: string) => `<a href="https://news.example/a${inner}b">x</a> `;
    await expectNoFreeze(
      renderEnds,
      { title: 'x', bodyHtml: repeat(link(' '.repeat(4000)), 1_000_000) },
      { title: 'x', bodyHtml: repeat(link('-'.repeat(4000)), 1_000_000) },
    );
  });

  // Firefox's parser and DOMPurify's attribute removal are quadratic in one tag's attributes (2.7 s for 200 KB).
  it('one tag with 40,000 attributes (or <body> tags adding up to them) ends in the error state without a long block', async () => {
    const attributes = (n: number, prefix = 'a') => Array.from({ length: n }, (_, i) => `${prefix}${i}="1"`).join(' ');
    const oneTag = `<p ${attributes(40_000)}>x</p>`;
    const bodyTags = Array.from({ length: 100 }, (_, t) => `<body ${attributes(400, `b${t}-`)}>`).join('<p>x</p>');
    for (const hostile of [oneTag, bodyTags]) {
      await expectNoFreeze(
        renderEnds,
        { title: 'x', bodyHtml: hostile },
        { title: 'x', bodyHtml: repeat('<p title="x">Text here.</p>', hostile.length) },
      );
      const { el } = await renderArticle({ title: 'x', bodyHtml: hostile });
      expect(part(el, 'error')?.textContent).to.match(/more than \d+ attributes/);
      el.remove();
    }
  });

  // Chromium: inserting a flat body of many elements under an element with dir="auto" was quadratic (each
  // insertion re-resolved the direction of the whole run); the body's container now gets a computed dir.
  it('50,000 <br> (or <p>x</p>) in a body render without a long block (no dir="auto" above the body)', async () => {
    await expectNoFreeze(
      renderEnds,
      { title: 'x', bodyHtml: '<br>'.repeat(50_000) },
      { title: 'x', bodyHtml: `<div>${'<br>'.repeat(50_000)}</div>` },
    );
    await expectNoFreeze(
      renderEnds,
      { title: 'x', bodyHtml: '<p>x</p>'.repeat(50_000) },
      { title: 'x', bodyHtml: `<div>${'<p>x</p>'.repeat(50_000)}</div>` },
    );
  });
});

describe('freeze: feed fields', () => {
  for (const [name, hostile] of TEXT_ATTACKS) {
    it(`RSS title, category, author and media text of ${name} (CDATA) convert without a long block`, async () => {
      const item = (s: string) =>
        `<title><![CDATA[${s}]]></title><category><![CDATA[${s}]]></category><author><![CDATA[${s}]]></author><media:content url="https://news.example/i.jpg" medium="image"><media:title><![CDATA[${s}]]></media:title></media:content>`;
      await expectNoFreeze((s: string) => convertFeed(rss(item(s)), 'application/rss+xml'), hostile, BENIGN_TEXT);
    });

    it(`RSS description and Atom html title of ${name} convert without a long block`, async () => {
      await expectNoFreeze(
        (s: string) => convertFeed(rss(`<title>t</title><description>${xmlText(s)}</description>`), 'application/rss+xml'),
        hostile,
        BENIGN_TEXT,
      );
      await expectNoFreeze(
        (s: string) => convertFeed(atom(`<title type="html">${xmlText(s)}</title>`), 'application/atom+xml'),
        hostile,
        BENIGN_TEXT,
      );
    });

    it(`JSON Feed author, WordPress title and JSON-LD headline of ${name} convert without a long block`, async () => {
      const jsonFeed = (s: string) =>
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 't',
          items: [{ id: '1', title: 't', authors: [{ name: s }] }],
        });
      const wordpress = (s: string) =>
        JSON.stringify([{ id: 1, link: 'https://news.example/1', title: { rendered: s }, content: { rendered: '<p>x</p>' } }]);
      const jsonLd = (s: string) =>
        JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: s, description: s });
      await expectNoFreeze((s: string) => convertFeed(jsonFeed(s), 'application/feed+json'), hostile, BENIGN_TEXT);
      await expectNoFreeze((s: string) => convertFeed(wordpress(s), 'application/json', 'wordpress'), hostile, BENIGN_TEXT);
      await expectNoFreeze((s: string) => convertFeed(jsonLd(s), 'application/ld+json', 'jsonld'), hostile, BENIGN_TEXT);
    });
  }

  it('an RSS feed with 150,000 bare "&" (the XML repair) converts without a long block', async () => {
    await expectNoFreeze(
      (s: string) => convertFeed(rss(`<title>t</title><description>${s}</description>`), 'application/rss+xml'),
      repeat('&#&a&#x', SIZE),
      repeat('R&D a ', SIZE),
    );
  });

  it('an RSS author of 150,000 "(" converts without a long block', async () => {
    await expectNoFreeze(
      (s: string) => convertFeed(rss(`<title>t</title><author>${s}</author>`), 'application/rss+xml'),
      repeat('(', SIZE),
      repeat('a (b) ', SIZE),
    );
  });

  it('list item URLs holding 4,000 inner spaces normalize without a long block', async () => {
    const items = (inner: string) => Array.from({ length: 250 }, (_, i) => ({ title: `t${i}`, url: `https://news.example/${i}${inner}x` }));
    await expectNoFreeze((list: unknown[]) => normalizeList(list), items(' '.repeat(4000)), items('-'.repeat(4000)));
  });

  it('ellipsis tidying and truncation of 150,000 spaces or dots end without a long block', async () => {
    const tidy = (s: string) => [tidyEllipsis(s), truncate(s, 200_000)];
    await expectNoFreeze(tidy, repeat(' ', SIZE) + 'x', repeat('a ', SIZE) + 'x');
    await expectNoFreeze(tidy, repeat(', ', SIZE) + 'x', repeat('a ', SIZE) + 'x');
    await expectNoFreeze(tidy, repeat('.', SIZE) + 'x', repeat('a ', SIZE) + 'x');
  });
});
