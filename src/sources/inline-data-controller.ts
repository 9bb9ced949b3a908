/**
 * Inline data: an element may carry its data in a `<script type="application/json">` (or
 * `application/ld+json`) child, so a server-rendered page needs no second request:
 *
 *   <article-view><script type="application/json">{"title": "…"}</script></article-view>
 *
 * The script is read when the host connects and again when it changes (a parser still streaming the page
 * may add it after the element is upgraded). Scripts of these types never run. A server render's
 * `data-reader-hydrate` script is not inline data: the element reads it itself (base/hydration.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fail, type Result } from '../core/errors.js';
import { withFeedReader } from './feed-reader-loader.js';
import { HYDRATE_SCRIPT } from '../base/hydration.js';

// Not the element's own JSON-LD, and not a server render's hydration data (read synchronously when the
// element connects, see base/hydration.ts, never through the format engine).
const SELECTOR = ['application/json', 'application/ld+json']
  .map((type) => `:scope > script[type="${type}" i]:not([data-reader-structured-data]):not(${HYDRATE_SCRIPT})`)
  .join(', ');

export class InlineDataController implements ReactiveController {
  private observer?: MutationObserver;
  private lastText?: string;

  /**
   * @param hasNoOtherInput whether the host has no other input (no `src`, no data property or attribute)
   * @param onResult gets the inline data as reader JSON, or an error
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hasNoOtherInput: () => boolean,
    private readonly format: () => string | undefined,
    private readonly onResult: (result: Result<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** The inline script child, if any. */
  get script(): HTMLScriptElement | null {
    return this.host.querySelector<HTMLScriptElement>(SELECTOR);
  }

  private read = (): void => {
    const script = this.script;
    const text = script?.textContent ?? undefined;
    if (!script || text === this.lastText || !this.hasNoOtherInput()) return;
    this.lastText = text;
    withFeedReader(
      (reader) => {
        // Still the latest text, and still the host's only input, once the format code is here.
        if (this.lastText === text && this.hasNoOtherInput()) this.onResult(reader.inlineResult(script, this.format(), 'The inline JSON'));
      },
      (error) =>
        this.onResult(
          fail(`The inline JSON could not be read (${error instanceof Error ? error.message : String(error)}).`, 'invalid-shape'),
        ),
    );
  };

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(this.read);
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
