/**
 * <related-list> in the three render modes (issue 16): what a reader sees and can do, whether the list
 * was rendered in the browser, on a server (no script), or on a server then hydrated. See modes.ts.
 */
// First: Lit's hydration support, before anything loads LitElement.
import '../../src/hydrate.js';
import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import type { ReaderSelectEvent } from '../../src/base/events.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { part, parts, text } from '../helpers.js';
import { sampleItems } from '../related-list/fixtures.js';
import { describeModes } from './modes.js';

const titles = (el: Element) => parts(el, 'title').map(text);
const TITLES = ['Harbour town reopens its tidal pool', 'A night bus that became a library', 'What the river remembers'];

describeModes('<related-list>', ({ fixture, interactive }) => {
  it('list: each item once, its linked title and date, under the heading; no placeholder', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    expect(text(part(el, 'heading'))).to.equal('Related');
    expect(titles(el)).to.deep.equal(TITLES);
    expect(parts(el, 'item')).to.have.length(3);
    expect(parts(el, 'title').map((title) => title.getAttribute('href'))).to.deep.equal(['#a1', '#a2', '#a3']);
    expect(parts(el, 'date').map((date) => date.getAttribute('datetime'))).to.deep.equal([
      '2025-12-01T09:00:00.000Z',
      '2025-11-28T18:30:00.000Z',
      '2025-11-20T07:15:00.000Z',
    ]);
    expect(text(part(el, 'date'))).to.match(/2025|ago/);
    expect(part(el, 'excerpt')).to.equal(null);
    expect(part(el, 'placeholder')).to.equal(null);
    expect(part(el, 'list')!.getBoundingClientRect().height).to.be.greaterThan(40);
  });

  it('cards: excerpt, source and thumbnail', async () => {
    const el = await fixture<RelatedList>(html`<related-list layout="cards" .items=${sampleItems()}></related-list>`);
    expect(titles(el)).to.deep.equal(TITLES);
    expect(parts(el, 'excerpt').map(text)).to.deep.equal([
      'After two winters of repairs the 1930s sea pool is open again, with a new ramp and heated changing rooms.',
      'Volunteers turned a retired double-decker into a rolling reading room.',
      'Old flood marks on a bridge tell a story the records forgot.',
    ]);
    expect(text(part(el, 'source'))).to.equal('Coast Weekly');
    expect(parts(el, 'thumbnail')).to.have.length(3);
    expect(new URL(part(el, 'image')!.getAttribute('src')!, location.href).pathname).to.equal('/thumbs/pool.jpg');
  });

  it('compact with limit="2": the first two titles only', async () => {
    const el = await fixture<RelatedList>(html`<related-list layout="compact" limit="2" .items=${sampleItems()}></related-list>`);
    expect(titles(el)).to.deep.equal(TITLES.slice(0, 2));
    expect(part(el, 'date')).to.equal(null);
    expect(part(el, 'excerpt')).to.equal(null);
  });

  it('no items: the empty state, never an error', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${[]}></related-list>`);
    expect(text(part(el, 'empty'))).to.equal('Nothing here yet.');
    expect(part(el, 'item')).to.equal(null);
    expect(part(el, 'error')).to.equal(null);
  });

  it('data of the wrong shape: an alert a reader understands, no items', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${[{ nope: true }]}></related-list>`);
    const alert = part(el, 'error');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(text(alert?.querySelector('.error-message'))).to.equal(
      'This content could not be shown. The data is not in a form it can read.',
    );
    expect(part(el, 'item')).to.equal(null);
  });

  it('locale="fr": the heading and dates in French', async () => {
    const el = await fixture<RelatedList>(html`<related-list locale="fr" date-style="absolute" .items=${sampleItems()}></related-list>`);
    expect(text(part(el, 'heading'))).to.equal('À lire aussi');
    expect(text(part(el, 'date'))).to.equal('1 déc. 2025, 09:00');
    expect(titles(el)).to.deep.equal(TITLES);
  });

  it('lang="fr" on the element: the heading in French', async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="fr" .items=${sampleItems()}></related-list>`);
    expect(text(part(el, 'heading'))).to.equal('À lire aussi');
    expect(titles(el)).to.deep.equal(TITLES);
  });

  if (!interactive) return;

  it('a click on a title fires reader-select with the item (cancelled: no navigation); later items and layout are shown', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    const selected = oneEvent(el, 'reader-select') as Promise<ReaderSelectEvent>;
    el.addEventListener('reader-select', (event) => event.preventDefault(), { once: true });
    parts(el, 'link')[2].click();
    const event = await selected;
    expect(event.detail.url).to.equal('#a3');
    expect(event.detail.index).to.equal(2);
    expect(event.detail.item.title).to.equal('What the river remembers');
    el.items = [{ title: 'Only this one', url: '#only' }];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Only this one']);
    el.layout = 'cards';
    el.items = sampleItems();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(TITLES);
    expect(parts(el, 'excerpt')).to.have.length(3);
  });
});
