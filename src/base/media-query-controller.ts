/**
 * Follows a media query (e.g. `(prefers-reduced-motion: reduce)`) while the host is connected and
 * re-renders the host when it changes. The listener is removed on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  /** Whether the query matches now (false where `matchMedia` does not exist). */
  matches = false;
  private list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  private readonly onChange = (event: MediaQueryListEvent) => {
    if (event.matches === this.matches) return;
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.list = matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}
