import type { ArticleView, ReaderLoadDetail, ReaderErrorDetail } from "reader-widgets";

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: JSX.Element;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Sets the HTML or XML markup contained within the element. */
  innerHTML?: string;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: JSX.CSSProperties;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Sets the text content of the element */
  textContent?: string;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

type ArticleViewProps = {
  /** The article as JSON text (attribute) or an object (property). Set after `src`, it wins. */
  article?: ArticleView["article"];
  /** Level of the title heading (1-6). Defaults to 2, since an embedded article usually sits under the page's own `h1`. */
  "heading-level"?: ArticleView["headingLevel"];
  /** How dates are written: `auto` (relative within a week, then absolute), `relative` or `absolute`. */
  "date-style"?: ArticleView["dateStyle"];
  /** Language for dates, numbers and the widget's words; defaults to the article's `lang`, then the page's. */
  locale?: ArticleView["locale"];
  /** Space-separated pieces to leave out: `image summary author source date updated views reading-time tags`. */
  hide?: ArticleView["hide"];
  /** Colour scheme: `auto` follows the reader's system setting; `light` or `dark` force one. */
  theme?: ArticleView["theme"];
  /** URL to fetch the data from (reader JSON or a feed format). Relative URLs resolve against the page. */
  src?: ArticleView["src"];
  /** Forces a source format instead of detecting it (`reader`, `jsonfeed`, `wordpress`, `rss`, `atom`, `jsonld`, `ghost`). */
  format?: ArticleView["format"];
  /** Whether the `src` request sends cookies: `omit`, `same-origin` or `include`. */
  credentials?: ArticleView["credentials"];
  /** Seconds to wait for `src` before showing an error. */
  timeout?: ArticleView["timeout"];
  /** Replaces any of the widget's own words (e.g. `{minRead: '{n} min'}`). */
  "bind:messages"?: ArticleView["messages"];
  /** The clock used for relative dates; tests and server-rendered snapshots pin it. Defaults to now. */
  "bind:now"?: ArticleView["now"];
  /** Data arrived and has rendered. `detail: { data }` with the normalized article. */
  "on:reader-load"?: (e: CustomEvent<ReaderLoadDetail>) => void;
  /** The input could not be used. `detail: { error, message, status? }`. */
  "on:reader-error"?: (e: CustomEvent<ReaderErrorDetail>) => void;
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
   *
   *
   *
   *
   *
   *
   *
   *
   *
   *
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
   * - **--reader-placeholder-height** - Space held while loading (set it to the expected height for zero layout shift). _(default: 24rem)_
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
   */
  "article-view": Partial<ArticleViewProps & BaseProps & BaseEvents>;
};

declare namespace svelteHTML {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface IntrinsicElements extends CustomElements {}
}
