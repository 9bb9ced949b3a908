/**
 * The docs site's shared page furniture: the library itself (compiled from src/), the side navigation,
 * the theme switch, copy buttons on code, and the API tables read from custom-elements.json (the same
 * manifest the package ships, generated from the elements' JSDoc).
 */
import '../../src/index.js';
import manifest from '../../custom-elements.json';

interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
interface Attribute extends Named {
  fieldName?: string;
}
interface Member extends Named {
  kind: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
}
export interface ElementDoc {
  name: string;
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

export const elements: ElementDoc[] = (
  manifest as { modules: Array<{ declarations?: Array<Partial<ElementDoc> & { customElement?: boolean }> }> }
).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ElementDoc & { customElement: true } => Boolean(declaration.customElement && declaration.tagName));

export const elementDoc = (tag: string) => elements.find((element) => element.tagName === tag);

const PAGES = [
  { href: 'index.html', label: 'Getting started' },
  { href: 'article-view.html', label: '<article-view>' },
  { href: 'related-list.html', label: '<related-list>' },
  { href: 'trending-ticker.html', label: '<trending-ticker>' },
  { href: 'theming.html', label: 'Theming playground' },
  { href: 'frameworks.html', label: 'Frameworks' },
  { href: 'formats.html', label: 'Data formats' },
];

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

function table(caption: string, headings: string[], rows: Array<Array<Node | string>>) {
  if (rows.length === 0) return document.createDocumentFragment();
  const section = el(
    'section',
    { className: 'api-section' },
    el('h3', { id: `api-${caption.toLowerCase().replace(/\W+/g, '-')}` }, caption),
  );
  const head = el('tr', {}, ...headings.map((h) => el('th', { scope: 'col' }, h)));
  const body = rows.map((cells) => el('tr', {}, ...cells.map((cell) => el('td', {}, cell))));
  section.append(el('div', { className: 'table-scroll' }, el('table', {}, el('thead', {}, head), el('tbody', {}, ...body))));
  return section;
}

const code = (text?: string) => (text ? el('code', {}, text) : '');
const typeText = (text?: string) => text?.replace(/ \| undefined$/, '');

/** The attribute, and the property when it is spelled differently (or when there is no attribute). */
function names(attribute?: string, property?: string) {
  const cell = el('span', { className: 'api-name' });
  if (attribute) cell.append(code(attribute));
  if (property && property !== attribute) cell.append(el('span', { className: 'api-prop' }, attribute ? '.' : 'property .', property));
  return cell;
}

/** The API tables of one element, straight from custom-elements.json. */
export function renderApi(tag: string): DocumentFragment {
  const doc = elementDoc(tag);
  const out = document.createDocumentFragment();
  if (!doc) {
    out.append(el('p', {}, `No manifest entry for <${tag}>.`));
    return out;
  }
  const attributes = doc.attributes ?? [];
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const propertiesOnly = (doc.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      !m.static &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !attributeFields.has(m.name) &&
      m.description,
  );
  out.append(
    table(
      'Attributes and properties',
      ['Attribute / property', 'Type', 'Default', 'Description'],
      [
        ...attributes.map((a) => [names(a.name, a.fieldName), code(typeText(a.type?.text)), code(a.default), richText(a.description)]),
        ...propertiesOnly.map((m) => [names(undefined, m.name), code(typeText(m.type?.text)), code(m.default), richText(m.description)]),
      ],
    ),
    table(
      'Events',
      ['Event', 'Description'],
      (doc.events ?? []).map((e) => [code(e.name), richText(e.description)]),
    ),
    table(
      'Slots',
      ['Slot', 'Description'],
      (doc.slots ?? []).map((s) => [code(s.name || '(default)'), richText(s.description)]),
    ),
    table(
      'CSS parts',
      ['Part', 'Description'],
      (doc.cssParts ?? []).map((p) => [code(`::part(${p.name})`), richText(p.description)]),
    ),
    table(
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (doc.cssProperties ?? []).map((p) => [code(p.name), code(p.default), richText(p.description)]),
    ),
  );
  return out;
}

/** Side navigation, header with the theme switch, and copy buttons: every docs page calls this once. */
export function setUpPage(): void {
  const here = location.pathname.split('/').pop() || 'index.html';
  const nav = el('nav', { className: 'docs-nav', ariaLabel: 'Documentation' });
  const list = el('ul');
  for (const page of PAGES) {
    const link = el('a', { href: `./${page.href}` }, page.label);
    if (page.href === here) link.setAttribute('aria-current', 'page');
    list.append(el('li', {}, link));
  }
  nav.append(list, el('p', { className: 'nav-foot' }, el('a', { href: '../index.html' }, '← Portal demo')));
  document.querySelector('.docs-shell')?.prepend(nav);

  const select = document.querySelector<HTMLSelectElement>('#docs-theme');
  const stored = localStorage.getItem('reader-docs-theme') ?? 'auto';
  const apply = (theme: string) => {
    document.documentElement.dataset.theme = theme;
    for (const widget of document.querySelectorAll('article-view, related-list, trending-ticker')) widget.setAttribute('theme', theme);
  };
  if (select) {
    select.value = stored;
    select.addEventListener('change', () => {
      localStorage.setItem('reader-docs-theme', select.value);
      apply(select.value);
    });
  }
  apply(stored);

  for (const block of document.querySelectorAll<HTMLElement>('pre > code'))
    addCopyButton(block.parentElement!, () => block.textContent ?? '');
  for (const mount of document.querySelectorAll<HTMLElement>('[data-api]')) mount.append(renderApi(mount.dataset.api!));
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
