import type {
  ArticleView,
  ReaderLoadEvent,
  ReaderErrorEvent,
  RelatedList,
  ReaderSelectEvent,
  TrendingTicker,
} from "reader-widgets";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type {
  ScopedElements,
} from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type ArticleViewProps = {
  /** The article as JSON text (attribute) or an object (property). Set after `src`, it wins. */
  article?: ArticleView["article"];
  /** Level of the title heading (1-6). Defaults to 2, since an embedded article usually sits under the page's own `h1`. */
  "heading-level"?: ArticleView["headingLevel"];
  /** How dates are written: `auto` (relative within a week, then absolute), `relative` or `absolute`. */
  "date-style"?: ArticleView["dateStyle"];
  /** How the lead image loads: `lazy` (default, when it nears the viewport) or `eager` (at once, with
`fetchpriority="high"`: for an article at the top of the page, whose image is the page's largest paint). */
  "image-loading"?: ArticleView["imageLoading"];
  /** Space-separated pieces to leave out: `image summary author source date updated views reading-time tags`. */
  hide?: ArticleView["hide"];
  /** Adds schema.org `NewsArticle` JSON-LD for the article to the page, as a `<script type="application/ld+json">`
child of the element (light DOM, where search engines read it), kept in step with the article and
removed on error or when the attribute goes. */
  "structured-data"?: ArticleView["structuredData"];
  /** Colour scheme: `auto` follows the host page's `color-scheme` (dark only on a page that supports dark and a
reader whose system prefers it); `light` or `dark` force one. */
  theme?: ArticleView["theme"];
  /** URL to fetch the data from (reader JSON or a feed format: JSON Feed, WordPress REST, RSS, Atom, schema.org
JSON-LD, Ghost). Relative URLs resolve against the page. `#some-id` reads the JSON in the page's
`<script type="application/json" id="some-id">` instead of fetching. */
  src?: ArticleView["src"];
  /** Forces a source format instead of detecting it (`reader`, `jsonfeed`, `wordpress`, `rss`, `atom`, `jsonld`, `ghost`). */
  format?: ArticleView["format"];
  /** Whether the `src` request sends cookies: `omit`, `same-origin` or `include`. */
  credentials?: ArticleView["credentials"];
  /** Seconds to wait for `src` before showing an error. */
  timeout?: ArticleView["timeout"];
  /** `lazy` waits to fetch `src` until the element is near the viewport (the placeholder holds its space). */
  loading?: ArticleView["loading"];
  /** The widget's language (BCP 47, e.g. `zh-CN`): its own words, dates, numbers and the direction of its
controls (`ar` lays them out right to left). Unset: the nearest `lang` on the element or an ancestor,
watched (for `<article-view>`, the article's own `lang` first). The content keeps its own language. */
  locale?: ArticleView["locale"];
  /** Replaces any of the widget's own words: an object, or JSON in the attribute
(`messages='{"minRead": "{n} min"}'`). Keys are those of `Messages`; `{n}` is the number; `minRead` and
`views` may give plural forms (`{"one": "{n} read", "other": "{n} reads"}`). */
  messages?: ArticleView["messages"];
  /** Seconds between re-fetches of `src` (0: never; at least 1). The reader keeps their place (focus, scroll,
the shown headline); nothing is fetched while the tab is hidden, and the server is asked only whether
the feed changed (an unchanged feed costs a 304). */
  refresh?: ArticleView["refresh"];
  /** Says what a refresh brought ("3 new items") in a polite live region. Off by default: nothing is announced. */
  announce?: ArticleView["announce"];
  /** The clock used for relative dates; tests and server-rendered snapshots pin it. Defaults to now. */
  now?: ArticleView["now"];
  /** Data arrived and has rendered. `detail: { data }` with the normalized article. */
  "onreader-load"?: (e: ReaderLoadEvent) => void;
  /** The input could not be used. `detail: { error, message, status? }`. */
  "onreader-error"?: (e: ReaderErrorEvent) => void;
};

export type RelatedListProps = {
  /** `list` (title and date), `cards` (thumbnail, title, excerpt, date; a grid when there is room) or `compact` (titles only). */
  layout?: RelatedList["layout"];
  /** Most items shown; unset or 0 shows all. */
  limit?: RelatedList["limit"];
  /** The id or URL of the article the reader is on (space-separated for several), left out of the list. */
  exclude?: RelatedList["exclude"];
  /** Heading text. Unset: the language's word for "Related". Empty (`heading=""`): no heading. The `heading` slot replaces it. */
  heading?: RelatedList["heading"];
  /** Level of the built-in heading (1-6). */
  "heading-level"?: RelatedList["headingLevel"];
  /** Longest excerpt in display columns (a CJK character counts two); longer summaries are cut with "…" at a grapheme boundary. */
  "excerpt-length"?: RelatedList["excerptLength"];
  /** How dates are written: `auto` (relative within a week, then absolute), `relative` or `absolute`. */
  "date-style"?: RelatedList["dateStyle"];
  /** Where links open (`_self`, `_blank` or a named window). Any new browsing context gets `rel="noopener"` (and `noreferrer` across origins). */
  target?: RelatedList["target"];
  /** Extra `rel` tokens for every link (e.g. `nofollow`); `opener` is never honoured for a new window. */
  rel?: RelatedList["rel"];
  /** The empty state: unset shows the language's quiet "nothing here" text, other text replaces it, and
`hidden` hides the whole element (it matches `:state(empty)` either way). The `empty` slot replaces the text. */
  empty?: RelatedList["empty"];
  /** The articles as JSON text (attribute) or an array / `{items: [...]}` (property). Set after `src`, it wins.
Items are matched by `id` (else `url`), so setting a new array redraws only what changed. */
  items?: RelatedList["items"];
  /** Colour scheme: `auto` follows the host page's `color-scheme` (dark only on a page that supports dark and a
reader whose system prefers it); `light` or `dark` force one. */
  theme?: RelatedList["theme"];
  /** URL to fetch the data from (reader JSON or a feed format: JSON Feed, WordPress REST, RSS, Atom, schema.org
JSON-LD, Ghost). Relative URLs resolve against the page. `#some-id` reads the JSON in the page's
`<script type="application/json" id="some-id">` instead of fetching. */
  src?: RelatedList["src"];
  /** Forces a source format instead of detecting it (`reader`, `jsonfeed`, `wordpress`, `rss`, `atom`, `jsonld`, `ghost`). */
  format?: RelatedList["format"];
  /** Whether the `src` request sends cookies: `omit`, `same-origin` or `include`. */
  credentials?: RelatedList["credentials"];
  /** Seconds to wait for `src` before showing an error. */
  timeout?: RelatedList["timeout"];
  /** `lazy` waits to fetch `src` until the element is near the viewport (the placeholder holds its space). */
  loading?: RelatedList["loading"];
  /** The widget's language (BCP 47, e.g. `zh-CN`): its own words, dates, numbers and the direction of its
controls (`ar` lays them out right to left). Unset: the nearest `lang` on the element or an ancestor,
watched (for `<article-view>`, the article's own `lang` first). The content keeps its own language. */
  locale?: RelatedList["locale"];
  /** Replaces any of the widget's own words: an object, or JSON in the attribute
(`messages='{"minRead": "{n} min"}'`). Keys are those of `Messages`; `{n}` is the number; `minRead` and
`views` may give plural forms (`{"one": "{n} read", "other": "{n} reads"}`). */
  messages?: RelatedList["messages"];
  /** Seconds between re-fetches of `src` (0: never; at least 1). The reader keeps their place (focus, scroll,
the shown headline); nothing is fetched while the tab is hidden, and the server is asked only whether
the feed changed (an unchanged feed costs a 304). */
  refresh?: RelatedList["refresh"];
  /** Says what a refresh brought ("3 new items") in a polite live region. Off by default: nothing is announced. */
  announce?: RelatedList["announce"];
  /** The clock used for relative dates; tests and server-rendered snapshots pin it. Defaults to now. */
  now?: RelatedList["now"];
  /** Data arrived and has rendered. `detail: { data }` with the normalized list (before `limit` and `exclude`). */
  "onreader-load"?: (e: ReaderLoadEvent) => void;
  /** The input could not be used. `detail: { error, message, status? }`. */
  "onreader-error"?: (e: ReaderErrorEvent) => void;
  /** The reader activated an article link (click or keyboard). Cancelable: call `preventDefault()` to route in an SPA instead of navigating. `detail: { item, url, index }`, `index` being the position in the shown list. */
  "onreader-select"?: (e: ReaderSelectEvent) => void;
};

export type TrendingTickerProps = {
  /** `scroll` (continuous marquee), `rotate` (one headline at a time) or `static` (a ranked list). */
  mode?: TrendingTicker["mode"];
  /** Marquee speed in pixels per second (`scroll` mode). Defaults to `--reader-ticker-speed`, then 40. */
  speed?: TrendingTicker["speed"];
  /** Seconds each headline stays in `rotate` mode (at least 1). */
  interval?: TrendingTicker["interval"];
  /** Shows rank numbers (1, 2, 3 …) before the headlines. */
  ranks?: TrendingTicker["ranks"];
  /** Heading text; defaults to "Trending" in the page's language. An empty value hides the heading (the region keeps its name). */
  heading?: TrendingTicker["heading"];
  /** Level of the heading (1-6). */
  "heading-level"?: TrendingTicker["headingLevel"];
  /** Widest an excerpt may be, in display columns (a CJK character counts 2). 0 hides excerpts. */
  "excerpt-length"?: TrendingTicker["excerptLength"];
  /** Shows at most this many headlines (0: all). */
  limit?: TrendingTicker["limit"];
  /** Motion stopped by the reader (the pause button) or by the owner. */
  paused?: TrendingTicker["paused"];
  /** The articles as JSON text (attribute) or an array / `{items: [...]}` (property). Set after `src`, it wins.
Items are matched by `id` (else `url`), so setting a new array redraws only what changed. */
  items?: TrendingTicker["items"];
  /** Colour scheme: `auto` follows the host page's `color-scheme` (dark only on a page that supports dark and a
reader whose system prefers it); `light` or `dark` force one. */
  theme?: TrendingTicker["theme"];
  /** URL to fetch the data from (reader JSON or a feed format: JSON Feed, WordPress REST, RSS, Atom, schema.org
JSON-LD, Ghost). Relative URLs resolve against the page. `#some-id` reads the JSON in the page's
`<script type="application/json" id="some-id">` instead of fetching. */
  src?: TrendingTicker["src"];
  /** Forces a source format instead of detecting it (`reader`, `jsonfeed`, `wordpress`, `rss`, `atom`, `jsonld`, `ghost`). */
  format?: TrendingTicker["format"];
  /** Whether the `src` request sends cookies: `omit`, `same-origin` or `include`. */
  credentials?: TrendingTicker["credentials"];
  /** Seconds to wait for `src` before showing an error. */
  timeout?: TrendingTicker["timeout"];
  /** `lazy` waits to fetch `src` until the element is near the viewport (the placeholder holds its space). */
  loading?: TrendingTicker["loading"];
  /** The widget's language (BCP 47, e.g. `zh-CN`): its own words, dates, numbers and the direction of its
controls (`ar` lays them out right to left). Unset: the nearest `lang` on the element or an ancestor,
watched (for `<article-view>`, the article's own `lang` first). The content keeps its own language. */
  locale?: TrendingTicker["locale"];
  /** Replaces any of the widget's own words: an object, or JSON in the attribute
(`messages='{"minRead": "{n} min"}'`). Keys are those of `Messages`; `{n}` is the number; `minRead` and
`views` may give plural forms (`{"one": "{n} read", "other": "{n} reads"}`). */
  messages?: TrendingTicker["messages"];
  /** Seconds between re-fetches of `src` (0: never; at least 1). The reader keeps their place (focus, scroll,
the shown headline); nothing is fetched while the tab is hidden, and the server is asked only whether
the feed changed (an unchanged feed costs a 304). */
  refresh?: TrendingTicker["refresh"];
  /** Says what a refresh brought ("3 new items") in a polite live region. Off by default: nothing is announced. */
  announce?: TrendingTicker["announce"];
  /** The mode in force (an unknown `mode` value is taken as `scroll`); the motion controller reads it too. */
  motionMode?: TrendingTicker["motionMode"];
  /** The clock used for relative dates; tests and server-rendered snapshots pin it. Defaults to now. */
  now?: TrendingTicker["now"];
  /** Data arrived and has rendered. `detail: { data }` with the normalized articles. */
  "onreader-load"?: (e: ReaderLoadEvent) => void;
  /** The input could not be used. `detail: { error, message, status? }`. */
  "onreader-error"?: (e: ReaderErrorEvent) => void;
  /** A headline was activated (click or keyboard); cancelable, so an SPA can route instead. `detail: { item, url, index }`. */
  "onreader-select"?: (e: ReaderSelectEvent) => void;
};

export type CustomElements = {
  /**
   * Renders one article from JSON, an object, or a feed URL, with its body sanitized.
   * ---
   *
   *
   * ### **Events:**
   *  - **reader-load** - Data arrived and has rendered. `detail: { data }` with the normalized article.
   * - **reader-error** - The input could not be used. `detail: { error, message, status? }`.
   *
   * ### **Methods:**
   *  - **retry(): _void_** - Loads `src` again after a failed load (the error box's Retry button).
   *
   * ### **CSS Properties:**
   *  - **--reader-color-text** - Body text colour. _(default: light-dark(#1b1d21, #e6e6e6))_
   * - **--reader-color-muted** - Byline and caption colour. _(default: light-dark(#5f6670, #a0a6b0))_
   * - **--reader-color-accent** - Links and highlights. _(default: light-dark(#0b57d0, #8ab4f8))_
   * - **--reader-color-surface** - Background when a theme is forced. _(default: light-dark(#ffffff, #15171b))_
   * - **--reader-color-background** - The element's own background. _(default: transparent)_
   * - **--reader-color-subtle** - Placeholder, quotes and code background. _(default: light-dark(#f3f4f6, #22252b))_
   * - **--reader-color-border** - Rules and table borders. _(default: light-dark(#e3e5e8, #30343b))_
   * - **--reader-color-error** - Error text and border. _(default: light-dark(#b3261e, #f2b8b5))_
   * - **--reader-font-family** - Text font. _(default: system-ui, …)_
   * - **--reader-font-family-cjk** - Font for Chinese, Japanese and Korean text. _(default: 'PingFang SC', …)_
   * - **--reader-title-font-family** - Title font. _(default: inherit)_
   * - **--reader-font-size** - Base text size. _(default: 1rem)_
   * - **--reader-title-size** - Title size. _(default: clamp(1.5rem, 1.2rem + 1.5vw, 2.25rem))_
   * - **--reader-line-height** - Line height of text (CJK bodies get a little more). _(default: 1.6)_
   * - **--reader-space** - Base spacing unit. _(default: 1rem)_
   * - **--reader-radius** - Corner radius of images, placeholder and error. _(default: 8px)_
   * - **--reader-max-width** - Widest the text column grows. _(default: 42rem)_
   * - **--reader-image-ratio** - Lead image shape when the data gives no size. _(default: 16 / 9)_
   * - **--reader-placeholder-height** - Space held while loading: at least a screenful by default, so what follows stays below the fold (set it to the expected height to hold exactly that). _(default: max(24rem, 100vh))_
   *
   * ### **CSS Parts:**
   *  - **article** - The `<article>` element around everything.
   * - **header** - Title, summary and byline.
   * - **title** - The article's heading.
   * - **summary** - The summary under the title.
   * - **byline** - Authors, source, dates, views and reading time.
   * - **author** - One author's name (a link when the author has a URL).
   * - **avatar** - An author's picture.
   * - **source** - The publication the article comes from.
   * - **date** - The published date (`<time>`).
   * - **updated** - The updated date (`<time>`).
   * - **views** - The view count.
   * - **reading-time** - The estimated reading time.
   * - **image** - The lead image's `<figure>`.
   * - **body** - The sanitized article body.
   * - **tags** - The list of tags.
   * - **tag** - One tag.
   * - **placeholder** - The box that holds the space while loading.
   * - **error** - The message shown when the input cannot be used (`role="alert"`).
   * - **announcement** - The polite live region saying what a refresh brought (only with `announce`); visually hidden.
   * - **retry-button** - The error's Retry button (after a failed `src` load).
   * - **error-detail** - The technical detail of an error, for the site owner; hidden unless shown (`display: block`).
   */
  "article-view": Partial<ArticleViewProps & BaseProps & BaseEvents>;

  /**
   * Renders a list of article summaries (list, cards or compact) from JSON, an array, or a feed URL.
   * ---
   *
   *
   * ### **Events:**
   *  - **reader-load** - Data arrived and has rendered. `detail: { data }` with the normalized list (before `limit` and `exclude`).
   * - **reader-error** - The input could not be used. `detail: { error, message, status? }`.
   * - **reader-select** - The reader activated an article link (click or keyboard). Cancelable: call `preventDefault()` to route in an SPA instead of navigating. `detail: { item, url, index }`, `index` being the position in the shown list.
   *
   * ### **Methods:**
   *  - **retry(): _void_** - Loads `src` again after a failed load (the error box's Retry button).
   *
   * ### **Slots:**
   *  - **heading** - Replaces the built-in heading (e.g. `<h3 slot="heading">Read next</h3>`).
   * - **empty** - Shown instead of the built-in text when the list is empty.
   *
   * ### **CSS Properties:**
   *  - **--reader-color-text** - Title colour. _(default: light-dark(#1b1d21, #e6e6e6))_
   * - **--reader-color-muted** - Date, excerpt and empty-state colour. _(default: light-dark(#5f6670, #a0a6b0))_
   * - **--reader-color-accent** - Hovered links, focus ring, fallback tint. _(default: light-dark(#0b57d0, #8ab4f8))_
   * - **--reader-color-surface** - Background when a theme is forced. _(default: light-dark(#ffffff, #15171b))_
   * - **--reader-color-background** - The element's own background. _(default: transparent)_
   * - **--reader-color-subtle** - Placeholder and thumbnail background. _(default: light-dark(#f3f4f6, #22252b))_
   * - **--reader-color-border** - Separators and card borders. _(default: light-dark(#e3e5e8, #30343b))_
   * - **--reader-color-error** - Error text and border. _(default: light-dark(#b3261e, #f2b8b5))_
   * - **--reader-font-family** - Text font. _(default: system-ui, …)_
   * - **--reader-font-family-cjk** - Font for Chinese, Japanese and Korean text. _(default: 'PingFang SC', …)_
   * - **--reader-font-size** - Base text size. _(default: 1rem)_
   * - **--reader-line-height** - Line height of excerpts. _(default: 1.6)_
   * - **--reader-space** - Base spacing unit. _(default: 1rem)_
   * - **--reader-radius** - Corner radius of cards, thumbnails, placeholder and error. _(default: 8px)_
   * - **--reader-gap** - Space between items. _(default: calc(var(--reader-space) * 0.75))_
   * - **--reader-heading-size** - Size of the built-in heading. _(default: 1.125em)_
   * - **--reader-heading-color** - Colour of the built-in heading. _(default: var(--reader-color-text))_
   * - **--reader-item-title-size** - Size of item titles (compact: 0.9375em). _(default: 1em)_
   * - **--reader-item-title-weight** - Weight of item titles. _(default: 600)_
   * - **--reader-title-lines** - Lines a title may take before it is cut with "…" (compact: 1). _(default: 3)_
   * - **--reader-excerpt-lines** - Lines an excerpt may take (the text is also cut at `excerpt-length`). _(default: 3)_
   * - **--reader-thumbnail-size** - Width of the thumbnail when cards sit in a narrow column (one row per card). _(default: 6rem)_
   * - **--reader-thumbnail-row-ratio** - Thumbnail shape in that narrow, one-row-per-card form. _(default: 4 / 3)_
   * - **--reader-thumbnail-ratio** - Thumbnail shape in the card grid. _(default: 16 / 9)_
   * - **--reader-card-min-width** - Narrowest a card gets in the grid before the grid drops a column. _(default: 14rem)_
   * - **--reader-card-background** - Background of a card in the grid. _(default: transparent)_
   * - **--reader-placeholder-height** - Space held while loading (set it to the expected height for zero layout shift). _(default: the heading and `limit` (else 5) one-line items of the layout)_
   *
   * ### **CSS Parts:**
   *  - **base** - The `<section>` around the heading and the list.
   * - **heading** - The built-in heading.
   * - **list** - The `<ul>` of items.
   * - **item** - One article (`<li>`).
   * - **link** - The article's link (also part `title`).
   * - **title** - The article's title (a link when the article has a URL).
   * - **thumbnail** - The thumbnail box (cards), holding the image or the fallback.
   * - **image** - The thumbnail `<img>`.
   * - **thumbnail-fallback** - What the thumbnail shows when the image is missing or broken.
   * - **excerpt** - The shortened summary (cards).
   * - **meta** - The date and source line.
   * - **date** - The published date (`<time>`).
   * - **source** - The publication's name.
   * - **empty** - The quiet text shown when there is nothing to list.
   * - **placeholder** - The box that holds the space while loading.
   * - **error** - The message shown when the input cannot be used (`role="alert"`).
   * - **announcement** - The polite live region saying what a refresh brought (only with `announce`); visually hidden.
   * - **retry-button** - The error's Retry button (after a failed `src` load).
   * - **error-detail** - The technical detail of an error, for the site owner; hidden unless shown (`display: block`).
   */
  "related-list": Partial<RelatedListProps & BaseProps & BaseEvents>;

  /**
   * Trending headlines that scroll, rotate, or sit in a ranked list; accessible and light on the main thread.
   * ---
   *
   *
   * ### **Events:**
   *  - **reader-load** - Data arrived and has rendered. `detail: { data }` with the normalized articles.
   * - **reader-error** - The input could not be used. `detail: { error, message, status? }`.
   * - **reader-select** - A headline was activated (click or keyboard); cancelable, so an SPA can route instead. `detail: { item, url, index }`.
   *
   * ### **Methods:**
   *  - **retry(): _void_** - Loads `src` again after a failed load (the error box's Retry button).
   *
   * ### **Slots:**
   *  - **heading** - Replaces the heading text ("Trending" / "热门", or the `heading` attribute).
   *
   * ### **CSS Properties:**
   *  - **--reader-color-text** - Headline colour. _(default: light-dark(#1b1d21, #e6e6e6))_
   * - **--reader-color-muted** - Excerpt and rank colour. _(default: light-dark(#5f6670, #a0a6b0))_
   * - **--reader-color-accent** - Top ranks, progress bar and focus ring. _(default: light-dark(#0b57d0, #8ab4f8))_
   * - **--reader-color-surface** - Buttons, and the background when a theme is forced. _(default: light-dark(#ffffff, #15171b))_
   * - **--reader-color-background** - The element's own background. _(default: transparent)_
   * - **--reader-color-subtle** - Placeholder and progress track. _(default: light-dark(#f3f4f6, #22252b))_
   * - **--reader-color-border** - Button borders and separators. _(default: light-dark(#e3e5e8, #30343b))_
   * - **--reader-color-error** - Error text and border. _(default: light-dark(#b3261e, #f2b8b5))_
   * - **--reader-font-family** - Text font. _(default: system-ui, …)_
   * - **--reader-font-family-cjk** - Font for Chinese, Japanese and Korean text. _(default: 'PingFang SC', …)_
   * - **--reader-font-size** - Base text size. _(default: 1rem)_
   * - **--reader-space** - Base spacing unit. _(default: 1rem)_
   * - **--reader-radius** - Corner radius of the placeholder and error. _(default: 8px)_
   * - **--reader-gap** - Space between headlines in the marquee (and a fraction of it in the list). _(default: 2rem)_
   * - **--reader-ticker-height** - Height of the moving strip in `scroll` and `rotate` modes. _(default: 2.5rem)_
   * - **--reader-ticker-speed** - Marquee speed in pixels per second when the `speed` attribute is not set. _(default: 40)_
   * - **--reader-ticker-fade** - Width of the soft edges of the marquee (0 for hard edges). _(default: 1.5rem)_
   * - **--reader-ticker-transition** - Duration of the change between headlines in `rotate` mode. _(default: 400ms)_
   * - **--reader-rank-color** - Colour of the top three ranks. _(default: var(--reader-color-accent))_
   * - **--reader-heading-size** - Heading size. _(default: 1rem)_
   * - **--reader-placeholder-height** - Space held while loading (set it to the expected height for zero layout shift). _(default: the header and the mode's height (`static`: `limit`, else 5, items))_
   *
   * ### **CSS Parts:**
   *  - **ticker** - The `<section>` around the heading, controls and headlines.
   * - **header** - The row holding the heading and the controls.
   * - **heading** - The heading.
   * - **controls** - The group of buttons.
   * - **control** - Every button (pause/play, previous, next).
   * - **pause-button** - The pause/play button.
   * - **previous-button** - The previous-headline button (`rotate` mode).
   * - **next-button** - The next-headline button (`rotate` mode).
   * - **viewport** - The clipped window the headlines move in.
   * - **track** - The moving strip of the marquee (`scroll` mode).
   * - **list** - A list of headlines (the marquee's hidden copies carry it too).
   * - **item** - One headline's list item.
   * - **current** - The headline shown now (`rotate` mode).
   * - **rank** - The rank number (with the `ranks` attribute).
   * - **link** - The headline's link (a button when the article has no URL).
   * - **title** - The headline text.
   * - **excerpt** - The short excerpt after the headline.
   * - **progress** - The bar showing the time until the next headline (`rotate` mode).
   * - **empty** - The text shown for an empty list.
   * - **placeholder** - The box that holds the space while loading.
   * - **error** - The message shown when the input cannot be used (`role="alert"`).
   * - **announcement** - The polite live region saying what a refresh brought (only with `announce`); visually hidden.
   * - **retry-button** - The error's Retry button (after a failed `src` load).
   * - **error-detail** - The technical detail of an error, for the site owner; hidden unless shown (`display: block`).
   */
  "trending-ticker": Partial<TrendingTickerProps & BaseProps & BaseEvents>;
};
