/**
 * The element classes without registering any tag, so an app can register them under names of its own:
 * `customElements.define('my-article', ArticleView)`.
 */
export { ArticleView } from './article-view/article-view.js';
export { RelatedList } from './related-list/related-list.js';
export type { RelatedLayout } from './related-list/related-list.js';
export { TrendingTicker } from './trending-ticker/trending-ticker.js';
export type { TickerMode } from './trending-ticker/trending-ticker.js';
export { ReaderElement } from './base/reader-element.js';
export { ReaderListElement } from './base/reader-list-element.js';
// From the small modules: the loading code itself (HTTP, cache, feed formats) stays a lazy chunk until a
// widget needs it. `toReaderJson` is in `reader-widgets/formats`, which carries every adapter.
export { sourceSettings } from './sources/settings.js';
export { clearSourceCache } from './sources/engine-loader.js';
export type { FormatName } from './sources/formats/detect.js';
export * from './types.js';
