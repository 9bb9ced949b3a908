// A lazy chunk that fails to load (a CDN outage, a deploy that removed an old chunk, a flaky network) must
// leave a clear state on the page and never throw into it: the element shows what it can, or its error
// state, and `await el.updateComplete` still settles. See test/base/failing-chunks.ts. Every test here is the
// first use of its chunk in this page (one page per file, tests in order). The feed reader's failure, and
// live refresh's (which needs the feed reader, and it brings the date parser and the JSON position finder),
// are in files of their own: test/sources/*-chunk-failure.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { part, parts, text } from '../helpers.js';
import { englishHeadlines } from '../trending-ticker/fixtures.js';
import { chunkAskedFor, failChunk, failingChunkHooks, outcome, serveChunksAgain, warningsDuring } from './failing-chunks.js';

const items = [
  { id: 'a', title: 'Harbour bridge reopens', url: '/a' },
  { id: 'b', title: 'Library extends weekend hours', url: '/b' },
];

describe('a lazy chunk that fails to load', () => {
  const { place } = failingChunkHooks('lazy-chunk-failures', ['article-view', 'related-list', 'trending-ticker']);

  it("a language's words (de): the list shows its English words, and updateComplete settles", async () => {
    failChunk('/src/core/messages/de.');
    const el = await fixture<RelatedList>(html`<related-list locale="de" .items=${items}></related-list>`);
    await el.updateComplete;
    expect(await chunkAskedFor('/src/core/messages/de.'), 'the German words were asked for').to.equal(true);
    expect(text(part(el, 'heading'))).to.equal('Related');
    expect(parts(el, 'item').map((item) => text(item.querySelector('[part~="title"]')))).to.deep.equal(items.map((i) => i.title));
  });

  it('the sanitizer: an article with a body shows the error state, and the next article settles too', async () => {
    failChunk('/src/core/sanitize.');
    const el = document.createElement('article-view') as ArticleView;
    const failed = 'error: The article body could not be prepared: the sanitizer failed to load.';
    expect(
      await outcome(el, () => place(el).setAttribute('article', JSON.stringify({ title: 'Harbour', bodyHtml: '<p>Ferries.</p>' }))),
    ).to.equal(failed);
    expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
    expect(text(part(el, 'error'))).to.contain('This content could not be shown.');
    expect(text(part(el, 'body')), 'no body shown').to.equal(undefined);

    serveChunksAgain();
    const next = { title: 'Night trains return', bodyHtml: '<p>Every hour, all night.</p>' };
    expect(await outcome(el, () => (el.article = next))).to.be.oneOf(['shown: Every hour, all night.', failed]);
  });

  it("the ticker's motion: the headlines stand still, and Next still steps through them", async () => {
    failChunk('/src/trending-ticker/motion-controller.');
    const el = await fixture<TrendingTicker>(html`<trending-ticker lang="en" mode="rotate" .items=${englishHeadlines}></trending-ticker>`);
    await el.updateComplete;
    expect(await chunkAskedFor('/src/trending-ticker/motion-controller.'), 'the motion was asked for').to.equal(true);
    expect(el.shadowRoot!.getAnimations().length, 'animations running').to.equal(0);
    const current = () => text(part(el, 'current')?.querySelector('[part~="title"]'));
    expect(current()).to.equal(englishHeadlines[0].title);
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(current()).to.equal(englishHeadlines[1].title);
  });

  it('structured data: the article is shown without its JSON-LD, with a warning', async () => {
    failChunk('/src/core/structured-data.');
    const el = document.createElement('article-view') as ArticleView;
    el.structuredData = true;
    let shown = '';
    const warnings = await warningsDuring(async () => {
      shown = await outcome(el, () => (place(el).article = { title: 'For crawlers' }));
      await el.updateComplete;
    });
    expect(shown).to.equal('shown: For crawlers');
    expect(el.querySelectorAll('script[type="application/ld+json"]').length, 'JSON-LD scripts').to.equal(0);
    expect(warnings).to.contain('the structured data could not be made: its code failed to load');
  });

  it('the full date parser: the item is shown without the date it could not read, and updateComplete settles', async () => {
    failChunk('/src/core/date-parser.');
    const el = document.createElement('related-list') as RelatedList;
    el.setAttribute('lang', 'en');
    el.items = [{ title: 'From a feed', url: '/a', publishedAt: 'Tue, 02 Dec 2025 21:32:06 +0800' }];
    place(el);
    await el.updateComplete;
    expect(await chunkAskedFor('/src/core/date-parser.'), 'the date parser was asked for').to.equal(true);
    expect(text(part(el, 'item')?.querySelector('[part~="title"]'))).to.equal('From a feed');
    expect(part(el, 'date')?.hasAttribute('datetime'), 'no date shown').to.equal(false);
    expect(part(el, 'meta')?.hidden, 'the empty byline is hidden').to.equal(true);
  });

  it("what finds a JSON mistake's position: the error state says the JSON is not valid, without the position", async () => {
    failChunk('/src/core/json-position.');
    const el = document.createElement('article-view') as ArticleView;
    expect(await outcome(el, () => place(el).setAttribute('article', '{"title": nope}'))).to.equal('error: `article` is not valid JSON.');
    expect(await chunkAskedFor('/src/core/json-position.'), 'the position finder was asked for').to.equal(true);
    expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
  });
});
