// The formats page's field-by-field table, read at the width of the docs' reading column at 1280 px.
import { expect, fixture, html } from '@open-wc/testing';
import { formatTabs } from '../../demo/docs/format-tabs.js';
import { markdownToHtml } from '../../demo/docs/markdown.js';

/** The reading column at a 1280 px window: navigation and contents take the rest. */
const COLUMN = 766;

async function formatsTable() {
  const css = await (await fetch('/demo/docs/docs.css')).text();
  const markdown = await (await fetch('/demo/docs/formats.md')).text();
  const host = await fixture<HTMLElement>(
    html`<div style="width: ${COLUMN}px">
      <style>
        ${css}
      </style>
    </div>`,
  );
  const holder = document.createElement('div');
  holder.innerHTML = markdownToHtml(markdown);
  const table = [...holder.querySelectorAll('table')].find((t) => t.rows[0].cells.length > 3)!;
  const wrap = document.createElement('div');
  wrap.className = 'table-scroll md-table';
  wrap.append(table);
  host.append(wrap);
  return { host, table, wrap };
}

describe('docs formats table', () => {
  it('does not fit the reading column as one table (why it has tabs)', async () => {
    const { wrap } = await formatsTable();
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
  });

  it('shows one format per tab, every column of it inside the reading column', async () => {
    const { host, table, wrap } = await formatsTable();
    const formats = [...table.rows[0].cells].slice(1).map((cell) => cell.textContent!.trim());
    const tabs = formatTabs(table, wrap);
    host.append(tabs);
    const names = [...tabs.querySelectorAll('[role=tab]')].map((tab) => tab.textContent);
    expect(names).to.deep.equal([...formats, 'All formats']);
    expect(formats).to.include.members(['JSON Feed 1.1', 'RSS 2.0', 'Ghost Content API']);
    for (const tab of tabs.querySelectorAll<HTMLElement>('[role=tab]')) {
      if (tab.textContent === 'All formats') continue;
      tab.click();
      const panel = document.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(false);
      expect(panel.scrollWidth, tab.textContent!).to.be.at.most(panel.clientWidth);
      const rows = [...panel.querySelectorAll('tr')];
      expect(rows[0].textContent).to.contain(tab.textContent);
      expect(rows.length).to.equal(table.rows.length);
    }
  });

  it('keeps the whole comparison in the last tab', async () => {
    const { host, table, wrap } = await formatsTable();
    const tabs = formatTabs(table, wrap);
    host.append(tabs);
    [...tabs.querySelectorAll<HTMLElement>('[role=tab]')].at(-1)!.click();
    expect(wrap.hidden).to.equal(false);
    expect(wrap.querySelector('table')).to.equal(table);
  });
});
