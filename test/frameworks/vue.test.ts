/**
 * A Vue 3 app (real `vue` from npm) using the elements the way the docs tell Vue users to: Vue told which
 * tags are custom elements (`compilerOptions.isCustomElement`), objects bound with `:article` (Vue sets
 * a property when the element has one) or explicitly with `.prop`, events with `@reader-load`.
 */
import { expect } from '@open-wc/testing';
import { createApp, nextTick, ref, type App } from 'vue';
import '../../src/index.js';
import type { ArticleView, RelatedList, TrendingTicker } from '../../src/classes.js';
import type { ReaderLoadDetail, ReaderSelectDetail } from '../../src/public-api.js';
import { loadSeed, part, parts } from '../helpers.js';

const NOW = new Date(2025, 11, 5, 21, 32, 6);
const SECOND = { title: 'Vue swapped the story', summary: 'From reactive state.', tags: ['vue'], views: 42 };

/** Resolves on the next `reader-load` from `target` (listening before the change that causes it). */
function nextLoad(target: EventTarget) {
  return new Promise<Event>((resolve) => target.addEventListener('reader-load', resolve, { once: true }));
}

function mount(component: Parameters<typeof createApp>[0]) {
  const host = document.createElement('div');
  document.body.append(host);
  const app = createApp(component);
  app.config.compilerOptions.isCustomElement = (tag) => ['article-view', 'related-list', 'trending-ticker'].includes(tag);
  app.mount(host);
  return { app, host };
}

describe('Vue 3 app', () => {
  let mounted: { app: App; host: HTMLElement } | undefined;
  afterEach(() => {
    mounted?.app.unmount();
    mounted?.host.remove();
    mounted = undefined;
  });

  it('binds the article object as a property, hears reader-load, and re-renders when reactive state changes', async () => {
    const seed = await loadSeed();
    const article = ref<object>(seed.article);
    const loads: ReaderLoadDetail[] = [];
    const firstLoad = nextLoad(document.body);
    mounted = mount({
      setup: () => ({ article, now: NOW, onLoad: (event: CustomEvent<ReaderLoadDetail>) => loads.push(event.detail) }),
      template: `<article-view id="story" :article="article" :now.prop="now" theme="light" locale="en" @reader-load="onLoad"></article-view>`,
    });
    await firstLoad;

    const el = mounted.host.querySelector<ArticleView>('#story')!;
    expect(el.hasAttribute('article')).to.equal(false);
    expect(el.article).to.deep.equal(seed.article);
    expect(el.now).to.equal(NOW);
    expect(part(el, 'title')!.textContent).to.equal(seed.article.title);
    expect(part(el, 'body')!.querySelectorAll('p')).to.have.length(10);
    expect(part(el, 'date')!.textContent).to.equal('3 days ago');
    expect(loads.map((detail) => (detail.data as { title: string }).title)).to.deep.equal([seed.article.title]);

    const secondLoad = nextLoad(el);
    article.value = SECOND;
    await nextTick();
    await secondLoad;
    expect(part(el, 'title')!.textContent).to.equal(SECOND.title);
    expect(part(el, 'summary')!.textContent).to.equal(SECOND.summary);
    expect(part(el, 'views')!.textContent).to.equal('42 views');
    expect(part(el, 'body')).to.equal(null);
    expect(loads).to.have.length(2);
  });

  it('renders all three elements from reactive objects and handles reader-select in the app', async () => {
    const seed = await loadSeed();
    const article = ref<object>(seed.article);
    const related = ref([
      { id: 'a', title: 'Vue related A', url: '/a' },
      { id: 'b', title: 'Vue related B', url: '/b' },
    ]);
    const selections: ReaderSelectDetail[] = [];
    mounted = mount({
      setup: () => ({
        article,
        related,
        trending: seed.trending,
        now: NOW,
        select(event: CustomEvent<ReaderSelectDetail>) {
          event.preventDefault();
          selections.push(event.detail);
          article.value = { title: event.detail.item.title };
          related.value = related.value.filter((item) => item.url !== event.detail.url);
        },
      }),
      template: `
        <article-view :article="article" :now.prop="now"></article-view>
        <related-list :items="related" layout="cards" @reader-select="select"></related-list>
        <trending-ticker :items.prop="trending" mode="rotate" @reader-select="select"></trending-ticker>`,
    });
    const view = mounted.host.querySelector<ArticleView>('article-view')!;
    const list = mounted.host.querySelector<RelatedList>('related-list')!;
    const ticker = mounted.host.querySelector<TrendingTicker>('trending-ticker')!;
    await Promise.all([view.updateComplete, list.updateComplete, ticker.updateComplete]);

    for (const el of [view, list, ticker]) expect(el.hasAttribute(el === view ? 'article' : 'items')).to.equal(false);
    expect(list.getAttribute('layout')).to.equal('cards');
    expect(parts(list, 'title').map((t) => t.textContent)).to.deep.equal(['Vue related A', 'Vue related B']);
    expect(parts(ticker, 'item')).to.have.length(9);
    expect(ticker.getAttribute('mode')).to.equal('rotate');

    const reload = nextLoad(view);
    parts(list, 'link')[0].click();
    await reload;
    expect(selections[0]).to.include({ url: '/a', index: 0 });
    expect(part(view, 'title')!.textContent).to.equal('Vue related A');
    await nextTick();
    await list.updateComplete;
    expect(parts(list, 'title').map((t) => t.textContent)).to.deep.equal(['Vue related B']);
  });

  it('renders a v-for of articles bound with .prop, each element on its own data', async () => {
    const stories = ref([
      { id: 'a', title: 'First' },
      { id: 'b', title: 'Second' },
    ]);
    mounted = mount({
      setup: () => ({ stories }),
      template: `<article-view v-for="story in stories" :key="story.id" :article.prop="story" hide="tags"></article-view>`,
    });
    await nextTick();
    let views = [...mounted.host.querySelectorAll<ArticleView>('article-view')];
    await Promise.all(views.map((view) => view.updateComplete));
    expect(views.map((view) => part(view, 'title')!.textContent)).to.deep.equal(['First', 'Second']);

    stories.value = [...stories.value, { id: 'c', title: 'Third' }];
    await nextTick();
    views = [...mounted.host.querySelectorAll<ArticleView>('article-view')];
    await Promise.all(views.map((view) => view.updateComplete));
    expect(views.map((view) => part(view, 'title')!.textContent)).to.deep.equal(['First', 'Second', 'Third']);
  });
});
