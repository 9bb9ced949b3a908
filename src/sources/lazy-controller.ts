/**
 * `loading="lazy"` for `src`: holds a load back until the host comes near the viewport
 * (IntersectionObserver with a margin, `sourceSettings.lazyMargin`), then runs it once.
 * Observes only while the host is connected and a load is waiting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sourceSettings } from './settings.js';

export class LazyController implements ReactiveController {
  /** The host has come near the viewport at least once (loads no longer wait). */
  near = false;
  private waiting?: () => void;
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Runs `load` now if the host has been near the viewport, otherwise once it comes near. */
  whenNear(load: () => void): void {
    if (this.near || typeof IntersectionObserver === 'undefined') {
      this.near = true;
      load();
      return;
    }
    this.waiting = load;
    if (this.host.isConnected) this.observe();
  }

  /** Forgets a waiting load (the input changed to something that needs no fetch). */
  cancel(): void {
    this.waiting = undefined;
    this.disconnect();
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near = true;
        this.disconnect();
        const load = this.waiting;
        this.waiting = undefined;
        load?.();
      },
      { rootMargin: sourceSettings.lazyMargin },
    );
    this.observer.observe(this.host);
  }

  private disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostConnected(): void {
    if (this.waiting) this.observe();
  }

  hostDisconnected(): void {
    this.disconnect();
  }
}
