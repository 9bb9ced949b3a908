/**
 * What every reader element shares: its attributes (`src`, `theme`, `locale`, …), the controllers for its
 * data (`DataController`), language (`LocaleController`) and live refresh, the typed `emit`, and the
 * default render (placeholder, error box, or the subclass's `renderData`). A subclass declares its data
 * property (`article`, `items`) and the `DataController` that reads it.
 */
import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ReaderInputError } from '../core/errors.js';
import { errorReason, isRetryable, type Messages } from '../core/messages.js';
import { LocaleController } from './locale-controller.js';
import type { DataController } from './data-controller.js';
import { JsonParseFailure, parseJsonText } from '../core/model.js';
import type { RefreshController } from './refresh-controller.js';
import { keyed } from 'lit/directives/keyed.js';
import { ReaderErrorEvent, ReaderLoadEvent, type ReaderEventMap } from './events.js';
import { aNumber, oneOf } from './attribute-values.js';
import { loadMessages } from '../core/messages.js';
import { afterNextPaint, readServerRender, skipHydration, willHydrate, type ServerRender } from './hydration.js';

export type Theme = 'auto' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const LOADINGS = ['eager', 'lazy'] as const;

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
  /**
   * Colour scheme: `auto` follows the host page's `color-scheme` (dark only on a page that supports dark and a
   * reader whose system prefers it); `light` or `dark` force one.
   */
  // Reflected attributes leave their defaults unwritten (`useDefault`), here and in the subclasses: a
  // hydrating element must not write an attribute the server's markup did not have.
  @property({ reflect: true, useDefault: true }) theme: Theme = 'auto';

  /**
   * URL to fetch the data from (reader JSON or a feed format: JSON Feed, WordPress REST, RSS, Atom, schema.org
   * JSON-LD, Ghost). Relative URLs resolve against the page. `#some-id` reads the JSON in the page's
   * `<script type="application/json" id="some-id">` instead of fetching.
   */
  @property()
  get src(): string | undefined {
    return this.data.src;
  }
  set src(value: string | undefined) {
    this.data.src = value;
  }

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

  /**
   * The IANA time zone absolute dates are written in (`Asia/Shanghai`); unset, the reader's own. A server
   * render sets the zone it renders for; an unknown zone is taken as the reader's.
   */
  @property({ attribute: false }) timeZone?: string;

  /**
   * While the element hydrates a server-rendered shadow root (its first update), what the server rendered
   * with: that update reproduces the server's render exactly (Lit adopts the nodes without comparing
   * them), and the next one, right after, is the reader's (their page language, clock, time zone, motion
   * preference). Undefined otherwise.
   */
  protected hydrating?: ServerRender;
  /** The update that turns the server's render into the reader's, scheduled when hydrating ends. */
  private afterHydration?: Promise<void>;

  /** The clock for relative dates: `now`, else the server's while hydrating, else the reader's. */
  protected get clock(): Date {
    return this.now ?? this.hydrating?.now ?? new Date();
  }

  /** The zone for absolute dates: `timeZone`, else the server's while hydrating, else the reader's (undefined). */
  protected get zone(): string | undefined {
    return this.timeZone ?? this.hydrating?.timeZone;
  }

  /**
   * The data (the `src` above and the subclass's data property are its inputs), its loading and its
   * status. The subclass creates it with its normalizer, and declares its data property as an accessor
   * for `data.input`.
   */
  protected abstract readonly data: DataController<T>;

  /**
   * Live refresh (`refresh`, `announce`), a lazy chunk: loaded after the first update with `refresh` on,
   * so a page that never refreshes never downloads it. The live region itself is rendered here.
   */
  private refresher?: RefreshController<T>;
  private refresherRequested = false;

  private loadRefresher(): void {
    this.refresherRequested = true;
    this.whenLoaded(import('./refresh-controller.js')).then(
      ({ RefreshController }) => {
        this.refresher = new RefreshController<T>(this, {
          reload: () => this.reload(),
          data: () => (this.data.status === 'ready' ? this.data.value : undefined),
          ownerChanges: () => this.data.ownerChanges,
          describe: (before, after) => this.describeRefresh(before, after),
        });
      },
      () => console.warn(`<${this.localName}>: \`refresh\` is off: its code failed to load.`),
    );
  }

  /** What the live region says when a refresh replaced `before` with `after` (`announce`); '' says nothing. */
  protected describeRefresh(_before: T, _after: T): string {
    return '';
  }

  /** The element's content once data is ready. */
  protected abstract renderData(data: T): TemplateResult | typeof nothing;

  /** The UI language (`locale`), its direction and its words; see `LocaleController`. */
  protected readonly l10n = new LocaleController(this, {
    server: () => this.hydrating,
    chosen: () => this.locale,
    content: () => this.contentLang(),
    overrides: () => this.messages,
  });

  /** The content's own language, which `<article-view>` uses as its locale when the owner sets none. */
  protected contentLang(): string | undefined {
    return undefined;
  }

  /** Lazy pieces on their way (see `whenLoaded`). */
  private readonly loads = new Set<Promise<unknown>>();

  /**
   * Marks a lazy piece of the element as on its way (the ticker's motion, say): `updateComplete` waits
   * for it, and the element updates once it is in. Returns `load`.
   */
  protected whenLoaded<L>(load: Promise<L>): Promise<L> {
    const settled = load.then(
      () => undefined,
      () => undefined,
    );
    this.loads.add(settled);
    void settled.then(() => {
      this.loads.delete(settled);
      this.requestUpdate();
    });
    return load;
  }

  /**
   * Also waits for the words of the language, for what the data needs before it can be read (the full
   * date parser), for the lazy pieces on their way and, after hydrating, for the reader's own update, so
   * `await el.updateComplete` sees the final text. An update requested while the last one settled counts
   * too: the reader's update right after hydrating, or a page language the observer just saw, is only
   * requested there, and learns that it needs new words only once it runs. Never rejects for what it
   * waits for (every wait settles, a language that fails to load included).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let waits = this.waits(); waits.length > 0 || this.isUpdatePending; waits = this.waits()) {
      await Promise.all(waits);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** What `updateComplete` still waits for (promises that never reject). */
  private waits(): Array<Promise<unknown>> {
    return [this.l10n.pending, this.data.preparing, this.afterHydration, ...this.loads].filter((wait) => wait !== undefined);
  }

  /**
   * A server-rendered shadow root (declarative shadow DOM) is already attached when the element connects.
   * With Lit's hydration support loaded (`reader-widgets/hydrate`) and the server's data next to it (or
   * the data given already), the first update hydrates it. Otherwise (the plain build, or no data) the element renders
   * anew in an emptied root: its content is never shown twice, and the server's article body is kept
   * (`takeServerContent`). Either way the server's data is the element's input: nothing is fetched or parsed again.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    const root = super.createRenderRoot();
    const server = readServerRender(this);
    // The owner's own data, given before the element connected, wins over the server's.
    if (server && this.data.input === undefined && !this.src) this.data.input = server.data;
    if (!existing) {
      // Server markup whose declarative shadow root was not parsed (inserted with innerHTML, say): the
      // data was used above; the body is in the unparsed template.
      const template = this.querySelector<HTMLTemplateElement>(':scope > template[shadowrootmode]');
      if (server && template) this.takeServerContent(template.content, server);
      return root;
    }
    // Hydrate or render anew: decided at the first update (`scheduleUpdate`), once data bound by a
    // hydrating parent template is in. Lit's `hydrate()` connects such a host (it removes its
    // `defer-hydration`) before it sets the host's properties.
    this.serverRoot = { root: existing, server };
    return root;
  }

  /** The server-rendered shadow root found on connecting, until the first update decides what to do with it. */
  private serverRoot?: { root: ShadowRoot; server: ServerRender | undefined };

  /**
   * Hydrates from the server's data, or from data given already (a property bound by a hydrated parent
   * template). Without either, the first update could not match the server's DOM: the root is emptied.
   */
  private adoptOrClear({ root, server }: NonNullable<typeof this.serverRoot>): void {
    if (willHydrate(this) && this.data.input !== undefined) {
      this.hydrating = server ?? { data: undefined, serverBody: false, error: false };
      return;
    }
    skipHydration(this);
    this.takeServerContent(root, server);
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    this.renderOptions.renderBefore = root.firstChild;
  }

  /**
   * Takes what a server render holds that the client cannot make again (an article's body) out of its
   * shadow root before the root is emptied (or out of the unparsed template's content).
   */
  protected takeServerContent(_root: DocumentFragment, _server: ServerRender | undefined): void {}

  /**
   * Hydrating: the first update waits for the words of the server's language (a placeholder instead of
   * the server's content would not match it), and for the page's next paint (`afterNextPaint`), so
   * hydration never delays the first paint of the server's content; that content stays on screen meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.serverRoot) {
      this.adoptOrClear(this.serverRoot);
      this.serverRoot = undefined;
    }
    if (!this.hydrating) return super.scheduleUpdate();
    return Promise.all([loadMessages(this.hydrating.lang), afterNextPaint()]).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkAttributeValues(changed);
    this.data.update();
    // The server showed an error for data the browser finds fine (a body over the limits, say): so does the client.
    if (this.hydrating?.error && this.data.status === 'ready') this.data.fail('The server could not render this content.');
    this.l10n.resolve();
  }

  /**
   * Tells the owner about a value an attribute does not take (see attribute-values.ts): every number
   * attribute, and the words of `theme` and `loading` (the styles and the data controller use their
   * defaults for any other word). The subclass's own words are checked where they are used.
   */
  private checkAttributeValues(changed: PropertyValues<this>): void {
    const properties = (this.constructor as typeof LitElement).elementProperties;
    for (const name of changed.keys()) {
      const options = properties.get(name);
      if (options?.type !== Number) continue;
      const attribute = typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
      aNumber(this, attribute, this[name as keyof this] as number | undefined, undefined);
    }
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, THEMES);
    if (changed.has('loading')) oneOf(this, 'loading', this.loading, LOADINGS);
  }

  /** Fetches `src` again (periodic refresh) while the current content stays on screen. */
  protected reload(): void {
    this.data.reload();
  }

  /** False while part of the content is still on its way (e.g. the sanitizer for a body). */
  protected isContentComplete(): boolean {
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.refresherRequested && this.refresh > 0 && Number.isFinite(this.refresh)) this.loadRefresher();
    if (this.hydrating) {
      // Hydrated: render once more for the reader (only what differs from the server's render changes).
      this.hydrating = undefined;
      this.afterHydration = Promise.resolve().then(() => {
        this.afterHydration = undefined;
        this.requestUpdate();
      });
    }
    const data = this.data;
    // Reported once every lazy piece the element is waiting for is in, so listeners see it whole.
    const outcome = data.takeOutcome(
      (outcome) => !this.l10n.pending && this.loads.size === 0 && (outcome === 'error' || this.isContentComplete()),
    );
    if (outcome === 'error') {
      const error = data.error!;
      this.emit(new ReaderErrorEvent({ error, message: error.message, status: error.status }));
    } else if (outcome === 'ready') {
      this.emit(new ReaderLoadEvent<T>({ data: data.value as T }));
    }
  }

  /** Fires one of the elements' events (see events.ts); returns false when a listener cancelled it. */
  protected emit(event: ReaderEventMap[keyof ReaderEventMap]): boolean {
    return this.dispatchEvent(event);
  }

  /** Loads `src` again after a failed load (the error box's Retry button). */
  retry(): void {
    this.data.retry();
  }

  protected override render() {
    const placeholder = () =>
      html`<div part="placeholder" class="placeholder" aria-busy="true" aria-label=${this.l10n.messages.loading}></div>`;
    // No word is shown before the language's words are in. Content already on screen (a hydrated server
    // render switching to the page's language, say) stays as it is meanwhile: a placeholder in its place
    // would change the element's height and shift the page twice.
    if (this.l10n.pending) return this.shownContent ?? placeholder();
    const content = this.data.render({
      pending: placeholder,
      ready: (data) => html`${this.renderData(data)}${this.renderLiveRegion()}`,
      error: (error) => this.renderError(error),
    });
    this.shownContent = this.data.status === 'ready' ? content : undefined;
    return content;
  }

  /** The last content rendered with its words in (see `render`). */
  private shownContent?: unknown;

  /** The polite live region (only with `announce`; rendered before there is anything to say, so screen readers watch it). */
  private renderLiveRegion() {
    if (!this.announce) return nothing;
    const said = this.refresher?.announcement;
    return html`<div part="announcement" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      ${said ? keyed(this.refresher!.announcements, html`<span>${said}</span>`) : nothing}
    </div>`;
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
        isRetryable(error) && this.data.fromSource
          ? html`<button type="button" part="retry-button" class="retry" @click=${this.retry}>${words.retry}</button>`
          : nothing
      }
      <small part="error-detail" class="error-detail" lang="en" dir="ltr">${error.message}</small>
    </div>`;
  }
}
