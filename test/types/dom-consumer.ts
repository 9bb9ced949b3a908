// Plain DOM (and Angular, whose templates use CUSTOM_ELEMENTS_SCHEMA): the classes' HTMLElementTagNameMap
// and GlobalEventHandlersEventMap entries type queries, properties and event details.
import 'reader-widgets';
import type { ArticleView } from 'reader-widgets';

const view: ArticleView = document.createElement('article-view');
view.article = { title: 'Hello' };
view.theme = 'light';
view.addEventListener('reader-error', (event) => event.detail.message.toUpperCase());
document.addEventListener('reader-select', (event) => event.detail.url?.startsWith('/'));

// @ts-expect-error theme is 'auto' | 'light' | 'dark'
view.theme = 'blue';
// @ts-expect-error heading-level is a number
view.headingLevel = 'two';
// @ts-expect-error reader-load's detail has `data`, not `article`
view.addEventListener('reader-load', (event) => event.detail.article);
