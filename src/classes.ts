/**
 * The `reader-widgets/classes` entry: the element classes without registering any tag, so an app can
 * register them under names of its own (`customElements.define('my-article', ArticleView)`), plus the
 * public API that registers nothing either (`public-api.ts`) and the `src` settings.
 */
export { ArticleView } from './article-view/article-view.js';
export { RelatedList } from './related-list/related-list.js';
export type { RelatedLayout } from './related-list/related-list.js';
export { TrendingTicker } from './trending-ticker/trending-ticker.js';
export type { TickerMode } from './trending-ticker/trending-ticker.js';
export { ReaderElement } from './base/reader-element.js';
export { ReaderListElement } from './base/reader-list-element.js';
// Both come from modules that load nothing: the feed reader (HTTP, cache, feed formats) stays a lazy chunk
// until a widget needs it (a `src`, inline JSON). `toReaderJson` is in `reader-widgets/formats`, which carries every adapter.
export { sourceSettings } from './sources/settings.js';
export { clearSourceCache } from './sources/feed-reader-loader.js';
export type { FormatName } from './sources/formats/detect.js';
export * from './public-api.js';
