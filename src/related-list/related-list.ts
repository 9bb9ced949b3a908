import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { keyed } from 'lit/directives/keyed.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../base/heading.js';
import { ReaderListElement } from '../base/reader-list-element.js';
import type { Article } from '../core/model.js';
import { DATE_STYLES, formatDate, type DateStyle } from '../core/dates.js';
import { oneOf } from '../base/attribute-values.js';
import { graphemes, truncate } from '../core/text.js';
import { isSameOrigin, pageAddress } from '../core/urls.js';
import { relatedListStyles } from './related-list.styles.js';
import { ItemNodes, itemTemplate, placeNodes, type ItemValues } from './item-nodes.js';
import { hasPage } from '../core/platform.js';

/** How the list looks: `list` (title + date), `cards` (thumbnail, title, excerpt, meta), `compact` (titles only). */
export type RelatedLayout = 'list' | 'cards' | 'compact';
const LAYOUTS: readonly RelatedLayout[] = ['list', 'cards', 'compact'];

/** Targets that stay in the reader's own browsing context and so need no `rel` protection. */
const SAME_CONTEXT_TARGETS = new Set(['', '_self', '_parent', '_top']);

/**
 * One shown item with everything derived from it, computed in `willUpdate`, never in `render`. `key` is
 * the `repeat` key: the id, else the url, else the position; made unique.
 */
interface ItemView extends ItemValues {
  item: Article;
  excerpt?: string;
  /** First letter or digit of the title, for the thumbnail fallback. */
  initial: string;
}

/**
 * A list of article summaries that link to each article: "related articles" under a story, or a
 * "more from this section" box in a side column. In the `cards` layout the element measures its own
 * width (a container query): below 34rem each card is a row with the thumbnail beside the text, from
 * 34rem up the cards form a grid of columns at least `--reader-card-min-width` wide.
 *
 * When the list is empty the element matches `:state(empty)`, so a page can style or hide its frame.
 *
 * @tag related-list
 * @summary Renders a list of article summaries (list, cards or compact) from JSON, an array, or a feed URL.
 *
 * @slot heading - Replaces the built-in heading (e.g. `<h3 slot="heading">Read next</h3>`).
 * @slot empty - Shown instead of the built-in text when the list is empty.
 *
 * @fires {ReaderLoadEvent} reader-load - Data arrived and has rendered. `detail: { data }` with the normalized list (before `limit` and `exclude`).
 * @fires {ReaderErrorEvent} reader-error - The input could not be used. `detail: { error, message, status? }`.
 * @fires {ReaderSelectEvent} reader-select - The reader activated an article link (click or keyboard). Cancelable: call
 *   `preventDefault()` to route in an SPA instead of navigating. `detail: { item, url, index }`, `index` being the position in the shown list.
 *
 * @csspart base - The `<section>` around the heading and the list.
 * @csspart heading - The built-in heading.
 * @csspart list - The `<ul>` of items.
 * @csspart item - One article (`<li>`).
 * @csspart link - The article's link (also part `title`).
 * @csspart title - The article's title (a link when the article has a URL).
 * @csspart thumbnail - The thumbnail box (cards), holding the image or the fallback.
 * @csspart image - The thumbnail `<img>`.
 * @csspart thumbnail-fallback - What the thumbnail shows when the image is missing or broken.
 * @csspart excerpt - The shortened summary (cards).
 * @csspart meta - The date and source line.
 * @csspart date - The published date (`<time>`).
 * @csspart source - The publication's name.
 * @csspart empty - The quiet text shown when there is nothing to list.
 * @csspart placeholder - The box that holds the space while loading.
 * @csspart error - The message shown when the input cannot be used (`role="alert"`).
 * @csspart announcement - The polite live region saying what a refresh brought (only with `announce`); visually hidden.
 * @csspart retry-button - The error's Retry button (after a failed `src` load).
 * @csspart error-detail - The technical detail of an error, for the site owner; hidden unless shown (`display: block`).
 *
 * @cssprop [--reader-color-text=light-dark(#1b1d21, #e6e6e6)] - Title colour.
 * @cssprop [--reader-color-muted=light-dark(#5f6670, #a0a6b0)] - Date, excerpt and empty-state colour.
 * @cssprop [--reader-color-accent=light-dark(#0b57d0, #8ab4f8)] - Hovered links, focus ring, fallback tint.
 * @cssprop [--reader-color-surface=light-dark(#ffffff, #15171b)] - Background when a theme is forced.
 * @cssprop [--reader-color-background=transparent] - The element's own background.
 * @cssprop [--reader-color-subtle=light-dark(#f3f4f6, #22252b)] - Placeholder and thumbnail background.
 * @cssprop [--reader-color-border=light-dark(#e3e5e8, #30343b)] - Separators and card borders.
 * @cssprop [--reader-color-error=light-dark(#b3261e, #f2b8b5)] - Error text and border.
 * @cssprop [--reader-font-family=system-ui, …] - Text font.
 * @cssprop [--reader-font-family-cjk='PingFang SC', …] - Font for Chinese, Japanese and Korean text.
 * @cssprop [--reader-font-size=1rem] - Base text size.
 * @cssprop [--reader-line-height=1.6] - Line height of excerpts.
 * @cssprop [--reader-space=1rem] - Base spacing unit.
 * @cssprop [--reader-radius=8px] - Corner radius of cards, thumbnails, placeholder and error.
 * @cssprop [--reader-gap=calc(var(--reader-space) * 0.75)] - Space between items.
 * @cssprop [--reader-heading-size=1.125em] - Size of the built-in heading.
 * @cssprop [--reader-heading-color=var(--reader-color-text)] - Colour of the built-in heading.
 * @cssprop [--reader-item-title-size=1em] - Size of item titles (compact: 0.9375em).
 * @cssprop [--reader-item-title-weight=600] - Weight of item titles.
 * @cssprop [--reader-title-lines=3] - Lines a title may take before it is cut with "…" (compact: 1).
 * @cssprop [--reader-excerpt-lines=3] - Lines an excerpt may take (the text is also cut at `excerpt-length`).
 * @cssprop [--reader-thumbnail-size=6rem] - Width of the thumbnail when cards sit in a narrow column (one row per card).
 * @cssprop [--reader-thumbnail-row-ratio=4 / 3] - Thumbnail shape in that narrow, one-row-per-card form.
 * @cssprop [--reader-thumbnail-ratio=16 / 9] - Thumbnail shape in the card grid.
 * @cssprop [--reader-card-min-width=14rem] - Narrowest a card gets in the grid before the grid drops a column.
 * @cssprop [--reader-card-background=transparent] - Background of a card in the grid.
 * @cssprop [--reader-placeholder-height=the heading and `limit` (else 5) one-line items of the layout] - Space held while loading (set it to the expected height for zero layout shift).
 */
export class RelatedList extends ReaderListElement {
  static override styles = relatedListStyles;

  /** `list` (title and date), `cards` (thumbnail, title, excerpt, date; a grid when there is room) or `compact` (titles only). */
  @property({ reflect: true, useDefault: true }) layout: RelatedLayout = 'list';

  /** Most items shown; unset or 0 shows all. */
  @property({ type: Number }) limit?: number;

  /** The id or URL of the article the reader is on (space-separated for several), left out of the list. */
  @property() exclude?: string;

  /** Heading text. Unset: the language's word for "Related". Empty (`heading=""`): no heading. The `heading` slot replaces it. */
  @property() heading?: string;

  /** Level of the built-in heading (1-6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Longest excerpt in display columns (a CJK character counts two); longer summaries are cut with "…" at a grapheme boundary. */
  @property({ type: Number, attribute: 'excerpt-length' }) excerptLength = 120;

  /** How dates are written: `auto` (relative within a week, then absolute), `relative` or `absolute`. */
  @property({ attribute: 'date-style' }) dateStyle: DateStyle = 'auto';

  /** Where links open (`_self`, `_blank` or a named window). Any new browsing context gets `rel="noopener"` (and `noreferrer` across origins). */
  @property() target?: string;

  /** Extra `rel` tokens for every link (e.g. `nofollow`); `opener` is never honoured for a new window. */
  @property() rel?: string;

  /**
   * The empty state: unset shows the language's quiet "nothing here" text, other text replaces it, and
   * `hidden` hides the whole element (it matches `:state(empty)` either way). The `empty` slot replaces the text.
   */
  @property({ reflect: true }) empty?: string;

  /** Text of an owner's slotted heading, which names the list for assistive technology. */
  @state() private slottedHeading = '';

  private views: ItemView[] = [];
  /** The `list` and `compact` items' nodes, kept by key between renders (pruned with the views in `makeViews`). */
  private readonly itemNodes = new ItemNodes();
  /** The data and the locale the views were made for: a change of either remakes them. */
  private viewsFor?: Article[];
  private viewsLocale?: string;
  /** Whether the views were made for the server's render (its clock and zone) while hydrating. */
  private viewsHydrating = false;
  /**
   * `list` and `compact` items rendered as templates instead of clones: on a server (no nodes to clone),
   * and in a list that hydrated a server render (its items are the server's nodes of those templates).
   */
  private itemsAsTemplates = !hasPage();
  private readonly internals?: ElementInternals;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      // Without ElementInternals the `:state(empty)` hook is simply not available.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const inputs = ['layout', 'limit', 'exclude', 'excerptLength', 'dateStyle', 'now', 'timeZone', 'target', 'rel'] as const;
    const items = this.data.status === 'ready' ? this.data.value : undefined;
    // Hydrating, the server's markup is adopted as the templates that made it, and kept as templates.
    if (this.hydrating) this.itemsAsTemplates = true;
    // The update after hydrating writes the reader's clock and zone into the dates.
    const stale =
      items !== this.viewsFor ||
      this.l10n.locale !== this.viewsLocale ||
      this.viewsHydrating !== !!this.hydrating ||
      inputs.some((name) => changed.has(name));
    if (items && stale) {
      this.viewsFor = items;
      this.viewsLocale = this.l10n.locale;
      this.viewsHydrating = !!this.hydrating;
      this.views = this.makeViews(items);
    }
    this.setState('empty', items !== undefined && this.views.length === 0);
  }

  private setState(name: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Older engines only accept `--dashed` state names; the state is a nicety, not a requirement.
    }
  }

  /** What is shown: `exclude` taken out, then `limit` applied; each item's key, rel and what the layout shows prepared. */
  private makeViews(items: Article[]): ItemView[] {
    const layout = this.currentLayout;
    const excluded = this.excludedKeys();
    const limit = this.limit && this.limit > 0 ? Math.floor(this.limit) : Infinity;
    const lang = this.l10n.locale;
    const now = this.clock;
    const zone = this.zone;
    const style = oneOf(this, 'date-style', this.dateStyle, DATE_STYLES);
    const length = Math.max(1, Math.floor(this.excerptLength) || 120);
    const target = this.target || undefined;
    const relOf = this.relForUrls();
    const seen = new Set<string>();
    const views: ItemView[] = [];
    for (const item of items) {
      if (views.length >= limit) break;
      if (excluded.size > 0 && this.isExcluded(item, excluded)) continue;
      let key = item.id !== undefined ? `id:${item.id}` : item.url !== undefined ? `url:${item.url}` : `at:${views.length}`;
      while (seen.has(key)) key += '+';
      seen.add(key);
      const dated = layout !== 'compact' && item.publishedAt !== undefined;
      views.push({
        key,
        item,
        lang: item.lang,
        url: item.url,
        target,
        rel: item.url === undefined ? undefined : relOf(item.url),
        title: item.title,
        iso: dated ? item.publishedAt!.toISOString() : undefined,
        dateText: dated ? formatDate(item.publishedAt!, style, now, lang, zone) : undefined,
        excerpt: layout === 'cards' && item.summary ? truncate(item.summary, length) : undefined,
        initial: layout === 'cards' ? initialOf(item.title) : '',
      });
    }
    this.itemNodes.retain(layout, seen);
    return views;
  }

  private excludedKeys(): Set<string> {
    const keys = new Set<string>();
    for (const token of (this.exclude ?? '').split(/\s+/)) {
      if (!token) continue;
      keys.add(token);
      const resolved = pageAddress(token);
      if (resolved) keys.add(resolved);
    }
    return keys;
  }

  private isExcluded(item: Article, keys: Set<string>): boolean {
    if (item.id !== undefined && keys.has(item.id)) return true;
    if (item.url === undefined) return false;
    return keys.has(item.url) || keys.has(pageAddress(item.url) ?? '');
  }

  /**
   * The links' `rel`, by address. Worked out once per list: between items only whether a link in a new
   * browsing context leaves the page's origin (then `noreferrer` too) can differ.
   */
  private relForUrls(): (url: string) => string | undefined {
    const tokens = new Set((this.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean));
    const join = () => (tokens.size > 0 ? [...tokens].join(' ') : undefined);
    if (SAME_CONTEXT_TARGETS.has((this.target ?? '').toLowerCase())) {
      const rel = join();
      return () => rel;
    }
    tokens.delete('opener');
    tokens.add('noopener');
    const sameOrigin = join();
    tokens.add('noreferrer');
    const crossOrigin = join();
    return (url) => (isSameOrigin(url) ? sameOrigin : crossOrigin);
  }

  private get currentLayout(): RelatedLayout {
    return oneOf(this, 'layout', this.layout, LAYOUTS);
  }

  protected override renderData() {
    const views = this.views;
    if (views.length === 0 && this.empty === 'hidden') return nothing;
    const layout = this.currentLayout;
    const headingText = this.heading ?? this.l10n.messages.related;
    const heading = headingTag(this.headingLevel);
    const builtInHeading = headingText !== '' && !this.slottedHeading;
    // The section takes the locale's direction (heading, layout); each item keeps its own language.
    const ui = this.l10n.locale;
    return html`<section part="base" class="root layout-${layout}" dir=${this.l10n.dir}>
      <slot name="heading" @slotchange=${this.onHeadingSlotChange}
        >${headingText ? staticHtml`<${heading} part="heading" class="heading" id="heading" lang=${this.heading === undefined ? ui : nothing} dir="auto">${headingText}</${heading}>` : nothing}</slot
      >
      ${
        views.length === 0
          ? html`<div part="empty" class="empty" lang=${this.empty ? nothing : ui}>
              <slot name="empty">${this.empty || this.l10n.messages.empty}</slot>
            </div>`
          : html`<ul
              part="list"
              class="list"
              role="list"
              aria-labelledby=${builtInHeading ? 'heading' : nothing}
              aria-label=${builtInHeading ? nothing : this.slottedHeading || this.l10n.messages.related}
              @click=${this.onListClick}
            >
              ${this.renderItems(views, layout)}
            </ul>`
      }
    </section>`;
  }

  private onHeadingSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    // Without nodes of the owner's own, `flatten` would return the fallback: the built-in heading itself.
    this.slottedHeading =
      slot.assignedNodes().length === 0
        ? ''
        : slot
            .assignedNodes({ flatten: true })
            .map((node) => node.textContent ?? '')
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim();
  }

  /**
   * The items. `list` and `compact` items are plain clones filled in place (see `ItemNodes`), put in the list
   * by `placeNodes`; a card is a template, keyed by `repeat`, and so are `list` and `compact` items on a
   * server (no nodes to clone) and in a hydrated list (it keeps the server's). The title's click is
   * handled once, on the list (see `onListClick`).
   */
  private renderItems(views: ItemView[], layout: RelatedLayout) {
    if (layout !== 'cards' && !this.itemsAsTemplates) return placeNodes(views.map((view) => this.itemNodes.node(view)));
    return repeat(
      views,
      (view) => view.key,
      (view) => (layout === 'cards' ? this.renderCard(view) : itemTemplate(layout, view)),
    );
  }

  /** A card, from the same prepared values as a list item (`ItemValues`) plus its excerpt, source and thumbnail. */
  private renderCard(view: ItemView) {
    const title = view.url
      ? html`<a part="title link" class="title" href=${view.url} target=${view.target ?? nothing} rel=${view.rel ?? nothing} dir="auto"
          >${view.title}</a
        >`
      : html`<span part="title" class="title" dir="auto">${view.title}</span>`;
    const source = view.item.source?.name;
    return html`<li part="item" class="item" lang=${view.lang ?? nothing}>
      ${this.renderThumbnail(view)}
      <div class="text">
        ${title} ${view.excerpt ? html`<p part="excerpt" class="excerpt" dir="auto">${view.excerpt}</p>` : nothing}
        ${
          view.iso || source
            ? html`<p part="meta" class="meta">
                ${view.iso ? html`<time part="date" datetime=${view.iso}>${view.dateText}</time>` : nothing}
                ${view.iso && source ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}
                ${source ? html`<bdi part="source">${source}</bdi>` : nothing}
              </p>`
            : nothing
        }
      </div>
    </li>`;
  }

  /**
   * A click on an item's link (or Enter on it, which the browser turns into a click) fires
   * `reader-select`; one listener for the whole list instead of one per link.
   */
  private onListClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a[part~="link"]');
    const li = link?.closest('li');
    const list = event.currentTarget as HTMLElement;
    if (!link || !li || li.parentElement !== list) return;
    const index = Array.prototype.indexOf.call(list.children, li);
    const view = this.views[index];
    if (view) this.activateItem(event, view.item, index);
  }

  /**
   * The image sits over a fallback tile; a missing image shows the tile, a broken one hides itself on
   * `error`. `keyed` gives a new address a fresh `<img>`, so an earlier failure never sticks to it.
   */
  private renderThumbnail({ item, initial }: ItemView) {
    const image = item.image;
    return html`<div part="thumbnail" class="thumbnail">
      <span part="thumbnail-fallback" class="fallback" aria-hidden="true">${initial}</span>
      ${
        image
          ? keyed(
              image.src,
              html`<img
                part="image"
                src=${image.src}
                srcset=${image.srcset ?? nothing}
                sizes=${image.srcset ? '(max-width: 34rem) 6rem, 20rem' : nothing}
                alt=""
                loading="lazy"
                decoding="async"
                @error=${hideImage}
              />`,
            )
          : nothing
      }
    </div>`;
  }
}

function hideImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

/** The first letter or digit of a title (skipping opening quotes and the like), upper-cased. */
function initialOf(title: string): string {
  const start = title.search(/[\p{L}\p{N}]/u);
  return graphemes(title.slice(Math.max(0, start), Math.max(0, start) + 16))[0]?.toLocaleUpperCase() ?? '';
}

declare global {
  interface HTMLElementTagNameMap {
    'related-list': RelatedList;
  }
}
