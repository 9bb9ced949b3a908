/**
 * The script-tag file of a server-rendered page, dist/cdn/reader-widgets.hydrate.js: a loader of a few
 * hundred bytes that imports the hydrating elements (`./hydrate.js`) once the page has painted its first
 * content. The server's content is on screen and readable without them; fetching and compiling ~30 KiB of
 * script while the browser draws that first frame delayed it: in `npm run bench` (ssr rows), LCP 1.26–1.41×
 * the same static page with the elements loaded at once, about the no-script page's with them loaded after
 * the first contentful paint.
 */

const FIRST_CONTENTFUL_PAINT = 'first-contentful-paint';

/**
 * Whether the page's `load` event has passed (the loader can arrive late: injected, or from a slow CDN).
 * Read from Document.prototype, since a page's `<img name="readyState">` shadows `document.readyState`.
 */
function pageLoaded(): boolean {
  const readyState = Object.getOwnPropertyDescriptor(Document.prototype, 'readyState')?.get?.call(document);
  return readyState === 'complete';
}

/** Calls `start` `delay` ms after the page's load event (at once if it has passed). */
function afterLoad(start: () => void, delay: number): void {
  if (pageLoaded()) setTimeout(start, delay);
  else addEventListener('load', () => setTimeout(start, delay), { once: true });
}

/**
 * Calls `start` once: at the page's first contentful paint. A page that reports none (nothing to draw, a
 * background tab, a `display: none` frame) starts a second after its load event; a browser without paint
 * timing, at its load event.
 */
function afterFirstContentfulPaint(start: () => void): void {
  let observer: PerformanceObserver | undefined;
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  const paintTiming = PerformanceObserver.supportedEntryTypes?.includes('paint') ?? false;
  if (paintTiming) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) once();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  afterLoad(once, paintTiming ? 1000 : 0);
}

afterFirstContentfulPaint(() => {
  import('./hydrate.js').catch((error: unknown) => {
    // Never thrown into the host page: the server's content stays, only the elements' behaviour is missing.
    console.error('reader-widgets: the hydrating elements could not be loaded; the server-rendered content stays as it is.', error);
  });
});
