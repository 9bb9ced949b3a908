/**
 * <trending-ticker> in the three render modes (issue 16): what a reader sees and can do, whether the
 * ticker was rendered in the browser, on a server (no script), or on a server then hydrated. See modes.ts.
 */
// First: Lit's hydration support, before anything loads LitElement.
import '../../src/hydrate.js';
import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import type { ReaderSelectEvent } from '../../src/base/events.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { part, parts, text } from '../helpers.js';
import { describeModes } from './modes.js';
import { englishHeadlines } from '../trending-ticker/fixtures.js';

/** The headlines a reader can reach: the list, not the marquee's hidden copies of it. */
const headlines = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list"]:not(.copy) [part~="title"]')];

const items = englishHeadlines;
const TITLES = items.map((item) => item.title);

describeModes('<trending-ticker>', ({ fixture, interactive }) => {
  it('scroll: each headline once with its excerpt, under the heading, and a pause button', async () => {
    const el = await fixture<TrendingTicker>(html`<trending-ticker .items=${items}></trending-ticker>`);
    expect(text(part(el, 'heading'))).to.equal('Trending');
    expect(headlines(el).map(text)).to.deep.equal(TITLES);
    expect(el.shadowRoot!.querySelectorAll('[part~="list"]:not(.copy)')).to.have.length(1);
    expect([...el.shadowRoot!.querySelectorAll('[part~="list"]:not(.copy) [part~="excerpt"]')].map(text)).to.deep.equal([
      'Engineers replaced 4,000 rivets and repainted…',
      'Branches will stay open until 8 pm on…',
      'Forty stalls, live music and a ferry that runs…',
    ]);
    expect(part(el, 'pause-button')?.getAttribute('aria-label')).to.equal('Pause');
    expect(part(el, 'viewport')!.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(part(el, 'placeholder')).to.equal(null);
  });

  it('rotate: the first headline shown, with previous and next', async () => {
    const el = await fixture<TrendingTicker>(html`<trending-ticker mode="rotate" .items=${items}></trending-ticker>`);
    expect(text(part(el, 'current')?.querySelector('[part~="title"]'))).to.equal(TITLES[0]);
    expect(parts(el, 'item')).to.have.length(3);
    expect(part(el, 'previous-button')?.getAttribute('aria-label')).to.equal('Previous');
    expect(part(el, 'next-button')?.getAttribute('aria-label')).to.equal('Next');
  });

  it('static with ranks and limit="2": a ranked list of two, no controls', async () => {
    const el = await fixture<TrendingTicker>(html`<trending-ticker mode="static" ranks limit="2" .items=${items}></trending-ticker>`);
    expect(part(el, 'list')!.localName).to.equal('ol');
    expect(headlines(el).map(text)).to.deep.equal(TITLES.slice(0, 2));
    expect(parts(el, 'rank').map(text)).to.deep.equal(['1', '2']);
    expect(parts(el, 'control')).to.have.length(0);
  });

  it('no items: the empty state; data of the wrong shape: an alert', async () => {
    const empty = await fixture<TrendingTicker>(html`<trending-ticker .items=${[]}></trending-ticker>`);
    expect(text(part(empty, 'empty'))).to.equal('Nothing here yet.');
    expect(part(empty, 'error')).to.equal(null);
    const broken = await fixture<TrendingTicker>(html`<trending-ticker .items=${[{ nope: true }]}></trending-ticker>`);
    expect(part(broken, 'error')?.getAttribute('role')).to.equal('alert');
    expect(text(part(broken, 'error')?.querySelector('.error-message'))).to.match(/^This content could not be shown\./);
    expect(part(broken, 'title')).to.equal(null);
  });

  it('locale="fr": heading and controls in French', async () => {
    const el = await fixture<TrendingTicker>(html`<trending-ticker locale="fr" mode="rotate" .items=${items}></trending-ticker>`);
    expect(text(part(el, 'heading'))).to.equal('Tendances');
    expect(part(el, 'next-button')?.getAttribute('aria-label')).to.equal('Suivant');
    expect(part(el, 'pause-button')?.getAttribute('aria-label')).to.equal('Pause');
  });

  it('scroll and rotate: the controls shown once script runs the ticker; before, hidden from view and from assistive tech, keeping their place', async () => {
    for (const mode of ['scroll', 'rotate']) {
      const el = await fixture<TrendingTicker>(html`<trending-ticker mode=${mode} .items=${items}></trending-ticker>`);
      const controls = parts(el, 'control');
      expect(controls.length, mode).to.be.greaterThan(0);
      for (const control of controls) {
        // visibility: hidden also takes the buttons out of the accessibility tree and the tab order.
        expect(getComputedStyle(control).visibility, `${mode} ${control.getAttribute('aria-label')}`).to.equal(
          interactive ? 'visible' : 'hidden',
        );
        expect(control.getBoundingClientRect().width, 'their place is kept, so nothing shifts when they appear').to.be.greaterThan(0);
      }
    }
  });

  if (!interactive) {
    it('scroll and rotate: the headlines stand still (no animation, the same place two frames apart)', async () => {
      for (const mode of ['scroll', 'rotate']) {
        const el = await fixture<TrendingTicker>(html`<trending-ticker mode=${mode} .items=${items}></trending-ticker>`);
        const first = headlines(el)[0]!;
        const before = first.getBoundingClientRect().x;
        await nextFrame();
        await nextFrame();
        expect(el.shadowRoot!.getAnimations(), mode).to.have.length(0);
        expect(first.getBoundingClientRect().x, mode).to.equal(before);
      }
    });

    it('scroll and rotate, in a page without script (the element never defined): the controls hidden', async () => {
      for (const mode of ['scroll', 'rotate']) {
        const el = await fixture<TrendingTicker>(html`<trending-ticker mode=${mode} .items=${items}></trending-ticker>`);
        // The same server render under a name no script defines: what a reader without script gets.
        const attributes = [...el.attributes].filter((a) => a.name !== 'defer-hydration').map((a) => ` ${a.name}="${a.value}"`);
        const markup = `<undefined-ticker${attributes.join('')}><template shadowrootmode="open">${el.shadowRoot!.innerHTML}</template></undefined-ticker>`;
        const container = document.createElement('div');
        el.after(container);
        (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
        const host = container.firstElementChild!;
        expect(host.matches(':defined')).to.equal(false);
        const controls = parts(host, 'control');
        expect(controls.length, mode).to.be.greaterThan(0);
        for (const control of controls) expect(getComputedStyle(control).visibility, mode).to.equal('hidden');
        expect(getComputedStyle(parts(host, 'title')[0]!).visibility, 'the headlines stay visible').to.equal('visible');
        container.remove();
      }
    });
    return;
  }

  it('controls: pause shows play and stops the ticker; next shows the next headline; a click on it fires reader-select', async () => {
    const el = await fixture<TrendingTicker>(html`<trending-ticker mode="rotate" .items=${items}></trending-ticker>`);
    part(el, 'pause-button')!.click();
    await el.updateComplete;
    expect(part(el, 'pause-button')!.getAttribute('aria-label')).to.equal('Play');
    expect(el.hasAttribute('paused')).to.equal(true);
    part(el, 'next-button')!.click();
    await el.updateComplete;
    const current = part(el, 'current')!;
    expect(text(current.querySelector('[part~="title"]'))).to.equal(TITLES[1]);
    const selected = oneEvent(el, 'reader-select') as Promise<ReaderSelectEvent>;
    el.addEventListener('reader-select', (event) => event.preventDefault(), { once: true });
    current.querySelector<HTMLElement>('[part~="link"]')!.click();
    const event = await selected;
    expect(event.detail.index).to.equal(1);
    expect(event.detail.url).to.equal('https://example.com/library');
    expect(event.detail.item.title).to.equal(TITLES[1]);
  });

  it('later changes: new items are shown, then a feed set as src', async () => {
    const el = await fixture<TrendingTicker>(html`<trending-ticker mode="static" .items=${items}></trending-ticker>`);
    el.items = [{ title: 'Only this one', url: '#only' }];
    await el.updateComplete;
    expect(headlines(el).map(text)).to.deep.equal(['Only this one']);
    const loaded = oneEvent(el, 'reader-load');
    el.src = '/test/fixtures/formats/jsonfeed-feed.json';
    await loaded;
    await el.updateComplete;
    expect(headlines(el).map(text).slice(0, 2)).to.deep.equal([
      'The winter ferry timetable, explained',
      'Counting gulls on the breakwater',
    ]);
  });
});
