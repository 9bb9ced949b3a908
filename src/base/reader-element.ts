/**
 * The small base every reader element shares: where its data comes from (attribute, property or `src`,
 * latest wins), the loading / error / ready states, the `reader-*` events, language and theme.
 * What an element shows once it has data is the subclass's `renderData`.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fail, ok, type ReaderInputError, type Result } from '../core/errors.js';
import { errorReason, isRetryable, type Messages } from '../core/messages.js';
import { LocaleController } from './locale-controller.js';
import { InlineDataController } from '../sources/inline-controller.js';
import { LazyController } from '../sources/lazy-controller.js';
import { SourceLink } from '../sources/source-link.js';
import { JsonParseFailure, parseJsonText } from '../core/model.js';
import { RefreshController } from './refresh-controller.js';
import { ReaderErrorEvent, ReaderLoadEvent, type ReaderEventMap } from './events.js';

export type ReaderStatus = 'idle' | 'loading' | 'ready' | 'error';
export type Theme = 'auto' | 'light' | 'dark';

/** The `messages` attribute: a JSON object, or nothing (with a warning for the owner) when it is not one. */
function messagesFromAttribute(text: string | null): Partial<Messages> | undefined {
  if (text === null) return undefined;
  const value = parseJsonText(text, 'messages');
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonParseFailure)) return value;
  console.warn(
    `reader-widgets: the \`messages\` attribute was ignored: ${value instanceof JsonParseFailure ? value.message : 'expected a JSON object.'}`,
  );
  return undefined;
}

export abstract class ReaderElement<T> extends LitElement {
  /** Colour scheme: `auto` follows the reader's system setting; `light` or `dark` force one. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /**
   * URL to fetch the data from (reader JSON or a feed format: JSON Feed, WordPress REST, RSS, Atom, schema.org
   * JSON-LD, Ghost). Relative URLs resolve against the page. `#some-id` reads the JSON in the page's
   * `<script type="application/json" id="some-id">` instead of fetching.
   */
  @property()
  get src(): string | undefined {
    return this.srcInput;
  }
  set src(value: string | undefined) {
    // Recorded here, not in willUpdate: `el.src = u; el.article = a` in one task must end with the article.
    if (value !== this.srcInput && value !== undefined && value !== null) this.lastInput = 'src';
    this.srcInput = value;
  }
  private srcInput?: string;

  /** Forces a source format instead of detecting it (`reader`, `jsonfeed`, `wordpress`, `rss`, `atom`, `jsonld`, `ghost`). */
  @property() format?: string;

  /** Whether the `src` request sends cookies: `omit`, `same-origin` or `include`. */
  @property() credentials: RequestCredentials = 'omit';

  /** Seconds to wait for `src` before showing an error. */
  @property({ type: Number }) timeout = 10;

  /** `lazy` waits to fetch `src` until the element is near the viewport (the placeholder holds its space). */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /**
   * The widget's language (BCP 47, e.g. `zh-CN`): its own words, dates, numbers and the direction of its
   * controls (`ar` lays them out right to left). Unset: the nearest `lang` on the element or an ancestor,
   * watched (for `<article-view>`, the article's own `lang` first). The content keeps its own language.
   */
  @property() locale?: string;

  /**
   * Replaces any of the widget's own words: an object, or JSON in the attribute
   * (`messages='{"minRead": "{n} min"}'`). Keys are those of `Messages`; `{n}` is the number; `minRead` and
   * `views` may give plural forms (`{"one": "{n} read", "other": "{n} reads"}`).
   */
  @property({ converter: { fromAttribute: messagesFromAttribute } }) messages?: Partial<Messages>;

  /**
   * Seconds between re-fetches of `src` (0: never; at least 1). The reader keeps their place (focus, scroll,
   * the shown headline); nothing is fetched while the tab is hidden, and the server is asked only whether
   * the feed changed (an unchanged feed costs a 304).
   */
  @property({ type: Number }) refresh = 0;

  /** Says what a refresh brought ("3 new items") in a polite live region. Off by default: nothing is announced. */
  @property({ type: Boolean }) announce = false;

  /** The clock used for relative dates; tests and server-rendered snapshots pin it. Defaults to now. */
  @property({ attribute: false }) now?: Date;

  @state() protected status: ReaderStatus = 'idle';
  @state() protected data?: T;
  @state() protected error?: ReaderInputError;

  /** Which input the owner gave last: that one wins. */
  private lastInput?: 'data' | 'src';
  /** The owner's data as given (the subclass's `article` / `items` getter returns it). */
  protected dataInput: unknown;
  private pendingEvent?: 'load' | 'error';

  protected readonly source = new SourceLink(this, (result) => this.applyResult(result));
  private readonly lazy = new LazyController(this);
  /** Data in a `<script type="application/json">` child, used when the owner gives nothing else. */
  protected readonly inline = new InlineDataController(
    this,
    () => this.lastInput === undefined && !this.src,
    () => this.format,
    (result) => this.applyResult(result),
  );

  protected readonly refresher = new RefreshController<T>(this, {
    reload: () => this.reload(),
    data: () => (this.status === 'ready' ? this.data : undefined),
    describe: (before, after) => this.describeRefresh(before, after),
  });

  /** What the live region says when a refresh replaced `before` with `after` (`announce`); '' says nothing. */
  protected describeRefresh(_before: T, _after: T): string {
    return '';
  }

  /** Turns the owner's data (any shape) into the element's data, or an error. */
  protected abstract normalizeInput(input: unknown): Result<T>;
  /** The element's content once data is ready. */
  protected abstract renderData(data: T): TemplateResult | typeof nothing;

  /** Subclasses call this from their data property's setter (`article`, `items`). */
  protected receiveData(value: unknown): void {
    this.dataInput = value;
    this.lastInput = 'data';
  }

  /** The UI language (`locale`), its direction and its words; see `LocaleController`. */
  protected readonly l10n = new LocaleController(this, {
    chosen: () => this.locale,
    content: () => this.contentLang(),
    overrides: () => this.messages,
  });

  /** The content's own language, which `<article-view>` uses as its locale when the owner sets none. */
  protected contentLang(): string | undefined {
    return undefined;
  }

  /** Also waits for the words of the language, so `await el.updateComplete` sees the final text. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.l10n.pending) {
      await this.l10n.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load aborted by disconnecting starts again when the element comes back.
    if (this.lastInput === 'src' && this.status === 'loading' && !this.source.loading) this.startLoad();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.takeInput(changed);
    this.l10n.resolve();
  }

  private takeInput(changed: PropertyValues<this>): void {
    const dataChanged = this.dataInputChanged(changed);
    // A new `format` re-reads the same `src` with another adapter (parsed once per format in the cache).
    const sourceChanged = changed.has('src') || (changed.has('format') && this.lastInput === 'src');
    if (!dataChanged && !sourceChanged) return;
    if (this.lastInput === 'src' && this.src) {
      this.startLoad();
    } else if (this.dataInput !== undefined) {
      this.lazy.cancel();
      this.source.abort();
      this.applyResult(ok(this.dataInput));
    } else {
      this.lazy.cancel();
      this.source.abort();
      this.status = 'idle';
    }
  }

  /** True when the subclass's data property changed in this update. */
  protected abstract dataInputChanged(changed: PropertyValues<this>): boolean;

  /** Fetches `src` again (periodic refresh) while the current content stays on screen. */
  protected reload(): void {
    if (this.lastInput === 'src' && this.src) this.startLoad();
  }

  private startLoad(): void {
    if (!this.src) return;
    if (this.status !== 'ready') this.status = 'loading';
    // An element removed before its first update (created and dropped in one task) sends nothing; the
    // check in connectedCallback starts the load if it comes back.
    const load = () =>
      this.src &&
      this.isConnected &&
      this.source.load(this.src, { credentials: this.credentials, timeoutMs: Math.max(0.1, this.timeout) * 1000, format: this.format });
    if (this.loading === 'lazy') this.lazy.whenNear(load);
    else load();
  }

  /** Takes raw input (or a failure to get it) to the ready or error state. */
  private applyResult(result: Result<unknown>): void {
    if (result.ok) {
      const normalized = this.normalizeInput(result.value);
      if (!normalized.ok) return this.applyResult(normalized);
      for (const warning of [...result.warnings, ...normalized.warnings]) console.warn(`<${this.localName}>: ${warning}`);
      this.data = normalized.value;
      this.error = undefined;
      this.status = 'ready';
      this.pendingEvent = 'load';
    } else {
      // The precise detail is for the owner: the console (once per error) and the event.
      if (result.error !== this.error) console.warn(`<${this.localName}>: ${result.error.message}`);
      this.error = result.error;
      this.status = 'error';
      this.pendingEvent = 'error';
    }
  }

  /** Shows the error state (e.g. content that failed after the data itself was fine); the next good input recovers. */
  protected showError(message: string): void {
    this.applyResult(fail(message));
  }

  /** False while part of the content is still on its way (e.g. the sanitizer for a body). */
  protected isContentComplete(): boolean {
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingEvent === 'error' && this.error && !this.l10n.pending) {
      this.pendingEvent = undefined;
      this.emit(new ReaderErrorEvent({ error: this.error, message: this.error.message, status: this.error.status }));
    } else if (this.pendingEvent === 'load' && !this.l10n.pending && this.isContentComplete()) {
      this.pendingEvent = undefined;
      this.emit(new ReaderLoadEvent<T>({ data: this.data as T }));
    }
  }

  /** Fires one of the elements' events (see events.ts); returns false when a listener cancelled it. */
  protected emit(event: ReaderEventMap[keyof ReaderEventMap]): boolean {
    return this.dispatchEvent(event);
  }

  /** Loads `src` again after a failed load (the error box's Retry button). */
  retry(): void {
    if (this.lastInput === 'src' && this.src) {
      this.status = 'loading';
      this.startLoad();
    }
  }

  protected override render() {
    const words = this.l10n.messages;
    switch (this.l10n.pending ? 'loading' : this.status) {
      case 'ready':
        return html`${this.renderData(this.data as T)}${this.refresher.renderLiveRegion()}`;
      case 'error':
        return this.renderError(this.error!);
      default:
        return html`<div part="placeholder" class="placeholder" aria-busy="true" aria-label=${words.loading}></div>`;
    }
  }

  /**
   * The reader's message, in the reader's language, with Retry when loading again may help. The owner's
   * detail (English, technical) is in `reader-error` and the console; the `error-detail` part holds it
   * too, hidden unless a page shows it with `::part(error-detail) { display: block }`.
   */
  private renderError(error: ReaderInputError) {
    const words = this.l10n.messages;
    return html`<div part="error" class="error" role="alert" lang=${this.l10n.locale} dir=${this.l10n.dir}>
      <p class="error-message"><strong>${words.errorPrefix}</strong> ${errorReason(words, error)}</p>
      ${
        isRetryable(error) && this.lastInput === 'src'
          ? html`<button type="button" part="retry-button" class="retry" @click=${this.retry}>${words.retry}</button>`
          : nothing
      }
      <small part="error-detail" class="error-detail" lang="en" dir="ltr">${error.message}</small>
    </div>`;
  }
}
