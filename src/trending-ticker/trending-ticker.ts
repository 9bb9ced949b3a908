import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../base/heading.js';
import { ReaderListElement, itemIdentity } from '../base/reader-list-element.js';
import type { Article } from '../core/model.js';
import { tidyEllipsis, truncate } from '../core/text.js';
import { MediaQueryController } from '../base/media-query-controller.js';
import { oneOf } from '../base/attribute-values.js';
import type { TickerMode, TickerMotion } from './motion-controller.js';
import { trendingTickerStyles } from './trending-ticker.styles.js';

export type { TickerMode } from './motion-controller.js';

const MODES: readonly TickerMode[] = ['scroll', 'rotate', 'static'];
const DEFAULT_EXCERPT_LENGTH = 48;

/** `key`, or `key` with a suffix if an earlier item already has it (two items with one title, say). */
function uniqueKey(key: string, seen: Set<string>): string {
  while (seen.has(key)) key += '+';
  seen.add(key);
  return key;
}

/** What a click carries that decides where a link opens: the button and the modifier keys, and where it was. */
const mouseInit = (event: MouseEvent): MouseEventInit => ({
  button: event.button,
  buttons: event.buttons,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  shiftKey: event.shiftKey,
  altKey: event.altKey,
  clientX: event.clientX,
  clientY: event.clientY,
  screenX: event.screenX,
  screenY: event.screenY,
  detail: event.detail,
  view: event.view,
});

/** One shown headline with its display text, prepared in `willUpdate` (the marquee renders it several times). */
interface Headline {
  item: Article;
  index: number;
  key: string;
  title: string;
  excerpt: string;
}
const headlineKey = (headline: Headline) => headline.key;

/**
 * Trending headlines with short excerpts: a continuous marquee, one headline at a time, or a ranked list.
 *
 * Motion follows the WAI-ARIA carousel guidance: it pauses while a pointer is over the headlines or
 * keyboard focus is on one of them, has a visible pause/play button, never moves under
 * `prefers-reduced-motion` (the marquee becomes the ranked list, rotation becomes manual), announces
 * nothing by itself, and every headline is reachable with Tab. It runs on the compositor (Web Animations
 * transforms) and stops while off screen or in a hidden tab.
 *
 * @tag trending-ticker
 * @summary Trending headlines that scroll, rotate, or sit in a ranked list; accessible and light on the main thread.
 *
 * @slot heading - Replaces the heading text ("Trending" / "热门", or the `heading` attribute).
 *
 * @fires {ReaderLoadEvent} reader-load - Data arrived and has rendered. `detail: { data }` with the normalized articles.
 * @fires {ReaderErrorEvent} reader-error - The input could not be used. `detail: { error, message, status? }`.
 * @fires {ReaderSelectEvent} reader-select - A headline was activated (click or keyboard); cancelable, so an SPA can route instead. `detail: { item, url, index }`.
 *
 * @csspart ticker - The `<section>` around the heading, controls and headlines.
 * @csspart header - The row holding the heading and the controls.
 * @csspart heading - The heading.
 * @csspart controls - The group of buttons.
 * @csspart control - Every button (pause/play, previous, next).
 * @csspart pause-button - The pause/play button.
 * @csspart previous-button - The previous-headline button (`rotate` mode).
 * @csspart next-button - The next-headline button (`rotate` mode).
 * @csspart viewport - The clipped window the headlines move in.
 * @csspart track - The moving strip of the marquee (`scroll` mode).
 * @csspart list - A list of headlines (the marquee's hidden copies carry it too).
 * @csspart item - One headline's list item.
 * @csspart current - The headline shown now (`rotate` mode).
 * @csspart rank - The rank number (with the `ranks` attribute).
 * @csspart link - The headline's link (a button when the article has no URL).
 * @csspart title - The headline text.
 * @csspart excerpt - The short excerpt after the headline.
 * @csspart progress - The bar showing the time until the next headline (`rotate` mode).
 * @csspart empty - The text shown for an empty list.
 * @csspart placeholder - The box that holds the space while loading.
 * @csspart error - The message shown when the input cannot be used (`role="alert"`).
 * @csspart announcement - The polite live region saying what a refresh brought (only with `announce`); visually hidden.
 * @csspart retry-button - The error's Retry button (after a failed `src` load).
 * @csspart error-detail - The technical detail of an error, for the site owner; hidden unless shown (`display: block`).
 *
 * @cssprop [--reader-color-text=light-dark(#1b1d21, #e6e6e6)] - Headline colour.
 * @cssprop [--reader-color-muted=light-dark(#5f6670, #a0a6b0)] - Excerpt and rank colour.
 * @cssprop [--reader-color-accent=light-dark(#0b57d0, #8ab4f8)] - Top ranks, progress bar and focus ring.
 * @cssprop [--reader-color-surface=light-dark(#ffffff, #15171b)] - Buttons, and the background when a theme is forced.
 * @cssprop [--reader-color-background=transparent] - The element's own background.
 * @cssprop [--reader-color-subtle=light-dark(#f3f4f6, #22252b)] - Placeholder and progress track.
 * @cssprop [--reader-color-border=light-dark(#e3e5e8, #30343b)] - Button borders and separators.
 * @cssprop [--reader-color-error=light-dark(#b3261e, #f2b8b5)] - Error text and border.
 * @cssprop [--reader-font-family=system-ui, …] - Text font.
 * @cssprop [--reader-font-family-cjk='PingFang SC', …] - Font for Chinese, Japanese and Korean text.
 * @cssprop [--reader-font-size=1rem] - Base text size.
 * @cssprop [--reader-space=1rem] - Base spacing unit.
 * @cssprop [--reader-radius=8px] - Corner radius of the placeholder and error.
 * @cssprop [--reader-gap=2rem] - Space between headlines in the marquee (and a fraction of it in the list).
 * @cssprop [--reader-ticker-height=2.5rem] - Height of the moving strip in `scroll` and `rotate` modes.
 * @cssprop [--reader-ticker-speed=40] - Marquee speed in pixels per second when the `speed` attribute is not set.
 * @cssprop [--reader-ticker-fade=1.5rem] - Width of the soft edges of the marquee (0 for hard edges).
 * @cssprop [--reader-ticker-transition=400ms] - Duration of the change between headlines in `rotate` mode.
 * @cssprop [--reader-rank-color=var(--reader-color-accent)] - Colour of the top three ranks.
 * @cssprop [--reader-heading-size=1rem] - Heading size.
 * @cssprop [--reader-placeholder-height=the header and the mode's height (`static`: `limit`, else 5, items)] - Space held while loading (set it to the expected height for zero layout shift).
 */
export class TrendingTicker extends ReaderListElement {
  static override styles = trendingTickerStyles;

  /** `scroll` (continuous marquee), `rotate` (one headline at a time) or `static` (a ranked list). */
  @property({ reflect: true, useDefault: true }) mode: TickerMode = 'scroll';

  /** Marquee speed in pixels per second (`scroll` mode). Defaults to `--reader-ticker-speed`, then 40. */
  @property({ type: Number }) speed?: number;

  /** Seconds each headline stays in `rotate` mode (at least 1). */
  @property({ type: Number }) interval = 5;

  /** Shows rank numbers (1, 2, 3 …) before the headlines. */
  @property({ type: Boolean, reflect: true, useDefault: true }) ranks = false;

  /** Heading text; defaults to "Trending" in the page's language. An empty value hides the heading (the region keeps its name). */
  @property() heading?: string;

  /** Level of the heading (1-6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Widest an excerpt may be, in display columns (a CJK character counts 2). 0 hides excerpts. */
  @property({ type: Number, attribute: 'excerpt-length' }) excerptLength = DEFAULT_EXCERPT_LENGTH;

  /** Shows at most this many headlines (0: all). */
  @property({ type: Number }) limit = 0;

  /** Motion stopped by the reader (the pause button) or by the owner. */
  @property({ type: Boolean, reflect: true, useDefault: true }) paused = false;

  /** The headline shown in `rotate` mode. */
  @state() private current = 0;
  /** Hidden copies the marquee needs to loop without a gap. */
  @state() private copies = 1;
  private currentKey?: string;
  private shownData?: Article[];
  private headlines: Headline[] = [];

  /** The reader asked for less motion: the marquee becomes the ranked list, rotation becomes manual. */
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  /**
   * Everything that moves, a lazy chunk loaded after the first render that can move (`loadMotion`);
   * until it is in, the headlines stand still (and `updateComplete` waits for it).
   */
  private motion?: TickerMotion;
  private motionRequested = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('mode')) oneOf(this, 'mode', this.mode, MODES);
    const listChanged = this.data.value !== this.shownData || changed.has('limit');
    if (listChanged || changed.has('excerptLength')) this.headlines = this.prepareHeadlines();
    if (listChanged) {
      // New data (a refresh, say) or a new limit: stay on the headline the reader was looking at (by
      // identity, from the first one on), if it is still there.
      this.shownData = this.data.value;
      const kept = this.currentKey === undefined ? -1 : this.headlines.findIndex((h) => h.key === this.currentKey);
      this.current = kept >= 0 ? kept : Math.min(this.current, Math.max(0, this.headlines.length - 1));
      this.currentKey = this.headlines[this.current]?.key;
    }
  }

  /** The headlines `limit` lets through, their excerpts cut to `excerpt-length` once, not per render or copy. */
  private prepareHeadlines(): Headline[] {
    const data = this.data.value ?? [];
    const items = this.limit > 0 ? data.slice(0, this.limit) : data;
    const seen = new Set<string>();
    const length = Number.isFinite(this.excerptLength) ? this.excerptLength : DEFAULT_EXCERPT_LENGTH;
    return items.map((item, index) => ({
      item,
      index,
      key: uniqueKey(itemIdentity(item), seen),
      title: tidyEllipsis(item.title),
      excerpt: length > 0 && item.summary ? tidyEllipsis(truncate(item.summary, length)) : '',
    }));
  }

  /** The mode in force (an unknown `mode` value is taken as `scroll`); the motion controller reads it too. */
  get motionMode(): TickerMode {
    return oneOf(this, 'mode', this.mode, MODES);
  }

  /** The mode actually shown: `scroll` becomes the ranked list when the reader prefers reduced motion. */
  private get shownMode(): TickerMode {
    const mode = this.motionMode;
    return mode === 'scroll' && this.prefersReducedMotion ? 'static' : mode;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.motionRequested && this.shownMode !== 'static' && !this.prefersReducedMotion && this.headlines.length > 0) {
      this.loadMotion();
    }
  }

  /**
   * Loads the motion controller, once. A failed load (a network error fetching the chunk) leaves the
   * headlines still, every one of them reachable, rather than retrying on every update.
   */
  private loadMotion(): void {
    this.motionRequested = true;
    void this.whenLoaded(import('./motion-controller.js')).then(
      ({ TickerMotion }) => {
        this.motion = new TickerMotion(this, {
          onAdvance: () => this.show(this.current + 1),
          onCopiesNeeded: (copies) => {
            if (copies !== this.copies) this.copies = copies;
          },
          reducedMotion: this.reducedMotion,
        });
        // A pointer or keyboard focus that arrived before the controller did holds the motion too.
        const viewport = this.renderRoot.querySelector('.viewport');
        if (viewport?.matches(':hover')) this.motion.setHovered(true);
        if (viewport?.matches(':focus-within')) this.motion.setFocused(true);
      },
      () => undefined,
    );
  }

  /**
   * The reader prefers reduced motion. Not while hydrating: a server cannot know it, so the server's
   * render (with motion) is hydrated first, and the update right after switches to the reader's.
   */
  private get prefersReducedMotion(): boolean {
    return !this.hydrating && this.reducedMotion.matches;
  }

  /** Shows headline `index` in `rotate` mode (wrapping around). */
  private show(index: number): void {
    const count = this.headlines.length;
    if (count === 0) return;
    this.current = ((index % count) + count) % count;
    this.currentKey = this.headlines[this.current].key;
  }

  private step(by: number): void {
    this.show(this.current + by);
    this.motion?.restartInterval();
  }

  protected override renderData() {
    const items = this.headlines;
    const mode = this.shownMode;
    const s = this.l10n.messages;
    const label = this.heading || s.trending;
    const heading = headingTag(this.headingLevel);
    const moving = mode !== 'static' && !this.prefersReducedMotion && items.length > 0;
    // The locale sets the direction (controls, motion); the header is in the locale, each headline in its own language.
    return html`<section part="ticker" class="ticker mode-${mode}" aria-labelledby="heading" dir=${this.l10n.dir}>
      <div part="header" class="header" lang=${this.l10n.locale}>
        ${
          this.heading === ''
            ? html`<span id="heading" class="visually-hidden">${label}</span>`
            : staticHtml`<${heading} part="heading" class="heading" id="heading"><slot name="heading">${label}</slot></${heading}>`
        }
        ${moving || (mode === 'rotate' && items.length > 1) ? this.renderControls(mode, moving) : nothing}
      </div>
      ${
        items.length === 0
          ? html`<p part="empty" class="empty" lang=${this.l10n.locale}>${s.empty}</p>`
          : mode === 'scroll'
            ? this.renderMarquee(items)
            : mode === 'rotate'
              ? this.renderRotator(items, moving)
              : html`<ol part="list" class="list">
                  ${repeat(items, headlineKey, (headline) => this.renderItem(headline))}
                </ol>`
      }
    </section>`;
  }

  private renderControls(mode: TickerMode, moving: boolean) {
    const s = this.l10n.messages;
    return html`<div part="controls" class="controls">
      ${
        mode === 'rotate'
          ? html`<button
              type="button"
              part="control previous-button"
              class="control"
              aria-label=${s.previous}
              title=${s.previous}
              @click=${() => this.step(-1)}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true"><path class="flip" d="M10 3 5 8l5 5" /></svg>
            </button>`
          : nothing
      }
      ${
        moving
          ? html`<button
              type="button"
              part="control pause-button"
              class="control"
              aria-label=${this.paused ? s.play : s.pause}
              title=${this.paused ? s.play : s.pause}
              @click=${() => (this.paused = !this.paused)}
            >
              ${
                this.paused
                  ? html`<svg viewBox="0 0 16 16" aria-hidden="true"><path class="flip fill" d="M5 3v10l8-5z" /></svg>`
                  : html`<svg viewBox="0 0 16 16" aria-hidden="true"><path class="fill" d="M4 3h3v10H4zM9 3h3v10H9z" /></svg>`
              }
            </button>`
          : nothing
      }
      ${
        mode === 'rotate'
          ? html`<button
              type="button"
              part="control next-button"
              class="control"
              aria-label=${s.next}
              title=${s.next}
              @click=${() => this.step(1)}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true"><path class="flip" d="m6 3 5 5-5 5" /></svg>
            </button>`
          : nothing
      }
    </div>`;
  }

  /** The list, then hidden copies of it (`aria-hidden`, `inert`) so the loop never shows a gap. */
  private renderMarquee(items: Headline[]) {
    return this.renderViewport(
      html`<div part="track" class="track">
        <ol part="list" class="group">
          ${repeat(items, headlineKey, (headline) => this.renderItem(headline))}
        </ol>
        ${Array.from(
          { length: this.copies },
          () =>
            html`<ol part="list" class="group copy" aria-hidden="true" inert>
              ${items.map((headline) => this.renderItem(headline))}
            </ol>`,
        )}
      </div>`,
      this.onCopyClick,
    );
  }

  private renderRotator(items: Headline[], moving: boolean) {
    return this.renderViewport(
      html`<ol part="list" class="slides" aria-live="off">
          ${repeat(items, headlineKey, (headline) => this.renderItem(headline, headline.index === this.current))}
        </ol>
        ${moving ? html`<div class="progress-track" aria-hidden="true"><div part="progress" class="progress"></div></div>` : nothing}`,
    );
  }

  /** The clipped window the headlines move in: motion pauses while a pointer or keyboard focus is on it. */
  private renderViewport(content: unknown, onClick?: (event: MouseEvent) => void) {
    return html`<div
      part="viewport"
      class="viewport"
      @pointerenter=${() => this.motion?.setHovered(true)}
      @pointerleave=${() => this.motion?.setHovered(false)}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
      @click=${onClick ?? nothing}
    >
      ${content}
    </div>`;
  }

  private renderItem({ item, index, title, excerpt }: Headline, current?: boolean) {
    const content = html`<span part="title" class="title" dir="auto">${title}</span>${
        excerpt ? html`<span part="excerpt" class="excerpt" dir="auto">${excerpt}</span>` : nothing
      }`;
    const activate = (event: MouseEvent) => this.activateItem(event, item, index);
    return html`<li
      part=${current === undefined ? 'item' : current ? 'item current' : 'item'}
      class=${current === undefined ? 'item' : current ? 'item slide current' : 'item slide'}
      data-index=${index}
      lang=${item.lang ?? nothing}
    >
      ${this.ranks ? html`<span part="rank" class="rank" aria-hidden="true">${index + 1}</span>` : nothing}
      ${
        item.url
          ? html`<a part="link" class="link" href=${item.url} @click=${activate}>${content}</a>`
          : html`<button type="button" part="link" class="link" @click=${activate}>${content}</button>`
      }
    </li>`;
  }

  private onFocusIn(event: FocusEvent): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('.item');
    this.motion?.setFocused(true);
    if (!item) return;
    if (this.shownMode === 'rotate') this.show(Number(item.dataset.index));
    else this.motion?.reveal(item);
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) this.motion?.setFocused(false);
  }

  /**
   * A click on a hidden copy (inert, so the click lands on the track) activates the headline under the
   * pointer: the same click, modifier keys included, so Ctrl/Meta/Shift-click opens a tab or window as it
   * would on the original (a plain `.click()` would lose them and navigate the page itself).
   */
  private onCopyClick(event: MouseEvent): void {
    if (!(event.target as HTMLElement).classList.contains('track')) return;
    for (const copy of this.renderRoot.querySelectorAll<HTMLElement>('.copy .item')) {
      const box = copy.getBoundingClientRect();
      if (event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom) {
        const original = this.renderRoot.querySelector<HTMLElement>(`.group:not(.copy) .item[data-index="${copy.dataset.index}"] .link`);
        original?.dispatchEvent(new MouseEvent('click', { ...mouseInit(event), bubbles: true, cancelable: true, composed: true }));
        return;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trending-ticker': TrendingTicker;
  }
}
