import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../base/heading.js';
import { keyed } from 'lit/directives/keyed.js';
import { ReaderElement } from '../base/reader-element.js';
import { jsonAttribute } from '../base/json-attribute.js';
import { DataController } from '../base/data-controller.js';
import { loadBeforeNormalizing, normalizeArticle, type Article, type ArticleInput } from '../core/model.js';
import { DATE_STYLES, formatDate, formatFullDate, type DateStyle } from '../core/dates.js';
import { oneOf } from '../base/attribute-values.js';
import { readingMinutes } from '../core/text.js';
import { fillCount } from '../core/messages.js';
import { isRtl, textDirection } from '../core/locale.js';
import type { Direction } from '../base/locale-controller.js';
import { loadSanitizer, renderableBody, sanitizerIfLoaded } from '../core/sanitizer-loader.js';
import { articleViewStyles } from './article-view.styles.js';
import { PosterController } from './poster-controller.js';
import { baseUri, createElement, createFragment } from '../core/platform.js';
import type { ServerRender } from '../base/hydration.js';

type StructuredDataModule = typeof import('../core/structured-data.js');
/** The JSON-LD builder, a lazy chunk: only `structured-data` needs it (loaded once for every element). */
let structuredDataModule: StructuredDataModule | undefined;
let structuredDataLoading: Promise<StructuredDataModule> | undefined;
function loadStructuredData(): Promise<StructuredDataModule> {
  structuredDataLoading ??= import('../core/structured-data.js').then(
    (module) => (structuredDataModule = module),
    (error: unknown) => {
      structuredDataLoading = undefined; // asked for again by the next article (a browser may keep the failure: whatwg/html#6768)
      throw error;
    },
  );
  return structuredDataLoading;
}

/** Pieces of the article an owner can hide with the `hide` attribute. */
export type ArticlePiece = 'image' | 'summary' | 'author' | 'source' | 'date' | 'updated' | 'views' | 'reading-time' | 'tags';

/**
 * One article: title, byline, dates, view count, reading time, lead image, sanitized body and tags.
 *
 * @tag article-view
 * @summary Renders one article from JSON, an object, or a feed URL, with its body sanitized.
 *
 * @fires {ReaderLoadEvent} reader-load - Data arrived and has rendered. `detail: { data }` with the normalized article.
 * @fires {ReaderErrorEvent} reader-error - The input could not be used. `detail: { error, message, status? }`.
 *
 * @csspart article - The `<article>` element around everything.
 * @csspart header - Title, summary and byline.
 * @csspart title - The article's heading.
 * @csspart summary - The summary under the title.
 * @csspart byline - Authors, source, dates, views and reading time.
 * @csspart author - One author's name (a link when the author has a URL).
 * @csspart avatar - An author's picture.
 * @csspart source - The publication the article comes from.
 * @csspart date - The published date (`<time>`).
 * @csspart updated - The updated date (`<time>`).
 * @csspart views - The view count.
 * @csspart reading-time - The estimated reading time.
 * @csspart image - The lead image's `<figure>`.
 * @csspart body - The sanitized article body.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart placeholder - The box that holds the space while loading.
 * @csspart error - The message shown when the input cannot be used (`role="alert"`).
 * @csspart announcement - The polite live region saying what a refresh brought (only with `announce`); visually hidden.
 * @csspart retry-button - The error's Retry button (after a failed `src` load).
 * @csspart error-detail - The technical detail of an error, for the site owner; hidden unless shown (`display: block`).
 *
 * @cssprop [--reader-color-text=light-dark(#1b1d21, #e6e6e6)] - Body text colour.
 * @cssprop [--reader-color-muted=light-dark(#5f6670, #a0a6b0)] - Byline and caption colour.
 * @cssprop [--reader-color-accent=light-dark(#0b57d0, #8ab4f8)] - Links and highlights.
 * @cssprop [--reader-color-surface=light-dark(#ffffff, #15171b)] - Background when a theme is forced.
 * @cssprop [--reader-color-background=transparent] - The element's own background.
 * @cssprop [--reader-color-subtle=light-dark(#f3f4f6, #22252b)] - Placeholder, quotes and code background.
 * @cssprop [--reader-color-border=light-dark(#e3e5e8, #30343b)] - Rules and table borders.
 * @cssprop [--reader-color-error=light-dark(#b3261e, #f2b8b5)] - Error text and border.
 * @cssprop [--reader-font-family=system-ui, …] - Text font.
 * @cssprop [--reader-font-family-cjk='PingFang SC', …] - Font for Chinese, Japanese and Korean text.
 * @cssprop [--reader-title-font-family=inherit] - Title font.
 * @cssprop [--reader-font-size=1rem] - Base text size.
 * @cssprop [--reader-title-size=clamp(1.5rem, 1.2rem + 1.5vw, 2.25rem)] - Title size.
 * @cssprop [--reader-line-height=1.6] - Line height of text (CJK bodies get a little more).
 * @cssprop [--reader-space=1rem] - Base spacing unit.
 * @cssprop [--reader-radius=8px] - Corner radius of images, placeholder and error.
 * @cssprop [--reader-max-width=42rem] - Widest the text column grows.
 * @cssprop [--reader-image-ratio=16 / 9] - Lead image shape when the data gives no size.
 * @cssprop [--reader-placeholder-height=max(24rem, 100vh)] - Space held while loading: at least a screenful by default, so what follows stays below the fold (set it to the expected height to hold exactly that).
 */
export class ArticleView extends ReaderElement<Article> {
  static override styles = articleViewStyles;

  /**
   * The article as JSON text (attribute) or an object (property). Set after `src`, it wins.
   * @type {ArticleInput}
   */
  @property({ attribute: 'article', converter: jsonAttribute('article') })
  // Typed as what an owner should give, so framework JSX/template types catch wrong shapes; the setter
  // still takes anything (bad input reaches the error state, never an exception).
  get article(): ArticleInput | undefined {
    return this.data.input as ArticleInput | undefined;
  }
  set article(value: ArticleInput | unknown) {
    this.data.input = value;
  }

  protected override readonly data = new DataController<Article>(this, normalizeArticle, loadBeforeNormalizing);
  /** Body video posters load near the viewport, not at render. */
  protected readonly posters = new PosterController(this);

  /** Level of the title heading (1-6). Defaults to 2, since an embedded article usually sits under the page's own `h1`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** How dates are written: `auto` (relative within a week, then absolute), `relative` or `absolute`. */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle = 'auto';

  /**
   * How the lead image loads: `lazy` (default, when it nears the viewport) or `eager` (at once, with
   * `fetchpriority="high"`: for an article at the top of the page, whose image is the page's largest paint).
   */
  @property({ attribute: 'image-loading' }) imageLoading: 'lazy' | 'eager' = 'lazy';

  /** Space-separated pieces to leave out: `image summary author source date updated views reading-time tags`. */
  @property() hide = '';

  /**
   * Adds schema.org `NewsArticle` JSON-LD for the article to the page, as a `<script type="application/ld+json">`
   * child of the element (light DOM, where search engines read it), kept in step with the article and
   * removed on error or when the attribute goes.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Pieces left out (`hide`), the dates as shown and the content's direction: derived in `willUpdate`. */
  private hiddenPieces = new Set<string>();
  private dates: { published?: ShownDate; updated?: ShownDate } = {};
  private contentDir?: Direction;

  /** The sanitized body, made once per article (never in `render`, never again for a theme change). */
  @state() private body?: DocumentFragment;
  private bodyFor?: Article;
  private minutes = 0;
  /** The direction of the body's first letter, for an article that does not say its language. */
  private bodyDirection?: Direction;
  private jsonLd?: { article: Article; script: HTMLScriptElement };
  /** The article whose JSON-LD could not be made (the builder's chunk failed to load): it is left out. */
  private jsonLdFailedFor?: Article;
  /**
   * A server render's sanitized body (`serverBody`), for the article that came with it (which has no
   * `bodyHtml`): its nodes, already in the shadow root when hydrating, else taken out of the server's root
   * before it was emptied; and its text, for the reading time and direction. Never sanitized again.
   */
  private serverBody?: { nodes: DocumentFragment; text: string };
  /** The body shown is the server's (`serverBody`), for `bodyFor`. */
  private bodyFromServer = false;

  protected override contentLang(): string | undefined {
    return this.data.value?.lang;
  }

  protected override takeServerContent(root: DocumentFragment, server: ServerRender | undefined): void {
    const body = server?.serverBody ? root.querySelector('[part~="body"]') : null;
    if (!body) return;
    const nodes = createFragment();
    nodes.append(...body.childNodes);
    this.serverBody = { nodes, text: nodes.textContent ?? '' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hydrating?.serverBody && !this.serverBody) {
      // The server's body nodes stay where they are: the body's part adopts them as they are.
      this.serverBody = { nodes: createFragment(), text: this.renderRoot.querySelector('[part~="body"]')?.textContent ?? '' };
    }
    // Fetch the sanitizer while the feed is on its way, not after it arrived (one round trip less).
    if (changed.has('src') && this.src && !sanitizerIfLoaded()) loadSanitizer().catch(() => undefined);
    const article = this.data.status === 'ready' ? this.data.value : undefined;
    if (article && article !== this.bodyFor) this.prepareBody(article);
    if (changed.has('hide')) this.hiddenPieces = new Set(this.hide.split(/\s+/));
    if (changed.has('imageLoading')) oneOf(this, 'image-loading', this.imageLoading, ['lazy', 'eager']);
    if (article) this.prepareView(article);
  }

  /**
   * The dates in the locale, and the content's direction: from its language, else from the first letter of
   * the title or body (what `dir="auto"` would find, without `dir="auto"` above the body: in Chromium that
   * makes inserting a long body quadratic).
   */
  private prepareView(article: Article): void {
    const lang = this.l10n.locale;
    const now = this.clock;
    const zone = this.zone;
    const style = oneOf(this, 'date-style', this.dateStyle, DATE_STYLES);
    const shownDate = (date: Date): ShownDate => ({
      iso: date.toISOString(),
      text: formatDate(date, style, now, lang, zone),
      full: formatFullDate(date, lang, zone),
    });
    const { publishedAt, updatedAt } = article;
    this.dates = {
      published: publishedAt ? shownDate(publishedAt) : undefined,
      updated: updatedAt && updatedAt.getTime() !== publishedAt?.getTime() ? shownDate(updatedAt) : undefined,
    };
    this.contentDir = article.lang ? (isRtl(article.lang) ? 'rtl' : 'ltr') : (textDirection(article.title) ?? this.bodyDirection);
  }

  private prepareBody(article: Article): void {
    const before = this.bodyFor;
    const wasFromServer = this.bodyFromServer;
    this.bodyFor = article;
    // The article of a server render: its body is the server's sanitized nodes.
    const server = this.serverBody;
    this.serverBody = undefined;
    this.bodyFromServer = !!server && !article.bodyHtml;
    if (server && this.bodyFromServer) {
      this.body = server.nodes;
      this.minutes = readingMinutes(server.text);
      this.bodyDirection = textDirection(server.text);
      return;
    }
    // The same body again (a refresh that changed something else): keep its nodes, and with them the
    // reader's focus and place in it.
    if (this.body && before && !wasFromServer && before.bodyHtml === article.bodyHtml && before.baseUrl === article.baseUrl) return;
    this.body = undefined;
    this.bodyDirection = undefined;
    // With a body, the reading time is counted once, from the sanitized text; without one, from the summary.
    this.minutes = article.bodyHtml ? 0 : readingMinutes(article.summary ?? '');
    if (!article.bodyHtml) return;
    const sanitizer = sanitizerIfLoaded();
    if (sanitizer) return this.sanitize(article, sanitizer.sanitizeBody);
    // A lazy piece `updateComplete` waits for: once it resolves, the body is shown.
    this.whenLoaded(loadSanitizer()).then(
      (module) => {
        if (this.bodyFor === article) this.sanitize(article, module.sanitizeBody);
      },
      () => {
        if (this.bodyFor === article) this.data.fail('The article body could not be prepared: the sanitizer failed to load.');
      },
    );
  }

  /** The article shows a body: its own (`bodyHtml`, sanitized here) or the server's. */
  private hasBody(article: Article): boolean {
    return !!article.bodyHtml || this.bodyFromServer;
  }

  private sanitize(article: Article, sanitizeBody: (html: string, baseUrl?: string) => DocumentFragment): void {
    try {
      const fragment = sanitizeBody(article.bodyHtml!, article.baseUrl);
      const text = fragment.textContent ?? '';
      this.minutes = readingMinutes(text);
      this.bodyDirection = textDirection(text);
      this.body = fragment;
    } catch (error) {
      this.data.fail(error instanceof Error ? error.message : String(error));
    }
  }

  /** A refresh that changed the article is announced as "Updated" (with `announce`). */
  protected override describeRefresh(before: Article, after: Article): string {
    const same =
      before.title === after.title &&
      before.summary === after.summary &&
      before.bodyHtml === after.bodyHtml &&
      before.updatedAt?.getTime() === after.updatedAt?.getTime();
    return same ? '' : this.l10n.messages.updated;
  }

  protected override isContentComplete(): boolean {
    const article = this.data.value;
    const jsonLdDone = !this.structuredData || this.jsonLd?.article === article || this.jsonLdFailedFor === article;
    return (!article?.bodyHtml || this.body !== undefined) && jsonLdDone;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncStructuredData(); // before reader-load fires, so listeners find it
    super.updated(changed);
  }

  private syncStructuredData(): void {
    const article = this.structuredData && this.data.status === 'ready' ? this.data.value : undefined;
    const script =
      this.jsonLd?.script ??
      this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-reader-structured-data]');
    if (!article) {
      script?.remove();
      this.jsonLd = undefined;
      return;
    }
    if (script && this.jsonLd?.article === article && script.parentNode === this) return;
    // Hydrating: the server's JSON-LD (written from the whole article, body included) stays as it is.
    if (script && this.hydrating && !this.jsonLd && script.parentNode === this) {
      this.jsonLd = { article, script };
      return;
    }
    const builder = structuredDataModule;
    if (!builder) {
      // Made once the builder is here (this runs again then), still before reader-load fires.
      if (this.jsonLdFailedFor !== article)
        this.whenLoaded(loadStructuredData()).catch(() => {
          console.warn(`<${this.localName}>: the structured data could not be made: its code failed to load.`);
          this.jsonLdFailedFor = article;
        });
      return;
    }
    const next = script ?? Object.assign(createElement('script'), { type: 'application/ld+json' });
    next.dataset.readerStructuredData = '';
    next.textContent = builder.serializeJsonLd(builder.newsArticleJsonLd(article, baseUri()));
    if (next.parentNode !== this) this.append(next);
    this.jsonLd = { article, script: next };
  }

  private shows(piece: ArticlePiece): boolean {
    return !this.hiddenPieces.has(piece);
  }

  /**
   * The content (title, summary, body, tags) is in the article's language and direction; the byline, in
   * the widget's locale, is the UI.
   */
  protected override renderData(article: Article) {
    const heading = headingTag(this.headingLevel);
    // No whitespace around the body in its container: its text is the body's own.
    const body = this.body ? renderableBody(this.body) : nothing;
    return html`
      <article
        part="article"
        class=${this.hasBody(article) && !this.body ? 'body-pending' : ''}
        lang=${article.lang ?? nothing}
        dir=${this.contentDir ?? nothing}
      >
        ${this.shows('image') && article.image ? this.renderImage(article) : nothing}
        <header part="header">
          ${staticHtml`<${heading} part="title" class="title">${article.title}</${heading}>`}
          ${this.shows('summary') && article.summary ? html`<p part="summary" class="summary" dir="auto">${article.summary}</p>` : nothing}
          ${this.renderByline(article)}
        </header>
        ${this.hasBody(article) ? html`<div part="body" class="body" aria-busy=${this.body ? 'false' : 'true'}>${body}</div>` : nothing}
        ${
          this.shows('tags') && article.tags.length > 0
            ? html`<ul part="tags" class="tags" aria-label=${this.l10n.messages.tags}>
                ${article.tags.map((tag) => html`<li part="tag" dir="auto">${tag}</li>`)}
              </ul>`
            : nothing
        }
      </article>
    `;
  }

  private renderImage({ image, title }: Article) {
    const { src, alt, width, height, srcset } = image!;
    const eager = this.imageLoading === 'eager';
    // Keyed by its source: the error handler hides this figure, and a reused one would hide the next article's image.
    return keyed(
      src,
      html`<figure part="image" class="image">
        <img
          src=${src}
          alt=${alt}
          srcset=${srcset ?? nothing}
          sizes=${srcset ? '(min-width: 48rem) 42rem, 100vw' : nothing}
          width=${width ?? nothing}
          height=${height ?? nothing}
          loading=${eager ? 'eager' : 'lazy'}
          fetchpriority=${eager ? 'high' : nothing}
          decoding="async"
          title=${alt || title}
          @error=${(event: Event) => ((event.target as HTMLElement).closest('figure')!.hidden = true)}
        />
      </figure>`,
    );
  }

  private renderByline(article: Article) {
    const s = this.l10n.messages;
    const lang = this.l10n.locale;
    const { published, updated } = this.dates;
    const pieces = [
      this.shows('author') && article.authors.length > 0
        ? html`<span class="authors"
            ><span class="visually-hidden">${s.by} </span>${article.authors.map(
              (person, i) =>
                html`${i > 0 ? html`<span aria-hidden="true">${s.listSeparator}</span>` : nothing}<span class="author"
                    >${person.avatar ? html`<img part="avatar" class="avatar" src=${person.avatar} alt="" width="24" height="24" loading="lazy" />` : nothing}${
                      person.url
                        ? html`<a part="author" href=${person.url} dir="auto">${person.name}</a>`
                        : html`<bdi part="author">${person.name}</bdi>`
                    }</span
                  >`,
            )}</span
          >`
        : undefined,
      this.shows('source') && article.source
        ? article.source.url
          ? html`<a part="source" href=${article.source.url} dir="auto">${article.source.name}</a>`
          : html`<bdi part="source">${article.source.name}</bdi>`
        : undefined,
      this.shows('date') && published ? renderTime(published, 'date') : undefined,
      this.shows('updated') && updated ? html`<span>${s.updated} ${renderTime(updated, 'updated')}</span>` : undefined,
      this.shows('views') && article.views !== undefined
        ? html`<span part="views">${fillCount(s.views, article.views, lang)}</span>`
        : undefined,
      this.shows('reading-time') && this.minutes > 0
        ? html`<span part="reading-time">${fillCount(s.minRead, this.minutes, lang)}</span>`
        : undefined,
    ].filter((piece) => piece !== undefined);
    if (pieces.length === 0) return nothing;
    return html`<p part="byline" class="byline" lang=${lang} dir=${this.l10n.dir}>
      ${pieces.map((piece, i) => html`${i > 0 ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}${piece}`)}
    </p>`;
  }
}

/** A date as the byline shows it. */
interface ShownDate {
  iso: string;
  text: string;
  /** The full date and time, for the tooltip. */
  full: string;
}

function renderTime(date: ShownDate, part: 'date' | 'updated') {
  return html`<time part=${part} datetime=${date.iso} title=${date.full}>${date.text}</time>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-view': ArticleView;
  }
}
