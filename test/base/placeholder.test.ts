/**
 * Zero layout shift without tokens: with no `--reader-placeholder-height`, the loading placeholder holds
 * the room the content will take, so text after a widget stays where it was when a slow `src` answers.
 * An article's placeholder holds at least a screenful (what follows it is below the fold until it
 * arrives); a list's and a ticker's hold their layout's rows (the `limit` attribute's count, else 5).
 * Nothing here is timed: the feed answers when the test says so.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { deferred, stubFetch } from '../sources/network.js';
import { part } from '../helpers.js';

let feeds = 0;
/** A feed URL of its own for each widget (the page shares answers between equal URLs). */
const feed = () => `https://feed.example/slow-${++feeds}.json`;

const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    title: `Headline ${i + 1}`,
    summary: `A short excerpt ${i + 1}.`,
    url: `https://news.example/${i + 1}`,
  }));

/**
 * Renders `widget` (with a `src`) between two paragraphs in a wide column, answers the feed with
 * `data` once the placeholder is up, and returns where the paragraph after the widget was before and after.
 */
async function shiftAfter(widget: TemplateResult, data: unknown) {
  const answer = deferred<Response>();
  const network = stubFetch(() => answer.promise);
  try {
    const page = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 720px; font: 16px/1.6 sans-serif">
        <p style="margin: 0">Text before.</p>
        ${widget}
        <p class="after" style="margin: 0">Text after.</p>
      </div>`,
    );
    const element = page.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('article-view, related-list, trending-ticker')!;
    await element.updateComplete;
    await network.requested(1);
    expect(part(element, 'placeholder'), 'loading').to.exist;
    // Positions in the viewport (the fixture sits at the top of an unscrolled page).
    const after = page.querySelector('.after')!;
    const before = after.getBoundingClientRect().top;
    const loaded = oneEvent(element, 'reader-load');
    answer.resolve(new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } }));
    await loaded;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { element, before, after: after.getBoundingClientRect().top };
  } finally {
    network.stub.restore();
  }
}

describe('placeholders hold the room without tokens', () => {
  // [name, widget, feed data, rows of text the widget shows]
  const cases: Array<[string, TemplateResult, unknown, number]> = [
    ['<related-list> list, limit 4', html`<related-list lang="en" limit="4" src=${feed()}></related-list>`, items(4), 4],
    ['<related-list> list, no limit (5)', html`<related-list lang="en" src=${feed()}></related-list>`, items(5), 5],
    [
      '<related-list> compact, limit 7',
      html`<related-list lang="en" layout="compact" limit="7" src=${feed()}></related-list>`,
      items(7),
      7,
    ],
    ['<trending-ticker> scroll', html`<trending-ticker lang="en" src=${feed()}></trending-ticker>`, items(9), 1],
    ['<trending-ticker> rotate', html`<trending-ticker lang="en" mode="rotate" src=${feed()}></trending-ticker>`, items(9), 2],
    [
      '<trending-ticker> static, limit 6',
      html`<trending-ticker lang="en" mode="static" limit="6" src=${feed()}></trending-ticker>`,
      items(9),
      12,
    ],
  ];
  for (const [name, widget, data, rows] of cases) {
    it(`${name}: the text after it stays put when the feed arrives`, async () => {
      const { before, after } = await shiftAfter(widget, data);
      // The room is counted in line heights; WebKit rounds each line box to whole pixels, so a pixel a row.
      expect(Math.abs(after - before), `moved from ${before} to ${after} px`).to.be.at.most(2 + rows);
    });
  }

  it('<article-view>: the placeholder holds at least a screenful, so what follows stays below the fold', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i + 1} of a long article.</p>`).join('');
    const article = { title: 'Slow article', summary: 'Short.', bodyHtml: paragraphs };
    const { element, before, after } = await shiftAfter(html`<article-view lang="en" src=${feed()}></article-view>`, article);
    expect(element.getBoundingClientRect().top, 'the article starts in view').to.be.below(innerHeight / 2);
    expect(before, 'while loading, the text after it is below the fold').to.be.at.least(innerHeight);
    expect(after, 'and it still is once the article is in').to.be.at.least(innerHeight);
  });
});
