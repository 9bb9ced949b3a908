/**
 * Loads an element's `src`: through the page-wide cache (one request per URL, HTTP caching, stale-while-
 * revalidate), with a timeout, turning the body into reader JSON, and handing the host a result.
 * One controller per element; a new load aborts the one in flight, and a late answer never overwrites a
 * newer one. `src="#some-id"` reads the JSON in the page's element with that id instead of fetching.
 *
 * Part of the feed-reader chunk: the element holds a `DeferredSourceController`, which creates this once the chunk is in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fail, type Result } from '../core/errors.js';
import { fetchableUrl } from '../core/urls.js';
import { requestSource, type CachedResponse, type Outcome } from './cache.js';
import { toReaderJson } from './formats/detect.js';
import { sourceSettings } from './settings.js';
import { timeLeft, timeoutMessage, type SourceOptions } from './source-options.js';
import { elementById } from '../core/platform.js';

/** Reader JSON from a cached response, parsed once per format however many widgets use it. */
function parsed(response: CachedResponse, format: string | undefined): Result<unknown> {
  const key = `format:${format ?? ''}`;
  let result = response.derived.get(key) as Result<unknown> | undefined;
  if (!result) {
    result = toReaderJson(response.text, response.contentType, format, { baseUrl: response.url });
    response.derived.set(key, result);
  }
  return result;
}

/** Reader JSON from inline text: a `<script type="application/json">` (or `ld+json`) in the page. */
export function inlineResult(script: Element | null, format: string | undefined, what: string): Result<unknown> {
  if (!script) return fail(`${what} was not found in the page.`, 'invalid-shape');
  const text = script.textContent ?? '';
  const type = script.getAttribute('type') || 'application/json';
  if (text.trim() === '') return fail(`${what} is empty.`, 'invalid-shape');
  return toReaderJson(text, type, format);
}

/** The id a `#fragment` names; a malformed escape (`#%E0%A4%A`) is taken as written, never thrown. */
function fragmentId(url: string): string {
  try {
    return decodeURIComponent(url.slice(1));
  } catch {
    return url.slice(1);
  }
}

export class SourceController implements ReactiveController {
  private generation = 0;
  private unsubscribe?: () => void;
  private timer?: ReturnType<typeof setTimeout>;
  private pending = false;
  /** What the host shows now (cache key and response), so a failed refresh of it never blanks it. */
  private showing?: { key: string; format?: string; response: CachedResponse };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResult: (result: Result<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading `url`, cancelling any earlier load. */
  load(url: string, options: SourceOptions): void {
    this.stop();
    const generation = ++this.generation;
    if (url.startsWith('#')) {
      const id = fragmentId(url);
      const script = elementById(this.host.getRootNode(), id) ?? elementById(document, id);
      this.pending = true;
      queueMicrotask(() => {
        if (generation !== this.generation) return;
        this.pending = false;
        this.showing = undefined;
        this.onResult(inlineResult(script, options.format, `The inline data #${id}`));
      });
      return;
    }
    const absolute = fetchableUrl(url);
    if (!absolute) {
      this.pending = true;
      queueMicrotask(() => {
        if (generation !== this.generation) return;
        this.pending = false;
        this.onResult(fail(`The address "${url.slice(0, 100)}" is not an http(s) URL.`, 'fetch-failed'));
      });
      return;
    }
    const key = `${options.credentials} ${absolute} ${options.format ?? ''}`;
    const refreshing = this.showing?.key === key;
    if (!refreshing) this.showing = undefined;
    let delivered = false;
    this.pending = true;

    const finish = () => {
      this.pending = false;
      clearTimeout(this.timer);
      this.unsubscribe = undefined;
    };
    this.timer = setTimeout(() => {
      if (generation !== this.generation) return;
      this.unsubscribe?.();
      finish();
      if (delivered || refreshing)
        console.warn(`<${this.host.localName}>: refreshing ${absolute} gave up: ${timeoutMessage(options.timeoutMs)}`);
      else this.onResult(fail(timeoutMessage(options.timeoutMs), 'timeout'));
    }, timeLeft(options));

    // One request per URL for the whole page: widgets on the same feed share it (cache.ts).
    this.unsubscribe = requestSource(
      absolute,
      { credentials: options.credentials, timeoutMs: timeLeft(options), maxBytes: options.maxBytes ?? sourceSettings.maxBytes },
      (outcome: Outcome, final: boolean) => {
        if (generation !== this.generation) return;
        if (final) finish();
        if (!outcome.ok) {
          if (delivered || refreshing) console.warn(`<${this.host.localName}>: refreshing ${absolute} failed: ${outcome.error.message}`);
          else this.onResult(outcome);
          return;
        }
        if (this.showing?.key === key && this.showing.response === outcome.response) return; // nothing new
        delivered = true;
        this.showing = { key, format: options.format, response: outcome.response };
        this.onResult(parsed(outcome.response, options.format));
      },
    );
  }

  /** Cancels the load in flight, if any; its answer will be ignored. */
  abort(): void {
    this.stop();
    this.showing = undefined;
  }

  private stop(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.pending = false;
  }

  get loading(): boolean {
    return this.pending;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
