/**
 * The `list` and `compact` items as plain DOM: each `<li>` is a clone of one prepared item, and only its
 * few values (language, address, target, rel, title, date) are written into it. A list of 1,000 items is
 * then 1,000 element clones, without a template instance, parts and markers per item. Nodes are kept by
 * key, so a new array rewrites only the values that changed; `placeNodes` puts them in the list.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';
import { createElement } from '../core/platform.js';

/** What one `list` or `compact` item shows, already derived (see `RelatedList.makeViews`). */
export interface ItemValues {
  key: string;
  lang?: string;
  url?: string;
  target?: string;
  rel?: string;
  title: string;
  /** The date's ISO form and its text (shown by `list` and `cards`); no date hides the meta line. */
  iso?: string;
  dateText?: string;
}

export type FlatLayout = 'list' | 'compact';

/**
 * The `<li>` each item is cloned from, by layout and by whether the title is a link. Built with DOM calls,
 * not parsed from markup, so a page enforcing Trusted Types has nothing to object to.
 */
function itemPrototype(layout: FlatLayout, linked: boolean): HTMLLIElement {
  const title = linked ? make('a', 'title link', 'title') : make('span', 'title', 'title');
  title.dir = 'auto';
  const li = make('li', 'item', 'item');
  if (layout === 'compact') {
    li.append(title);
  } else {
    const meta = make('p', 'meta', 'meta');
    meta.hidden = true;
    meta.append(make('time', 'date'));
    li.append(make('div', undefined, 'text', title, meta));
  }
  return li;
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  part?: string,
  className?: string,
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const element = createElement(tag);
  if (part) element.setAttribute('part', part);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** One item's nodes and the values last written into them. */
interface ItemNode {
  li: HTMLLIElement;
  title: HTMLElement;
  /** The meta line (`list`), holding the `<time>`. */
  meta: HTMLElement | null;
  linked: boolean;
  written: Omit<ItemValues, 'key'>;
}

/** Clones, fills and keeps the item nodes of one element. */
export class ItemNodes {
  private readonly prototypes = new Map<string, HTMLLIElement>();
  private layout?: FlatLayout;
  private readonly nodes = new Map<string, ItemNode>();

  /**
   * Lets go of the nodes whose keys are no longer shown; another layout (or `cards`, which renders its
   * own templates) lets go of all of them. Called whenever the shown items are worked out anew, so
   * `node()` then serves this layout.
   */
  retain(layout: FlatLayout | 'cards', keys: ReadonlySet<string>): void {
    if (layout !== this.layout) {
      this.nodes.clear();
      this.layout = layout === 'list' || layout === 'compact' ? layout : undefined;
      return;
    }
    for (const key of this.nodes.keys()) if (!keys.has(key)) this.nodes.delete(key);
  }

  /** The `<li>` for `values`: its key's node with the changed values written, or a new one. */
  node(values: ItemValues): HTMLLIElement {
    const linked = values.url !== undefined;
    let node = this.nodes.get(values.key);
    if (!node || node.linked !== linked) this.nodes.set(values.key, (node = this.create(linked)));
    write(node, values);
    return node.li;
  }

  private create(linked: boolean): ItemNode {
    const layout = this.layout ?? 'list';
    const id = `${layout} ${linked}`;
    let prototype = this.prototypes.get(id);
    if (!prototype) this.prototypes.set(id, (prototype = itemPrototype(layout, linked)));
    const li = prototype.cloneNode(true) as HTMLLIElement;
    const title = li.querySelector<HTMLElement>('.title')!;
    const meta = layout === 'list' ? (title.nextElementSibling as HTMLElement) : null;
    return { li, title, meta, linked, written: { title: '' } };
  }
}

/**
 * Puts `nodes` in the list, in order: new ones inserted, gone ones removed, and of the kept ones only an
 * item that moved is moved (the others keep their place, and the focus in them). Unlike `repeat`, no part
 * and no two marker comments per item: a 1,000-item list is 1,000 insertions, and a change to one item's
 * values touches only that item.
 */
class PlaceNodes extends Directive {
  render(_nodes: Node[]) {
    return noChange;
  }

  override update(part: ChildPart, [nodes]: [Node[]]) {
    // Marks the list as ours: a card layout's `repeat` then clears it first. What it left here (cards, which
    // hold no async directive) is removed below with the items no longer shown.
    setCommittedValue(part, this);
    const end = part.endNode;
    const shown = new Set(nodes);
    for (let node = part.startNode!.nextSibling; node !== end;) {
      const next = node!.nextSibling;
      if (!shown.has(node!)) node!.remove();
      node = next;
    }
    const list = part.parentNode;
    let cursor = part.startNode!.nextSibling;
    for (let i = 0; i < nodes.length;) {
      const node = nodes[i];
      if (node === cursor) {
        cursor = cursor.nextSibling;
        i++;
      } else if (cursor !== end && node.parentNode === list && nodes[i + 1] !== cursor) {
        // The item here moved later: it is moved when its turn comes, the ones after it stay.
        cursor = cursor!.nextSibling;
      } else {
        list.insertBefore(node, cursor);
        i++;
      }
    }
    return noChange;
  }
}

export const placeNodes = directive(PlaceNodes);

/** Writes what differs from what the node shows (a new node shows nothing yet), and remembers the values. */
function write(node: ItemNode, values: ItemValues): void {
  const { written } = node;
  if (values.lang !== written.lang) setOrRemove(node.li, 'lang', values.lang);
  if (node.linked) {
    if (values.url !== written.url) setOrRemove(node.title, 'href', values.url);
    if (values.target !== written.target) setOrRemove(node.title, 'target', values.target);
    if (values.rel !== written.rel) setOrRemove(node.title, 'rel', values.rel);
  }
  if (values.title !== written.title) node.title.textContent = values.title;
  const meta = node.meta;
  if (meta) {
    const time = meta.firstChild as HTMLTimeElement;
    if (values.iso !== written.iso) {
      setOrRemove(time, 'datetime', values.iso);
      meta.hidden = values.iso === undefined;
    }
    const text = values.dateText ?? '';
    if (text !== (written.dateText ?? '')) time.textContent = text;
  }
  // The values are a new object for each new set of views, never changed afterwards: kept as they are.
  node.written = values;
}

function setOrRemove(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * The same `<li>` as a template, for where there are no nodes to clone: a server render (no page). The
 * markup must stay the one `itemPrototype` and `write` build.
 */
export function itemTemplate(layout: FlatLayout, values: ItemValues): TemplateResult {
  const title =
    values.url !== undefined
      ? html`<a
          part="title link"
          class="title"
          dir="auto"
          href=${values.url}
          target=${values.target ?? nothing}
          rel=${values.rel ?? nothing}
          >${values.title}</a
        >`
      : html`<span part="title" class="title" dir="auto">${values.title}</span>`;
  if (layout === 'compact') return html`<li part="item" class="item" lang=${values.lang ?? nothing}>${title}</li>`;
  return html`<li part="item" class="item" lang=${values.lang ?? nothing}>
    <div class="text">
      ${title}
      <p part="meta" class="meta" ?hidden=${values.iso === undefined}>
        <time part="date" datetime=${values.iso ?? nothing}>${values.dateText ?? ''}</time>
      </p>
    </div>
  </li>`;
}
