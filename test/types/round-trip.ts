// The SPA round trip: whatever an event hands out is accepted back as input (issue 17). The documented
// routing pattern keeps `event.detail.item` and gives it to `<article-view>` as `article`.
import 'reader-widgets';
import type { Article, ArticleInput, ListInput } from 'reader-widgets';

let current: ArticleInput | undefined;
const view = document.createElement('article-view');
const list = document.createElement('related-list');

list.addEventListener('reader-select', (event) => {
  event.preventDefault();
  current = event.detail.item;
  view.article = current;
});
// reader-load's normalized data goes back in too: one article, or a list.
view.addEventListener('reader-load', (event) => {
  view.article = event.detail.data as Article;
});
list.addEventListener('reader-load', (event) => {
  list.items = event.detail.data as Article[];
});

const normalized: Article = { title: 'T', authors: [{ name: 'A' }], tags: [], publishedAt: new Date() };
export const asInput: ArticleInput = normalized;
export const asList: ListInput = [normalized];
export const withAuthors: ArticleInput = { title: 'T', authors: ['Ana', { name: 'Ben', url: '/ben' }] };

// @ts-expect-error a title is still required
export const untitled: ArticleInput = { authors: [] };
