/**
 * One rule for attribute values an element does not take, on every element: the attribute's default is
 * used, and the owner reads one console warning per element, attribute and value.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { formatDate } from '../../src/core/dates.js';
import { NOW, sampleItems } from '../related-list/fixtures.js';
import { part, parts } from '../helpers.js';

const longSummary = 'A summary long enough to be cut at the default length of the ticker, which is forty-eight.';
let n = 0;
const feed = () => `/test/fixtures/formats/reader.json?attribute-values=${++n}`;

describe('attribute values an element does not take: the default, and one warning', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());
  const warnings = (attribute: string) => warn.args.map((args) => String(args[0])).filter((text) => text.includes(`${attribute}=`));

  it('<related-list date-style="soon" layout="grid" limit="ten">: auto dates, the list layout, every item', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list date-style="soon" layout="grid" limit="ten" .now=${NOW} .items=${sampleItems()}></related-list>`,
    );
    await el.updateComplete;
    const first = sampleItems()[0];
    expect(part(el, 'date')!.textContent).to.equal(formatDate(new Date(first.publishedAt), 'auto', NOW, 'en'));
    expect(parts(el, 'item')).to.have.length(3);
    expect(part(el, 'base')!.classList.contains('layout-list'), 'the list layout').to.equal(true);
    el.heading = 'Again';
    await el.updateComplete;
    expect(warnings('date-style')).to.deep.equal(['<related-list>: date-style="soon" is not one of auto, relative, absolute; using auto.']);
    expect(warnings('layout')).to.deep.equal(['<related-list>: layout="grid" is not one of list, cards, compact; using list.']);
    expect(warnings('limit')).to.deep.equal(['<related-list>: limit="ten" is not a number; using the default.']);
  });

  it('<article-view date-style="soon" image-loading="now">: auto dates, a lazy image', async () => {
    const published = new Date(NOW.getTime() - 3 * 3600_000);
    const el = await fixture<ArticleView>(
      html`<article-view
        date-style="soon"
        image-loading="now"
        .now=${NOW}
        .article=${{ title: 'T', publishedAt: published.toISOString(), image: { src: '/test/fixtures/lead.svg', alt: '' } }}
      ></article-view>`,
    );
    await el.updateComplete;
    expect(part(el, 'date')!.textContent).to.equal(formatDate(published, 'auto', NOW, 'en'));
    expect(part(el, 'image')!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    expect(warnings('date-style')).to.have.length(1);
    expect(warnings('image-loading')).to.deep.equal(['<article-view>: image-loading="now" is not one of lazy, eager; using lazy.']);
  });

  it('<trending-ticker mode="list" excerpt-length="short" heading-level="top">: scroll, 48-character excerpts, h2', async () => {
    const items = [{ title: 'One', summary: longSummary }];
    const el = await fixture<TrendingTicker>(
      html`<trending-ticker mode="list" excerpt-length="short" heading-level="top" .items=${items}></trending-ticker>`,
    );
    await el.updateComplete;
    expect(part(el, 'ticker')!.classList.contains('mode-scroll')).to.equal(true);
    const excerpt = part(el, 'excerpt');
    expect(excerpt, 'an excerpt at the default length').to.exist;
    expect(excerpt!.textContent!.trim().length).to.be.within(40, 49);
    expect(part(el, 'heading')!.localName).to.equal('h2');
    expect(warnings('mode')).to.deep.equal(['<trending-ticker>: mode="list" is not one of scroll, rotate, static; using scroll.']);
    expect(warnings('excerpt-length')).to.have.length(1);
    expect(warnings('heading-level')).to.have.length(1);
  });

  it('theme="sepia" is warned about and shows the auto theme', async () => {
    const el = await fixture<RelatedList>(html`<related-list theme="sepia" .items=${sampleItems()}></related-list>`);
    const auto = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    await Promise.all([el.updateComplete, auto.updateComplete]);
    expect(getComputedStyle(part(el, 'title')!).color).to.equal(getComputedStyle(part(auto, 'title')!).color);
    expect(warnings('theme')).to.deep.equal(['<related-list>: theme="sepia" is not one of auto, light, dark; using auto.']);
  });

  it('timeout="soon" waits the default 10 s (it does not give up at once); credentials="all" sends none', async () => {
    for (const attributes of [{ timeout: 'soon' }, { credentials: 'all' }]) {
      const el = document.createElement('related-list');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.setAttribute('src', feed());
      const outcome = Promise.race([oneEvent(el, 'reader-load'), oneEvent(el, 'reader-error')]);
      document.body.append(el);
      const event = await outcome;
      el.remove();
      expect(event.type, JSON.stringify(attributes)).to.equal('reader-load');
    }
    expect(warnings('timeout')).to.have.length(1);
    expect(warnings('credentials')).to.deep.equal([
      '<related-list>: credentials="all" is not one of omit, same-origin, include; using omit.',
    ]);
  });
});
