/**
 * The docs site's shared page furniture: the library itself (compiled from src/), the side navigation,
 * search, the theme switch, the table of contents, framework tabs and copy buttons on code, and the API
 * tables read from custom-elements.json (the same manifest the package ships, generated from the JSDoc).
 */
import '../../src/index.js';
import { apiTables, elementDoc, type ApiRow } from './manifest.js';
import { PAGES } from './pages.js';
import { createSearchBox } from './search-box.js';
import { enhanceCodeTabs } from './tabs.js';
import { assignHeadingIds, buildToc } from './toc.js';

export { elements, elementDoc } from './manifest.js';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Inline `code` spans in manifest descriptions become <code>; everything else stays text. */
function richText(text = ''): DocumentFragment {
  const fragment = document.createDocumentFragment();
  text
    .split(/(`[^`]+`)/)
    .forEach((piece) => fragment.append(piece.startsWith('`') && piece.endsWith('`') ? el('code', {}, piece.slice(1, -1)) : piece));
  return fragment;
}

const code = (text?: string) => (text ? el('code', {}, text) : '');

/** The attribute, and the property when it is spelled differently (or when there is no attribute). */
function names(row: ApiRow) {
  const cell = el('span', { className: 'api-name' });
  if (row.attribute) cell.append(code(row.attribute));
  if (row.property && row.property !== row.attribute)
    cell.append(el('span', { className: 'api-prop' }, row.attribute ? '.' : 'property .', row.property));
  return cell;
}

/** Which columns each table has: events, slots and parts have no type or default. */
const COLUMNS: Record<string, Array<[string, (row: ApiRow) => Node | string]>> = {
  'api-attributes-and-properties': [
    ['Attribute / property', names],
    ['Type', (row) => code(row.type)],
    ['Default', (row) => code(row.default)],
    ['Description', (row) => richText(row.description)],
  ],
  'api-css-custom-properties': [
    ['Property', (row) => code(row.attribute)],
    ['Default', (row) => code(row.default)],
    ['Description', (row) => richText(row.description)],
  ],
};
const NAME_COLUMNS: Record<string, string> = { 'api-events': 'Event', 'api-slots': 'Slot', 'api-css-parts': 'Part' };

/** The API tables of one element, straight from custom-elements.json. */
export function renderApi(tag: string): DocumentFragment {
  const doc = elementDoc(tag);
  const out = document.createDocumentFragment();
  if (!doc) {
    out.append(el('p', {}, `No manifest entry for <${tag}>.`));
    return out;
  }
  for (const table of apiTables(doc)) {
    const columns = COLUMNS[table.id] ?? [
      [NAME_COLUMNS[table.id] ?? 'Name', (row: ApiRow) => code(row.attribute)],
      ['Description', (row: ApiRow) => richText(row.description)],
    ];
    const head = el('tr', {}, ...columns.map(([heading]) => el('th', { scope: 'col' }, heading)));
    const body = table.rows.map((row) => el('tr', { id: row.id }, ...columns.map(([, cell]) => el('td', {}, cell(row)))));
    out.append(
      el(
        'section',
        { className: 'api-section' },
        el('h3', { id: table.id }, table.caption),
        el('div', { className: 'table-scroll' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...body))),
      ),
    );
  }
  return out;
}

/** The side navigation, grouped as the pages list says. */
function navigation(): HTMLElement {
  const here = location.pathname.split('/').pop() || 'index.html';
  const nav = el('nav', { className: 'docs-nav', ariaLabel: 'Documentation' });
  for (const group of new Set(PAGES.map((page) => page.group))) {
    const list = el('ul');
    for (const page of PAGES.filter((p) => p.group === group)) {
      const link = el('a', { href: `./${page.href}` }, page.label);
      if (page.href === here) link.setAttribute('aria-current', 'page');
      list.append(el('li', {}, link));
    }
    nav.append(el('p', { className: 'nav-group' }, group), list);
  }
  nav.append(el('p', { className: 'nav-foot' }, el('a', { href: '../index.html' }, '← Portal demo')));
  return nav;
}

function setUpTheme(): void {
  const select = document.querySelector<HTMLSelectElement>('#docs-theme');
  const stored = localStorage.getItem('reader-docs-theme') ?? 'auto';
  const apply = (theme: string) => {
    document.documentElement.dataset.theme = theme;
    for (const widget of document.querySelectorAll('article-view, related-list, trending-ticker')) widget.setAttribute('theme', theme);
    document.dispatchEvent(new CustomEvent('docs-theme-change'));
  };
  if (select) {
    select.value = stored;
    select.addEventListener('change', () => {
      localStorage.setItem('reader-docs-theme', select.value);
      apply(select.value);
    });
  }
  apply(stored);
}

/**
 * The page furniture: navigation, search, theme switch, API tables, heading anchors, the table of contents,
 * framework tabs and copy buttons. Every docs page calls this once, after putting its own content in.
 */
export function setUpPage(): void {
  const shell = document.querySelector('.docs-shell');
  const nav = navigation();
  shell?.prepend(nav);
  // On a phone the navigation is one sideways-scrolling row: bring the current page into it.
  const current = nav.querySelector<HTMLElement>('[aria-current=page]');
  if (current && nav.scrollWidth > nav.clientWidth) nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  const brand = document.querySelector('.docs-brand');
  brand?.after(createSearchBox(async () => (await import('./site-index.js')).loadSiteIndex()));
  setUpTheme();

  const main = document.querySelector<HTMLElement>('.docs-main');
  for (const mount of document.querySelectorAll<HTMLElement>('[data-api]')) mount.append(renderApi(mount.dataset.api!));
  if (main) {
    assignHeadingIds(main);
    const toc = buildToc(main);
    if (toc) {
      shell?.append(toc);
      shell?.classList.add('has-toc');
    }
  }
  enhanceCodeTabs();
  for (const block of document.querySelectorAll<HTMLElement>('pre > code'))
    addCopyButton(block.parentElement!, () => block.textContent ?? '');
  // Content added after the first layout moved the target of a #fragment: go there again.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

export function addCopyButton(host: HTMLElement, text: () => string): void {
  const button = el('button', { type: 'button', className: 'copy' }, 'Copy');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
  host.classList.add('has-copy');
  host.append(button);
}

/** Loads one of the demo's data files (served from demo/data/). */
export async function data<T = unknown>(name: string): Promise<T> {
  const response = await fetch(new URL(`../${name}`, location.href));
  return response.json() as Promise<T>;
}

/** A fixed clock for the examples, so relative dates read the same in every screenshot. */
export const DOCS_NOW = new Date('2025-12-05T12:00:00Z');
