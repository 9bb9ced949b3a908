/**
 * Loads an element's `src`: fetches it, turns the body into reader JSON, and hands the host a result.
 * One controller per element; a new load aborts the one in flight, and a late answer never overwrites
 * a newer one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fail, type Result } from '../core/errors.js';
import { isFetchableUrl } from '../core/urls.js';
import { toReaderJson } from './formats/detect.js';

export interface SourceOptions {
  credentials: RequestCredentials;
  /** Milliseconds before the request is given up. */
  timeoutMs: number;
  format?: string;
}

export class SourceController implements ReactiveController {
  private inFlight?: AbortController;
  private generation = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly onResult: (result: Result<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading `url`, cancelling any earlier load. */
  load(url: string, options: SourceOptions): void {
    this.abort();
    const generation = ++this.generation;
    const controller = new AbortController();
    this.inFlight = controller;
    void this.fetchData(url, options, controller.signal).then((result) => {
      if (generation !== this.generation || controller.signal.aborted) return;
      this.inFlight = undefined;
      this.onResult(result);
    });
  }

  /** Cancels the load in flight, if any; its answer will be ignored. */
  abort(): void {
    this.generation++;
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  get loading(): boolean {
    return this.inFlight !== undefined;
  }

  hostDisconnected(): void {
    this.abort();
  }

  private async fetchData(url: string, options: SourceOptions, signal: AbortSignal): Promise<Result<unknown>> {
    if (!isFetchableUrl(url)) return fail(`The address "${url.slice(0, 100)}" is not an http(s) URL.`, 'fetch-failed');
    const timedOut = new AbortController();
    const timeout = setTimeout(() => timedOut.abort(), options.timeoutMs);
    const onAbort = () => timedOut.abort();
    signal.addEventListener('abort', onAbort);
    try {
      const response = await fetch(url, { credentials: options.credentials, signal: timedOut.signal, headers: { Accept: 'application/json, application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' } });
      if (!response.ok) return fail(`The feed answered ${response.status} ${response.statusText || ''}`.trim() + '.', 'http', response.status);
      const body = await response.text();
      return toReaderJson(body, response.headers.get('content-type') ?? '', options.format);
    } catch (error) {
      if (timedOut.signal.aborted && !signal.aborted) return fail(`The feed took longer than ${Math.round(options.timeoutMs / 1000)} s to answer.`, 'timeout');
      return fail(`The feed could not be reached (${error instanceof Error ? error.message : String(error)}).`, 'fetch-failed');
    } finally {
      clearTimeout(timeout);
      signal.removeEventListener('abort', onAbort);
    }
  }
}
