import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-view/define.js';
import '../../src/related-list/define.js';
import '../../src/trending-ticker/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { formatDate } from '../../src/core/dates.js';
import { SCROLL_ANIMATION_ID } from '../../src/trending-ticker/motion-controller.js';
import { part, untilRendered } from '../helpers.js';

// The UI language (`locale`) of every element: chosen by the owner, else the nearest `lang`, watched.

const NOW = new Date('2025-12-02T12:00:00Z');
const PUBLISHED = '2025-12-01T09:00:00Z';
const items = [
  { id: 'a', title: 'First headline', url: '/a', summary: 'One.', publishedAt: PUBLISHED },
  { id: 'b', title: 'Second headline', url: '/b', summary: 'Two.', publishedAt: PUBLISHED },
];
const englishArticle = {
  title: 'An English story.',
  bodyHtml: '<p>Plain English text, ending with a period.</p>',
  author: 'Ann Writer',
  publishedAt: PUBLISHED,
};

/** A `lang`/`dir` change is seen by a MutationObserver (a microtask); then the update runs. */
async function afterMutation(el: { updateComplete: Promise<boolean> }): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}
const direction = (node: Element) => getComputedStyle(node).direction;

describe('locale: a language set on the page after render', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('an ancestor’s new `lang` changes the list’s heading and its dates together', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><related-list .now=${NOW} .items=${items}></related-list></div>`);
    const el = wrapper.querySelector('related-list')!;
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('Related');

    wrapper.setAttribute('lang', 'de');
    await afterMutation(el);
    expect(part(el, 'heading')!.textContent).to.equal('Mehr zum Thema');
    expect(part(el, 'date')!.textContent).to.equal(formatDate(new Date(PUBLISHED), 'auto', NOW, 'de'));
  });

  it('after an unrelated update the list never shows a heading and a date in two languages', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><related-list .now=${NOW} .items=${items}></related-list></div>`);
    const el = wrapper.querySelector('related-list')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'fr');
    el.theme = 'dark';
    await afterMutation(el);
    expect(part(el, 'heading')!.textContent).to.equal('À lire aussi');
    expect(part(el, 'date')!.textContent).to.equal(formatDate(new Date(PUBLISHED), 'auto', NOW, 'fr'));
    expect(part(el, 'date')!.textContent).to.not.equal(formatDate(new Date(PUBLISHED), 'auto', NOW, 'en'));
  });

  it('a new `lang` on <html> reaches every element', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <related-list .now=${NOW} .items=${items}></related-list>
        <trending-ticker mode="static" .items=${items}></trending-ticker>
        <article-view .now=${NOW} .article=${{ ...englishArticle, bodyHtml: undefined }}></article-view>
      </div>`,
    );
    const [list, ticker, article] = [
      wrapper.querySelector('related-list')!,
      wrapper.querySelector('trending-ticker')!,
      wrapper.querySelector('article-view')!,
    ];
    await Promise.all([list.updateComplete, ticker.updateComplete, article.updateComplete]);
    document.documentElement.setAttribute('lang', 'de');
    await Promise.resolve();
    await Promise.all([list.updateComplete, ticker.updateComplete, article.updateComplete]);
    expect(part(list, 'heading')!.textContent).to.equal('Mehr zum Thema');
    expect(part(ticker, 'heading')!.textContent!.trim()).to.equal('Im Trend');
    expect(part(article, 'byline')!.textContent).to.include('Von');
  });

  it('an ancestor’s new `dir` mirrors the ticker', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><trending-ticker mode="static" .items=${items}></trending-ticker></div>`,
    );
    const el = wrapper.querySelector('trending-ticker')!;
    await el.updateComplete;
    expect(direction(part(el, 'ticker')!)).to.equal('ltr');
    wrapper.setAttribute('dir', 'rtl');
    await afterMutation(el);
    expect(direction(part(el, 'ticker')!)).to.equal('rtl');
  });
});

describe('locale: every element honours `locale`', () => {
  it('<trending-ticker locale="zh-CN"> on an English page speaks Chinese', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><trending-ticker locale="zh-CN" mode="rotate" .items=${items}></trending-ticker></div>`,
    );
    const el = wrapper.querySelector<TrendingTicker>('trending-ticker')!;
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('热门');
    expect(part(el, 'pause-button')!.getAttribute('aria-label')).to.equal('暂停');
    expect(part(el, 'previous-button')!.getAttribute('aria-label')).to.equal('上一条');
    expect(part(el, 'header')!.lang).to.equal('zh-CN');
  });

  it('<trending-ticker locale="ar"> is mirrored: right-to-left controls and marquee', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en" dir="ltr"><trending-ticker locale="ar" style="width: 300px" .items=${items}></trending-ticker></div>`,
    );
    const el = wrapper.querySelector<TrendingTicker>('trending-ticker')!;
    await el.updateComplete;
    expect(direction(part(el, 'ticker')!)).to.equal('rtl');
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('الأكثر رواجًا');
    // The marquee moves the other way (towards the right), as in an RTL page.
    const scroll = () => el.shadowRoot!.getAnimations().find((a) => a.id === SCROLL_ANIMATION_ID);
    await untilRendered(scroll, 'the marquee should start');
    const keyframes = (scroll()!.effect as KeyframeEffect).getKeyframes();
    expect(String(keyframes[1].transform)).to.match(/^translateX\(\d+(\.\d+)?px\)$/);
  });

  it('<related-list locale="ar"> on an English page: Arabic heading, mirrored layout', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><related-list locale="ar" .items=${items}></related-list></div>`);
    const el = wrapper.querySelector<RelatedList>('related-list')!;
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('مقالات ذات صلة');
    expect(direction(part(el, 'base')!)).to.equal('rtl');
  });

  it('`locale` wins over the page language and can be changed and removed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><related-list locale="de" .items=${items}></related-list></div>`);
    const el = wrapper.querySelector<RelatedList>('related-list')!;
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('Mehr zum Thema');
    el.locale = undefined;
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent).to.equal('À lire aussi');
  });
});

describe('locale: UI language and content language are separate', () => {
  it('<article-view locale="ar"> with an English article: body and title left-to-right, byline right-to-left', async () => {
    const el = await fixture<ArticleView>(html`<article-view locale="ar" .now=${NOW} .article=${englishArticle}></article-view>`);
    await el.updateComplete;
    expect(direction(part(el, 'body')!)).to.equal('ltr');
    expect(direction(part(el, 'title')!)).to.equal('ltr');
    expect(direction(part(el, 'byline')!)).to.equal('rtl');
    expect(part(el, 'byline')!.lang).to.equal('ar');
    expect(part(el, 'byline')!.textContent).to.include('بقلم');
  });

  it('an article that declares its language takes that direction, whatever the UI', async () => {
    const arabic = { title: 'خبر', bodyHtml: '<p>نص عربي.</p>', author: 'كاتب', lang: 'ar' };
    const el = await fixture<ArticleView>(html`<article-view locale="en" .article=${arabic}></article-view>`);
    await el.updateComplete;
    expect(direction(part(el, 'body')!)).to.equal('rtl');
    expect(direction(part(el, 'byline')!)).to.equal('ltr');
    expect(part(el, 'body')!.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
  });

  it('an article with no language takes its direction from its text, not from the UI', async () => {
    const hebrew = { title: 'כותרת', bodyHtml: '<p>טקסט בעברית.</p>' };
    const el = await fixture<ArticleView>(html`<article-view locale="en" .article=${hebrew}></article-view>`);
    await el.updateComplete;
    expect(direction(part(el, 'body')!)).to.equal('rtl');
    el.article = englishArticle;
    el.locale = 'ar';
    await el.updateComplete;
    expect(direction(part(el, 'body')!)).to.equal('ltr');
  });

  it('no dir="auto" sits above the body (it makes inserting a long body quadratic in Chromium)', async () => {
    const el = await fixture<ArticleView>(html`<article-view .article=${{ title: '123', bodyHtml: '<p>1</p>' }}></article-view>`);
    await el.updateComplete;
    for (let node: Element | null = part(el, 'body'); node; node = node.parentElement) {
      expect(node.getAttribute('dir'), node.localName).to.not.equal('auto');
    }
  });
});
