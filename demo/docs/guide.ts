/// <reference types="vite/client" />
// A guide page: its text is the Markdown file named by <html data-markdown="…"> (demo/docs/<name>.md,
// which GitHub shows as well), rendered at load from the text Vite bundles at build time.
import { setUpPage } from './docs.js';
import { markdownToHtml } from './markdown.js';
import { MARKDOWN_PAGES } from './pages.js';

const sources = import.meta.glob<string>(['./*.md', '!./api.md'], { query: '?raw', import: 'default' });
const name = document.documentElement.dataset.markdown;
const load = sources[`./${name}.md`];
const main = document.querySelector('.docs-main')!;
main.innerHTML = load
  ? markdownToHtml(await load(), { headingOffset: 0, sitePages: MARKDOWN_PAGES })
  : `<h1>Not found</h1><p>This page has no text yet.</p>`;
for (const table of main.querySelectorAll('table')) table.outerHTML = `<div class="table-scroll md-table">${table.outerHTML}</div>`;
main.querySelector('h1 + p')?.classList.add('lead');
setUpPage();
