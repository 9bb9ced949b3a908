/**
 * Body videos keep their poster out of `poster` until they come near the viewport: no engine loads a
 * poster lazily, so an article far down the page would fetch every poster at once (telling the feed's
 * server the page was opened). The sanitizer parks the checked URL here; the element puts it back.
 */

/** The attribute a body video's poster URL waits in (already through the URL gate). */
export const DEFERRED_POSTER = 'data-rw-poster';

/** Gives a video its poster back (it starts loading). */
export function showPoster(video: Element): void {
  const poster = video.getAttribute(DEFERRED_POSTER);
  video.removeAttribute(DEFERRED_POSTER);
  if (poster !== null) video.setAttribute('poster', poster);
}
