/**
 * Knows whether the host can be seen: on screen (IntersectionObserver) and in a tab that is not hidden
 * (`visibilitychange`). Both are watched only while the host is connected, and released on disconnect.
 * Elements use it to stop animations and timers nobody can see.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addDocumentListener, pageHidden, removeDocumentListener } from '../core/platform.js';

export class VisibilityController implements ReactiveController {
  /** The host intersects the viewport (assumed true until the first observation, and where unsupported). */
  onScreen = true;
  /** The page's tab is not hidden. */
  pageVisible = true;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  /** On screen and in a visible tab. */
  get visible(): boolean {
    return this.onScreen && this.pageVisible;
  }

  private changed(): void {
    this.host.requestUpdate();
    this.onChange?.();
  }

  private readonly onVisibilityChange = () => {
    const visible = !pageHidden();
    if (visible === this.pageVisible) return;
    this.pageVisible = visible;
    this.changed();
  };

  hostConnected(): void {
    this.pageVisible = !pageHidden();
    addDocumentListener('visibilitychange', this.onVisibilityChange);
    if (typeof IntersectionObserver !== 'function') return;
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry || entry.isIntersecting === this.onScreen) return;
      this.onScreen = entry.isIntersecting;
      this.changed();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    removeDocumentListener('visibilitychange', this.onVisibilityChange);
    this.observer?.disconnect();
    this.observer = undefined;
    this.onScreen = true;
  }
}
