/**
 * The element's handle on `src` loading. The loading code itself (`SourceController`: HTTP, cache, feed
 * formats) is in the feed-reader chunk; this stands in for it until the chunk is here, so a page whose
 * widgets get their data as a property or attribute never downloads it. The request itself starts at
 * once (`early-fetch.ts`), in parallel with the feed reader. The latest load wins, before the feed reader has
 * arrived as after, and the timeout counts the wait for the feed reader too.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fail, type Result } from '../core/errors.js';
import { fetchableUrl } from '../core/urls.js';
import { fetchEarly } from './early-fetch.js';
import { feedReaderLoaded, withFeedReader } from './feed-reader-loader.js';
import type { SourceController } from './source-controller.js';
import { timeoutMessage, type SourceOptions } from './source-options.js';

export type { SourceOptions };

export class DeferredSourceController implements ReactiveController {
  private controller?: SourceController;
  /** Counts loads and aborts, so a feed reader that arrives late starts only the newest load. */
  private generation = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResult: (result: Result<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading `url`, cancelling any earlier load. */
  load(url: string, options: SourceOptions): void {
    if (this.controller) return this.controller.load(url, options);
    this.stop();
    const generation = this.generation;
    const startedAt = options.startedAt ?? performance.now();
    // `#id` names inline data in the page: nothing to fetch.
    const early = !feedReaderLoaded() && !url.startsWith('#') ? fetchableUrl(url) : undefined;
    if (early) fetchEarly(early, options.credentials);
    this.timer = setTimeout(() => {
      this.stop();
      this.onResult(fail(timeoutMessage(options.timeoutMs), 'timeout'));
    }, options.timeoutMs);
    withFeedReader(
      (reader) => {
        if (generation !== this.generation) return;
        this.stop();
        this.controller = new reader.SourceController(this.host, this.onResult);
        // The same owner's timeout, minus the wait for the feed reader.
        this.controller.load(url, { ...options, startedAt });
      },
      (error) => {
        if (generation !== this.generation) return;
        this.stop();
        const reason = error instanceof Error ? error.message : String(error);
        this.onResult(fail(`The feed reader could not be loaded (${reason}).`, 'fetch-failed'));
      },
    );
  }

  /** Cancels the load in flight, if any; its answer will be ignored. */
  abort(): void {
    this.stop();
    this.controller?.abort();
  }

  /** True while a load is waiting for the feed reader or for its answer. */
  get loading(): boolean {
    return this.timer !== undefined || (this.controller?.loading ?? false);
  }

  /** Forgets a load still waiting for the feed reader (the controller, once here, stops its own). */
  private stop(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }
}
