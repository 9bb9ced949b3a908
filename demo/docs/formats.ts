/// <reference types="vite/client" />
// The data-format page: the format adapters' own reference (demo/docs/formats.md, which GitHub shows too)
// rendered under the reader JSON table, from the text Vite bundles at build time. Its wide field-by-field
// table becomes one tab per format (two readable columns at any width) plus the whole comparison.
import { setUpPage } from './docs.js';
import { markdownToHtml } from './markdown.js';
import { MARKDOWN_PAGES } from './pages.js';
import { formatTabs } from './format-tabs.js';
import text from './formats.md?raw';

const target = document.querySelector('#formats-doc')!;
target.innerHTML = markdownToHtml(text.replace(/^# .*\n/, ''), { sitePages: MARKDOWN_PAGES });
for (const table of target.querySelectorAll('table')) {
  const wrap = document.createElement('div');
  wrap.className = 'table-scroll md-table';
  table.replaceWith(wrap);
  wrap.append(table);
  if (table.rows[0]?.cells.length > 3) {
    const [parent, next] = [wrap.parentNode!, wrap.nextSibling];
    parent.insertBefore(formatTabs(table, wrap), next); // formatTabs moves `wrap` into its last tab
  }
}
setUpPage();
