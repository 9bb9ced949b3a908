/**
 * The search box in the docs header: an ARIA combobox over a list of results. The index loads the
 * first time the box is used (`loadIndex`), so pages that are only read never pay for it.
 * `/` (or Ctrl/⌘ K) jumps to the box; arrows move through results; Enter opens one; Escape closes.
 */
import { matchRanges, search, type SearchEntry } from './search.js';

export function createSearchBox(loadIndex: () => Promise<SearchEntry[]>): HTMLElement {
  const box = document.createElement('div');
  box.className = 'docs-search';
  box.setAttribute('role', 'search');
  const input = document.createElement('input');
  input.type = 'search';
  input.id = 'docs-search';
  input.placeholder = 'Search the docs';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', 'Search the docs');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'docs-search-results');
  const key = document.createElement('kbd');
  key.textContent = '/';
  key.setAttribute('aria-hidden', 'true');
  const list = document.createElement('ul');
  list.id = 'docs-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  box.append(input, key, list, status);

  let index: Promise<SearchEntry[]> | undefined;
  let active = -1;
  let options: HTMLElement[] = [];

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (next: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = next;
    const option = options[active];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const update = async () => {
    index ??= loadIndex();
    const query = input.value;
    const results = search(await index, query);
    if (query !== input.value) return; // a newer keystroke has its own update
    list.replaceChildren();
    options = [];
    active = -1;
    if (!query.trim()) {
      status.textContent = '';
      return close();
    }
    if (results.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'search-empty';
      empty.textContent = `Nothing found for “${query.trim()}”.`;
      list.append(empty);
    }
    results.forEach(({ entry, snippet }, i) => {
      const option = document.createElement('li');
      option.id = `docs-search-option-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      const link = document.createElement('a');
      link.href = entry.href;
      link.tabIndex = -1;
      const title = document.createElement('span');
      title.className = 'search-title';
      title.append(marked(entry.heading, query));
      const where = document.createElement('span');
      where.className = 'search-page';
      where.textContent = entry.heading === entry.page ? '' : entry.page;
      const text = document.createElement('span');
      text.className = 'search-snippet';
      text.append(marked(snippet, query));
      link.append(title, where, text);
      option.append(link);
      option.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
      option.addEventListener('click', () => close());
      list.append(option);
      options.push(option);
    });
    status.textContent = results.length === 0 ? 'No results' : `${results.length} result${results.length === 1 ? '' : 's'}`;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('focus', () => void (index ??= loadIndex()));
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const link = options[Math.max(active, 0)]?.querySelector('a');
      if (!link) return;
      event.preventDefault();
      close();
      link.click();
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => close());

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    const shortcut = (event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
    if (!shortcut || event.altKey) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  return box;
}

/** `text` with the query's words in `<mark>` (built as nodes: the text is never parsed as HTML). */
function marked(text: string, query: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  fragment.append(text.slice(at));
  return fragment;
}
