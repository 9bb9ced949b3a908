/// <reference types="vite/client" />
// The data-format page: the format adapters' own reference (formats.md, the Markdown file GitHub shows)
// replaces the short table, rendered from the text Vite bundles at build time. Its wide field-by-field
// table becomes one tab per format (two readable columns at any width) plus the whole comparison.
import { setUpPage } from './docs.js';
import { markdownToHtml } from './markdown.js';
import { MARKDOWN_PAGES } from './pages.js';
import { createTabs } from './tabs.js';

const docs = import.meta.glob<string>(['./formats.md', '../../docs/formats.md'], { query: '?raw', import: 'default', eager: true });
const text = Object.values(docs)[0];
if (text) {
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
}
setUpPage();

/** One tab per format column: "widget part | that format's field"; the last tab is the whole table. */
function formatTabs(table: HTMLTableElement, whole: HTMLElement): HTMLElement {
  const [head, ...rows] = [...table.rows];
  const formats = [...head.cells].slice(1);
  const panels = formats.map((format, column) => {
    const single = document.createElement('table');
    const headRow = single.createTHead().insertRow();
    headRow.append(head.cells[0].cloneNode(true), format.cloneNode(true));
    const body = single.createTBody();
    for (const row of rows) {
      const copy = body.insertRow();
      copy.append(row.cells[0].cloneNode(true), row.cells[column + 1]?.cloneNode(true) ?? document.createElement('td'));
    }
    const panel = document.createElement('div');
    panel.className = 'table-scroll md-table format-table';
    panel.append(single);
    return { label: format.textContent!.trim(), panel };
  });
  whole.classList.add('format-matrix');
  const tabs = createTabs([...panels, { label: 'All formats', panel: whole }], { label: 'Format' });
  tabs.element.classList.add('format-tabs');
  return tabs.element;
}
