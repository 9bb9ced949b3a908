import { property } from 'lit/decorators.js';
import { DataController } from './data-controller.js';
import { fillCount } from '../core/messages.js';
import { loadBeforeNormalizing, normalizeList, type Article, type ListInput } from '../core/model.js';
import { jsonAttribute } from './json-attribute.js';
import { ReaderElement } from './reader-element.js';
import { ReaderSelectEvent } from './events.js';

/** Who an item is across refreshes: its id, else its url, else its title (a feed may reorder or prepend). */
export function itemIdentity(item: Article): string {
  return item.id !== undefined ? `id:${item.id}` : item.url !== undefined ? `url:${item.url}` : `title:${item.title}`;
}

/** What the list elements (`<related-list>`, `<trending-ticker>`) share: an `items` input normalized to articles. */
export abstract class ReaderListElement extends ReaderElement<Article[]> {
  /**
   * The articles as JSON text (attribute) or an array / `{items: [...]}` (property). Set after `src`, it wins.
   * Items are matched by `id` (else `url`), so setting a new array redraws only what changed.
   * @type {ListInput}
   */
  @property({ attribute: 'items', converter: jsonAttribute('items') })
  // Typed as what an owner should give, so framework JSX/template types catch wrong shapes; the setter
  // still takes anything (bad input reaches the error state, never an exception).
  get items(): ListInput | undefined {
    return this.data.input as ListInput | undefined;
  }
  set items(value: ListInput | unknown) {
    this.data.input = value;
  }

  protected override readonly data = new DataController<Article[]>(this, (input) => normalizeList(input, 'items'), loadBeforeNormalizing);

  /** "3 new items": the items a refresh added, by identity (moved or edited ones are not new). */
  protected override describeRefresh(before: Article[], after: Article[]): string {
    const known = new Set(before.map(itemIdentity));
    const added = after.filter((item) => !known.has(itemIdentity(item))).length;
    return added > 0 ? fillCount(this.l10n.messages.newItems, added, this.l10n.locale) : '';
  }

  /**
   * Call from an item link's `click` listener (keyboard activation of a link fires `click` too). Fires the
   * cancelable `reader-select`; when a listener cancels it (an SPA routing itself) the browser does not
   * navigate. Modified clicks (new tab, new window, download) are left to the browser.
   */
  protected activateItem(event: MouseEvent, item: Article, index: number): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!this.emit(new ReaderSelectEvent({ item, url: item.url, index }))) event.preventDefault();
  }
}
