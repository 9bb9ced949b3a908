/**
 * Tabs for the docs pages, following the ARIA tabs pattern (arrow keys, Home and End move between tabs;
 * one tab in the Tab order). Code examples use them for the framework (HTML / React / Vue): picking one
 * picks it in every example on the site, and the choice is remembered.
 */

let tabGroups = 0;

export interface TabPanel {
  label: string;
  panel: HTMLElement;
}

export interface Tabs {
  element: HTMLElement;
  select(label: string, options?: { focus?: boolean }): void;
  readonly selected: string;
}

/** Wraps `panels` in a tab list; `onSelect` hears every choice made by the reader. */
export function createTabs(panels: TabPanel[], { label, onSelect }: { label: string; onSelect?: (label: string) => void }): Tabs {
  const group = ++tabGroups;
  const element = document.createElement('div');
  element.className = 'tabs-group';
  const list = document.createElement('div');
  list.className = 'tabs';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', label);
  const buttons = panels.map(({ label: name, panel }, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `tab-${group}-${index}`;
    button.textContent = name;
    button.setAttribute('role', 'tab');
    panel.id ||= `tabpanel-${group}-${index}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    button.setAttribute('aria-controls', panel.id);
    button.addEventListener('click', () => {
      tabs.select(name);
      onSelect?.(name);
    });
    return button;
  });
  list.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    if (index === -1) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const name = panels[(next + buttons.length) % buttons.length].label;
    tabs.select(name, { focus: true });
    onSelect?.(name);
  });
  list.append(...buttons);
  element.append(list, ...panels.map(({ panel }) => panel));

  let selected = '';
  const tabs: Tabs = {
    element,
    get selected() {
      return selected;
    },
    select(name, { focus = false } = {}) {
      const index = Math.max(
        0,
        panels.findIndex((panel) => panel.label === name),
      );
      selected = panels[index].label;
      buttons.forEach((button, i) => {
        button.setAttribute('aria-selected', String(i === index));
        button.tabIndex = i === index ? 0 : -1;
        panels[i].panel.hidden = i !== index;
      });
      if (focus) buttons[index].focus();
    },
  };
  tabs.select(panels[0].label);
  return tabs;
}

const FRAMEWORK_KEY = 'reader-docs-framework';
const frameworkTabs = new Set<Tabs>();

function storedFramework(): string | null {
  try {
    return localStorage.getItem(FRAMEWORK_KEY);
  } catch {
    return null;
  }
}

/**
 * Every `.code-tabs` element holding `<pre data-tab="HTML">`, `<pre data-tab="React">`… becomes tabs. The
 * framework picked in one of them is picked in all (those that have it) and kept for the next page.
 */
export function enhanceCodeTabs(root: ParentNode = document): void {
  for (const holder of root.querySelectorAll<HTMLElement>('.code-tabs:not([data-ready])')) {
    holder.dataset.ready = '';
    const panels = [...holder.querySelectorAll<HTMLElement>(':scope > [data-tab]')].map((panel) => ({ label: panel.dataset.tab!, panel }));
    if (panels.length === 0) continue;
    const tabs = createTabs(panels, {
      label: 'Code for',
      onSelect(name) {
        try {
          localStorage.setItem(FRAMEWORK_KEY, name);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        for (const other of frameworkTabs) if (other !== tabs && panelsOf(other).includes(name)) other.select(name);
      },
    });
    frameworkTabs.add(tabs);
    holder.append(tabs.element);
    const stored = storedFramework();
    if (stored && panels.some((panel) => panel.label === stored)) tabs.select(stored);
  }
}

const panelsOf = (tabs: Tabs) => [...tabs.element.querySelectorAll<HTMLElement>('[role=tab]')].map((tab) => tab.textContent ?? '');
