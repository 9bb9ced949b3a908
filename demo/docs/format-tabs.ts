/**
 * The formats page's field-by-field table has a column per feed format: seven columns do not fit a
 * reading column. It becomes one tab per format (widget part | that format's field, readable at any
 * width) and a last tab with the whole comparison.
 */
import { createTabs } from './tabs.js';

export /** One tab per format column: "widget part | that format's field"; the last tab is the whole table. */
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
