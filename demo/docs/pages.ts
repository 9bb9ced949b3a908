/** The docs site's pages, in navigation order. Plain data: the navigation, the search index and the tests read it. */
export interface SitePage {
  href: string;
  label: string;
  group: 'Start' | 'Elements' | 'Guides';
  /** The page's text is this Markdown file of demo/docs/ (readable on GitHub too), rendered into the page. */
  markdown?: string;
  /** The element whose API tables the page shows (from custom-elements.json). */
  element?: string;
}

export const PAGES: readonly SitePage[] = [
  { href: 'index.html', label: 'Getting started', group: 'Start' },
  { href: 'frameworks.html', label: 'Frameworks', group: 'Start' },
  { href: 'article-view.html', label: '<article-view>', group: 'Elements', element: 'article-view' },
  { href: 'related-list.html', label: '<related-list>', group: 'Elements', element: 'related-list' },
  { href: 'trending-ticker.html', label: '<trending-ticker>', group: 'Elements', element: 'trending-ticker' },
  { href: 'formats.html', label: 'Data formats', group: 'Guides', markdown: 'formats' },
  { href: 'theming.html', label: 'Theming', group: 'Guides' },
  { href: 'languages.html', label: 'Languages', group: 'Guides', markdown: 'languages' },
  { href: 'performance.html', label: 'Loading and size', group: 'Guides', markdown: 'performance' },
  { href: 'server-rendering.html', label: 'Server rendering', group: 'Guides', markdown: 'server-rendering' },
];

/** The Markdown files that are pages, for links between them (`languages.md` → `languages.html`). */
export const MARKDOWN_PAGES = PAGES.flatMap((page) => (page.markdown ? [page.markdown] : []));
