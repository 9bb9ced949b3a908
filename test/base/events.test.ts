import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/related-list/define.js';
import { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { ReaderErrorEvent, ReaderLoadEvent, ReaderSelectEvent } from '../../src/public-api.js';

// The events are typed classes: listeners get typed details, and an element can fire only its own events.

// A compile-time check (tsc runs over the tests): `emit` takes the elements' events and nothing else.
export class EmitsOnlyItsOwnEvents extends ArticleView {
  tryUnknown(): void {
    // @ts-expect-error: not one of the elements' events
    this.emit(new CustomEvent('reader-oops', { detail: { data: [] } }));
  }
}

describe('typed events', () => {
  it('reader-load, reader-error and reader-select are instances of their classes, bubbling and composed', async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="en"></related-list>`);
    const loaded = oneEvent(el, 'reader-load');
    el.items = [{ title: 'One', url: '#one' }];
    const load = await loaded;
    expect(load).to.be.instanceOf(ReaderLoadEvent);
    expect(load.bubbles && load.composed).to.equal(true);
    expect((load as ReaderLoadEvent).detail.data).to.have.length(1);

    const selected = new Promise<ReaderSelectEvent>((resolve) =>
      // Typed by GlobalEventHandlersEventMap: `event.detail.item` needs no cast.
      document.addEventListener('reader-select', (event) => (event.preventDefault(), resolve(event)), { once: true }),
    );
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!.click();
    const select = await selected;
    expect(select).to.be.instanceOf(ReaderSelectEvent);
    expect(select.cancelable).to.equal(true);
    expect(select.detail.item.title).to.equal('One');

    const failed = oneEvent(el, 'reader-error');
    el.items = 'not a list' as unknown as [];
    const error = (await failed) as ReaderErrorEvent;
    expect(error).to.be.instanceOf(ReaderErrorEvent);
    expect(error.detail.error.code).to.be.a('string');
  });
});
