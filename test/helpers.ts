/** Shared test helpers: fixtures and shadow-DOM queries. */
export interface SeedPortal {
  article: Record<string, unknown> & { title: string; bodyHtml: string };
  related: unknown[];
  trending: Array<{ id: string; title: string; summary: string }>;
}

let seed: Promise<SeedPortal> | undefined;

/** The seed portal page (demo/data/seed-portal.json, the one copy the demo serves too), fresh for each caller. */
export async function loadSeed(): Promise<SeedPortal> {
  seed ??= fetch(new URL('../demo/data/seed-portal.json', import.meta.url)).then((r) => r.json());
  return structuredClone(await seed);
}

/** The first element in `el`'s shadow root with the given part name. */
export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** An element's text as a reader sees it: runs of white space as one space, trimmed; undefined for no element. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Waits for something the browser does in its rendering steps (a ResizeObserver callback, say): checks
 * `predicate` now and after each frame, and fails with `message` if it still does not hold after `frames`.
 */
export async function untilRendered(predicate: () => unknown, message: string, frames = 120): Promise<void> {
  for (let frame = 0; !predicate(); frame++) {
    if (frame >= frames) throw new Error(`Still not so after ${frames} frames: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
