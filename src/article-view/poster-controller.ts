/**
 * Shows body video posters once the video comes near the viewport (the `loading="lazy"` of posters):
 * after each update, watches the videos whose poster still waits (see core/deferred-poster.ts) with an
 * IntersectionObserver using the same margin as lazy `src` loading. Observes only while connected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFERRED_POSTER, showPoster } from '../core/deferred-poster.js';
import { sourceSettings } from '../sources/settings.js';

const WAITING = `video[${DEFERRED_POSTER}]`;

export class PosterController implements ReactiveController {
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.watch();
  }

  hostConnected(): void {
    this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private watch(): void {
    const videos = this.host.renderRoot.querySelectorAll?.(WAITING);
    if (!videos?.length) return;
    if (typeof IntersectionObserver === 'undefined') return videos.forEach(showPoster);
    this.observer ??= new IntersectionObserver(
      (entries, observer) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          showPoster(entry.target);
        }
      },
      { rootMargin: sourceSettings.lazyMargin },
    );
    // Observing a video again is a no-op, so every update may hand over all that still wait.
    for (const video of videos) this.observer.observe(video);
  }
}
