/**
 * React components for the three elements (`import { ArticleView } from 'reader-widgets/react'`), made
 * with `@lit/react`. React 18 sets every unknown prop on a custom element as an attribute string, so
 * `article={obj}` would arrive as "[object Object]"; these wrappers set `article` and `items` as
 * properties and turn the `reader-*` events into `onReader*` props, in React 18 and 19 alike.
 *
 * It also types the bare tags in JSX (`<article-view>`, for React 19, which sets properties itself): the
 * reference below brings in the JSX types generated from custom-elements.json, so a React app needs no
 * separate `reader-widgets/types/react` import.
 *
 * Importing this module registers the elements (as `import 'reader-widgets'` does): a React user expects
 * the component to work once imported. Registration is guarded, so importing both never defines twice.
 */
// `preserve` keeps this reference in dist/react.d.ts, where ../types is the package's types/ folder too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../types/react.d.ts" preserve="true" />
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ArticleView as ArticleViewElement } from './article-view/define.js';
import { RelatedList as RelatedListElement } from './related-list/define.js';
import { TrendingTicker as TrendingTickerElement } from './trending-ticker/define.js';
import type { ReaderErrorEvent, ReaderLoadEvent, ReaderSelectEvent } from './base/events.js';

const loadAndError = {
  onReaderLoad: 'reader-load' as EventName<ReaderLoadEvent>,
  onReaderError: 'reader-error' as EventName<ReaderErrorEvent>,
};
const withSelect = { ...loadAndError, onReaderSelect: 'reader-select' as EventName<ReaderSelectEvent> };

/** `<article-view>` for React: `article` is set as a property; `onReaderLoad`, `onReaderError`. */
export const ArticleView = createComponent({
  react: React,
  tagName: 'article-view',
  elementClass: ArticleViewElement,
  events: loadAndError,
  displayName: 'ArticleView',
});

/** `<related-list>` for React: `items` is set as a property; `onReaderLoad`, `onReaderError`, `onReaderSelect` (cancelable). */
export const RelatedList = createComponent({
  react: React,
  tagName: 'related-list',
  elementClass: RelatedListElement,
  events: withSelect,
  displayName: 'RelatedList',
});

/** `<trending-ticker>` for React: `items` is set as a property; `onReaderLoad`, `onReaderError`, `onReaderSelect` (cancelable). */
export const TrendingTicker = createComponent({
  react: React,
  tagName: 'trending-ticker',
  elementClass: TrendingTickerElement,
  events: withSelect,
  displayName: 'TrendingTicker',
});

export type { ArticleInput, Article, ListInput } from './core/model.js';
export type {
  ReaderLoadDetail,
  ReaderErrorDetail,
  ReaderSelectDetail,
  ReaderLoadEvent,
  ReaderErrorEvent,
  ReaderSelectEvent,
} from './base/events.js';
