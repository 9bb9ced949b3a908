/**
 * "On this page": a table of contents built from the page's `<h2>` and `<h3>` headings, with the section
 * being read marked as the reader scrolls (beside the text on wide screens, a disclosure above it on
 * narrow ones: the stylesheet decides).
 */
import { slug } from './slug.js';

/** Gives every `<h2>`/`<h3>` in `root` without an id one made from its text (the search index makes the same). */
export function assignHeadingIds(root: ParentNode): void {
  const used = new Set([...root.querySelectorAll('[id]')].map((element) => element.id));
  for (const heading of root.querySelectorAll<HTMLElement>('h1, h2, h3')) {
    if (!heading.id && heading.tagName !== 'H1') heading.id = slug(heading.textContent ?? '', used);
  }
}

/** The contents of `root` (its headings need ids), or null when there are fewer than three sections. */
export function buildToc(root: ParentNode): HTMLElement | null {
  // Headings inside examples and tab panels are content of a demo, not sections of the page.
  const headings = [...root.querySelectorAll<HTMLElement>('h2[id], h3[id]')].filter(
    (heading) => !heading.closest('.example, [role=tabpanel], .docs-toc'),
  );
  if (headings.length < 3) return null;
  const nav = document.createElement('nav');
  nav.className = 'docs-toc';
  nav.setAttribute('aria-labelledby', 'docs-toc-title');
  const details = document.createElement('details');
  // Open beside the text on wide screens; a closed disclosure above it on narrow ones.
  const wide = matchMedia('(min-width: 72rem)');
  details.open = wide.matches;
  wide.addEventListener('change', () => (details.open = wide.matches));
  const summary = document.createElement('summary');
  summary.id = 'docs-toc-title';
  summary.textContent = 'On this page';
  const list = document.createElement('ul');
  const links = new Map<Element, HTMLAnchorElement>();
  for (const heading of headings) {
    const link = document.createElement('a');
    link.href = `#${heading.id}`;
    link.textContent = heading.textContent?.trim() ?? '';
    const item = document.createElement('li');
    item.className = heading.tagName === 'H3' ? 'toc-sub' : '';
    item.append(link);
    list.append(item);
    links.set(heading, link);
  }
  details.append(summary, list);
  nav.append(details);
  followReading(headings, links);
  return nav;
}

/** Marks the link of the last heading that has scrolled past the top quarter of the window. */
function followReading(headings: HTMLElement[], links: Map<Element, HTMLAnchorElement>): void {
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const line = innerHeight / 4;
    let active = headings[0];
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= line) active = heading;
      else break;
    }
    const link = links.get(active);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    current = link;
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  requestAnimationFrame(update);
}
