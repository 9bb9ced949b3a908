/// <reference types="vite/client" />
/**
 * The search index of the whole site, built from the pages' own sources: each page's HTML and Markdown
 * (bundled as text by Vite at build time), and the API rows of custom-elements.json. Loaded on first use.
 */
import { apiTables, elementDoc } from './manifest.js';
import { markdownToHtml } from './markdown.js';
import { MARKDOWN_PAGES, PAGES, type SitePage } from './pages.js';
import { sectionsOf, type SearchEntry } from './search.js';

const html = import.meta.glob<string>('./*.html', { query: '?raw', import: 'default' });
const markdown = import.meta.glob<string>(['./*.md', '!./api.md'], { query: '?raw', import: 'default' });

/** The Markdown source of a page, wherever the file lives. */
function markdownSource(name: string) {
  const path = Object.keys(markdown).find((file) => file.endsWith(`/${name}.md`));
  return path ? markdown[path]() : Promise.resolve('');
}

/** The rows of an element's API tables, one entry each, linking to the row. */
export function apiEntries(page: SitePage): SearchEntry[] {
  const doc = page.element ? elementDoc(page.element) : undefined;
  if (!doc) return [];
  return apiTables(doc).flatMap((table) =>
    table.rows.map((row) => ({
      page: `${page.label} · ${table.caption}`,
      href: `${page.href}#${row.id}`,
      heading:
        [row.attribute, row.property && row.property !== row.attribute ? `.${row.property}` : ''].filter(Boolean).join(' ') || row.id,
      text: [row.description, row.type ? `Type: ${row.type}.` : '', row.default ? `Default: ${row.default}.` : '']
        .filter(Boolean)
        .join(' '),
    })),
  );
}

export async function loadSiteIndex(): Promise<SearchEntry[]> {
  const parser = new DOMParser();
  const pages = await Promise.all(
    PAGES.map(async (page) => {
      const source = await html[`./${page.href}`]?.();
      const entries: SearchEntry[] = [];
      if (source) {
        const main = parser.parseFromString(source, 'text/html').querySelector('.docs-main');
        if (main) entries.push(...sectionsOf(main, page));
      }
      if (page.markdown) {
        const body = parser.parseFromString(
          `<main>${markdownToHtml(await markdownSource(page.markdown), { headingOffset: 0, sitePages: MARKDOWN_PAGES })}</main>`,
          'text/html',
        ).body.firstElementChild!;
        entries.push(...sectionsOf(body, page));
      }
      return [...entries, ...apiEntries(page)];
    }),
  );
  return pages.flat();
}
