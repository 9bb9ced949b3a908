/**
 * An element's data: which of the owner's inputs wins, loading it, and the status (shaped like
 * `@lit/task`: pending, ready or error, with a `render({ pending, ready, error })`).
 *
 * The inputs, latest first:
 * - the element's data property (`article`, `items`), given as a property or as JSON in the attribute;
 * - `src`, a URL (or `#id` of inline data in the page), fetched through `DeferredSourceController`, lazily with
 *   `loading="lazy"`;
 * - when the owner gives neither, a `<script type="application/json">` child (`InlineDataController`).
 *
 * Whichever of the data property and `src` the owner set last wins: `el.src = u; el.article = a` in one
 * task ends with the article, and so does an article given while `src` is still on its way (its late
 * answer is dropped). The controller holds both values: the element's `src` and data property are
 * accessors for `src` and `input` here, so every set, from an attribute or a property, is seen in order.
 * The element calls `update()` at the start of its `willUpdate`, so its derived state sees the new status.
 *
 * It runs without a DOM: `update()` only records what to load; the fetch, the viewport observer and the
 * inline script's reading start once the host is connected (`hostConnected`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fail, ok, type ReaderInputError, type Result } from '../core/errors.js';
import { InlineDataController } from '../sources/inline-data-controller.js';
import { LazyController } from '../sources/lazy-controller.js';
import { DeferredSourceController } from '../sources/deferred-source-controller.js';
import { oneOf } from './attribute-values.js';

const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
const DEFAULT_TIMEOUT_SECONDS = 10;

/** `idle`: no input yet; `pending`: loading; `ready`: data to show; `error`: the input could not be used. */
export type DataStatus = 'idle' | 'pending' | 'ready' | 'error';

/** The host's properties the controller reads (the reader elements' `format`, `credentials`, … attributes). */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  format?: string;
  credentials: RequestCredentials;
  /** Seconds. */
  timeout: number;
  loading: 'eager' | 'lazy';
}

export interface DataRenderers<T, R> {
  /** Before any input (defaults to `pending`). */
  idle?: () => R;
  pending: () => R;
  ready: (value: T) => R;
  error: (error: ReaderInputError) => R;
}

export class DataController<T> implements ReactiveController {
  status: DataStatus = 'idle';
  /** The last data that was ready (kept through a later error, so what the element derived from it stays valid). */
  value?: T;
  error?: ReaderInputError;

  /** Counts the owner's changes to the data property and `src` (a refresh's answer is not one). */
  ownerChanges = 0;
  /** Which input the owner set last: that one wins. */
  private winner?: 'data' | 'src';
  /** The owner's data and `src` as given. */
  private given: unknown;
  private url?: string;
  /** What changed since the last `update()`. */
  private changed = { data: false, src: false };
  /** The `format` at the last `update()`. */
  private format?: string;
  /** A settled status not yet reported with an event (see `takeOutcome`). */
  private outcome?: 'ready' | 'error';

  private readonly source: DeferredSourceController;
  private readonly lazy: LazyController;

  /**
   * Set while a lazy piece the normalizer needs for the latest input is loading (the full date parser):
   * the status stays as it was (the placeholder, or the data shown before a refresh) and the host's
   * `updateComplete` waits for it. Never rejects.
   */
  preparing?: Promise<void>;
  /** Counts settles, so a late preparation for input that was replaced since is dropped. */
  private settles = 0;

  /**
   * @param normalize turns the owner's data (any shape, or the attribute's parse failure) into the
   *   element's data, or an error
   * @param loadFirst what `normalize` must load before it can read this input (a promise that never
   *   rejects), or undefined when nothing is missing
   */
  constructor(
    private readonly host: DataHost,
    private readonly normalize: (input: unknown) => Result<T>,
    private readonly loadFirst?: (input: unknown) => Promise<void> | undefined,
  ) {
    host.addController(this);
    this.source = new DeferredSourceController(host, (result) => this.settle(result));
    this.lazy = new LazyController(host);
    new InlineDataController(
      host,
      () => this.winner === undefined && !this.url,
      () => host.format,
      (result) => this.settle(result),
    );
  }

  /** The owner's data as given (the attribute's parse failure included): the element's data property. */
  get input(): unknown {
    return this.given;
  }
  set input(value: unknown) {
    this.winner = 'data';
    if (!Object.is(value, this.given)) {
      this.changed.data = true;
      this.ownerChanges++;
    }
    this.given = value;
  }

  /** The element's `src`. */
  get src(): string | undefined {
    return this.url;
  }
  set src(value: string | undefined) {
    if (Object.is(value, this.url)) return;
    if (value !== undefined && value !== null) this.winner = 'src';
    this.changed.src = true;
    this.ownerChanges++;
    this.url = value;
  }

  /** True when `src` is the input in force (a failed load can be retried). */
  get fromSource(): boolean {
    return this.winner === 'src';
  }

  /** Takes the inputs that changed since the last update; the host calls it first thing in `willUpdate`. */
  update(): void {
    const { data, src } = this.changed;
    this.changed = { data: false, src: false };
    const format = this.host.format !== this.format;
    this.format = this.host.format;
    // A new `format` re-reads the same `src` with another adapter (parsed once per format in the cache).
    if (!data && !src && !(format && this.winner === 'src')) return;
    if (this.winner === 'src' && this.url) {
      this.load();
    } else {
      this.lazy.cancel();
      this.source.abort();
      if (this.given !== undefined) this.settle(ok(this.given));
      else {
        this.settles++;
        this.preparing = undefined;
        this.status = 'idle';
      }
    }
  }

  /** Fetches `src` again (a periodic refresh) while what is shown stays on screen. */
  reload(): void {
    if (this.winner === 'src' && this.url) this.load();
  }

  /** Loads `src` again after a failed load, showing the placeholder meanwhile (the error box's Retry). */
  retry(): void {
    if (this.winner !== 'src' || !this.url) return;
    this.status = 'pending';
    this.host.requestUpdate();
    this.load();
  }

  /** Shows an error found after the data itself was fine (its body could not be prepared, say); the next good input recovers. */
  fail(message: string): void {
    this.settle(fail(message));
  }

  /**
   * The settled status not yet reported, once: the host fires `reader-load` or `reader-error` for it
   * when `canReport(outcome)` says it may (its words are in, its content complete).
   */
  takeOutcome(canReport: (outcome: 'ready' | 'error') => boolean): 'ready' | 'error' | undefined {
    const outcome = this.outcome;
    if (!outcome || !canReport(outcome)) return undefined;
    this.outcome = undefined;
    return outcome;
  }

  /** Renders the status: `pending` while loading (and before any input unless `idle` is given). */
  render<R>(renderers: DataRenderers<T, R>): R {
    switch (this.status) {
      case 'ready':
        return renderers.ready(this.value as T);
      case 'error':
        return renderers.error(this.error!);
      case 'idle':
        return (renderers.idle ?? renderers.pending)();
      default:
        return renderers.pending();
    }
  }

  hostConnected(): void {
    // A load aborted by disconnecting (or asked for before the host was in a page) starts now.
    if (this.winner === 'src' && this.status === 'pending' && !this.source.loading && !this.preparing) this.load();
  }

  private load(): void {
    const host = this.host;
    if (!this.url) return;
    if (this.status !== 'ready' && this.status !== 'pending') {
      this.status = 'pending';
      host.requestUpdate();
    }
    // Only in a page: a host created and dropped in one task, or rendered on a server, sends nothing
    // (`hostConnected` starts the load if it comes into a page).
    const load = () => {
      if (!this.url || !host.isConnected) return;
      // A word or number these attributes do not take is read as their default (attribute-values.ts).
      const credentials = oneOf(host, 'credentials', host.credentials, CREDENTIALS);
      const timeoutMs = Math.max(0.1, Number.isFinite(host.timeout) ? host.timeout : DEFAULT_TIMEOUT_SECONDS) * 1000;
      this.source.load(this.url, { credentials, timeoutMs, format: host.format });
    };
    if (!host.isConnected) return;
    if (host.loading === 'lazy') this.lazy.whenNear(load);
    else load();
  }

  /** Takes raw input (or a failure to get it) to the ready or error state; first loads what normalizing it needs. */
  private settle(result: Result<unknown>, prepared = false): void {
    const host = this.host;
    const settle = ++this.settles;
    this.preparing = undefined;
    const wait = result.ok && !prepared ? this.loadFirst?.(result.value) : undefined;
    if (wait) {
      if (this.status !== 'ready' && this.status !== 'pending') {
        this.status = 'pending';
        host.requestUpdate();
      }
      this.preparing = wait.then(() => {
        if (settle === this.settles) this.settle(result, true);
      });
      return;
    }
    if (result.ok) {
      const normalized = this.normalize(result.value);
      if (!normalized.ok) return this.settle(normalized);
      for (const warning of [...result.warnings, ...normalized.warnings]) console.warn(`<${host.localName}>: ${warning}`);
      this.value = normalized.value;
      this.error = undefined;
      this.status = 'ready';
      this.outcome = 'ready';
    } else {
      // The precise detail is for the owner: the console (once per error) and the event.
      if (result.error !== this.error) console.warn(`<${host.localName}>: ${result.error.message}`);
      this.error = result.error;
      this.status = 'error';
      this.outcome = 'error';
    }
    host.requestUpdate();
  }
}
