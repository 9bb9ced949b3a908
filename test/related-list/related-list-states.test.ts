import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { loadSeed, part, parts } from '../helpers.js';
import { NOW, sampleItems } from './fixtures.js';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('<related-list> heading', () => {
  it("defaults to the page language's word, at level 2, and names the list", async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="zh-CN" .items=${sampleItems()}></related-list>`);
    const heading = part(el, 'heading')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('相关文章');
    expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);
  });

  it('takes its text from heading and its level from heading-level', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list heading="Read next" heading-level="4" .items=${sampleItems()}></related-list>`,
    );
    expect(part(el, 'heading')!.localName).to.equal('h4');
    expect(part(el, 'heading')!.textContent).to.equal('Read next');
  });

  it('heading="" shows none but keeps the list named', async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="en" heading="" .items=${sampleItems()}></related-list>`);
    expect(part(el, 'heading')).to.equal(null);
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Related');
  });

  it('a built-in heading that comes back names the list again (its own text is not taken for a slotted heading)', async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="en" heading="" .items=${sampleItems()}></related-list>`);
    el.heading = undefined;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve)); // slotchange is delivered after the update
    await el.updateComplete;
    const heading = part(el, 'heading')!;
    expect(heading.textContent).to.equal('Related');
    expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(part(el, 'list')!.hasAttribute('aria-label')).to.equal(false);
  });

  it('a slotted heading replaces the built-in one and names the list', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list .items=${sampleItems()}
        ><h3 slot="heading">More from <em>Culture</em></h3></related-list
      >`,
    );
    await el.updateComplete;
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(slot.assignedElements()[0].localName).to.equal('h3');
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('More from Culture');
    expect(part(el, 'list')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(part(el, 'heading')!.getBoundingClientRect().height).to.equal(0); // fallback content is not rendered
  });
});

describe('<related-list> empty state', () => {
  it("the seed page's empty related block: a quiet Chinese empty state under its heading, never an error", async () => {
    const seed = await loadSeed();
    const el = document.createElement('related-list') as RelatedList;
    el.setAttribute('lang', 'zh-CN');
    el.items = seed.related;
    const loaded = oneEvent(el, 'reader-load');
    document.body.append(el);
    expect((await loaded).detail.data).to.deep.equal([]);
    expect(part(el, 'heading')!.textContent).to.equal('相关文章');
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('暂无内容');
    expect(part(el, 'error')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.matches(':state(empty)')).to.equal(true);
    el.remove();
  });

  it('empty="…" replaces the text', async () => {
    const el = await fixture<RelatedList>(html`<related-list empty="No related stories yet." .items=${[]}></related-list>`);
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No related stories yet.');
  });

  it('the empty slot replaces the text', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list .items=${[]}
        ><p slot="empty">Browse <a href="#all">all stories</a></p></related-list
      >`,
    );
    const slot = part(el, 'empty')!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Browse all stories');
  });

  it('empty="hidden" hides the whole element, and items bring it back', async () => {
    const el = await fixture<RelatedList>(html`<related-list empty="hidden" .items=${[]}></related-list>`);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(part(el, 'heading')).to.equal(null);
    el.items = sampleItems();
    await el.updateComplete;
    expect(el.matches(':state(empty)')).to.equal(false);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(parts(el, 'item')).to.have.length(3);
  });
});

describe('<related-list> error state', () => {
  afterEach(() => sinon.restore());

  it('bad JSON in the attribute: an alert a person understands, reader-error, and recovery on good input', async () => {
    const el = document.createElement('related-list') as RelatedList;
    el.setAttribute('items', '[{"title": "ok"},');
    const failed = oneEvent(el, 'reader-error');
    document.body.append(el);
    expect((await failed).detail.error.code).to.equal('invalid-json');
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('`items` is not valid JSON');
    const loaded = oneEvent(el, 'reader-load');
    el.items = sampleItems();
    await loaded;
    expect(part(el, 'error')).to.equal(null);
    expect(parts(el, 'item')).to.have.length(3);
    el.remove();
  });

  it('a wrong shape is an error, not an exception', async () => {
    for (const bad of [42, 'text', { foo: 1 }, [{ nope: true }]]) {
      const el = await fixture<RelatedList>(html`<related-list .items=${bad}></related-list>`);
      expect(part(el, 'error'), JSON.stringify(bad)).to.exist;
    }
  });

  it('an HTTP error from src is an error with its status; a new src recovers', async () => {
    const fetchStub = sinon.stub(window, 'fetch');
    fetchStub.onFirstCall().resolves(new Response('gone', { status: 404, statusText: 'Not Found' }));
    fetchStub.onSecondCall().resolves(json(sampleItems()));
    const el = document.createElement('related-list') as RelatedList;
    el.src = '/feeds/missing.json';
    const failed = oneEvent(el, 'reader-error');
    document.body.append(el);
    const event = await failed;
    expect(event.detail.status).to.equal(404);
    expect(part(el, 'error')!.textContent).to.contain('404');
    const loaded = oneEvent(el, 'reader-load');
    el.src = '/feeds/related.json';
    await loaded;
    expect(parts(el, 'item')).to.have.length(3);
    el.remove();
  });

  it('a network failure is an error', async () => {
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    const el = document.createElement('related-list') as RelatedList;
    el.src = '/feeds/offline.json';
    const failed = oneEvent(el, 'reader-error');
    document.body.append(el);
    await failed;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    el.remove();
  });
});

describe('<related-list> theming', () => {
  afterEach(() => document.body.removeAttribute('style'));

  it('reads --reader-* tokens set on body', async () => {
    document.body.style.setProperty('--reader-color-text', 'rgb(10, 20, 30)');
    document.body.style.setProperty('--reader-gap', '21px');
    document.body.style.setProperty('--reader-thumbnail-size', '77px');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 20rem"><related-list layout="cards" .items=${sampleItems()}></related-list></div>`,
    );
    const el = wrapper.querySelector('related-list')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(part(el, 'list')!).rowGap).to.equal('21px');
    expect(part(el, 'thumbnail')!.getBoundingClientRect().width).to.equal(77);
  });

  it('theme="dark" and theme="light" force their colours whatever the system says', async () => {
    const el = await fixture<RelatedList>(html`<related-list theme="dark" .items=${sampleItems()}></related-list>`);
    // The system setting, emulated where the engine's driver can (Chromium); elsewhere the real one.
    const systems: Array<'light' | 'dark' | 'as it is'> = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      try {
        await emulateMedia({ colorScheme });
        systems.push(colorScheme);
      } catch {
        break;
      }
    }
    if (systems.length === 0) systems.push('as it is');
    try {
      for (const system of systems) {
        if (system !== 'as it is') await emulateMedia({ colorScheme: system });
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the emulated system setting').to.equal(
          system === 'as it is' ? matchMedia('(prefers-color-scheme: dark)').matches : system === 'dark',
        );
        el.theme = 'dark';
        await el.updateComplete;
        expect(getComputedStyle(part(el, 'title')!).color, `dark on a ${system} system`).to.equal('rgb(230, 230, 230)');
        el.theme = 'light';
        await el.updateComplete;
        expect(getComputedStyle(part(el, 'title')!).color, `light on a ${system} system`).to.equal('rgb(27, 29, 33)');
      }
    } finally {
      if (systems[0] !== 'as it is') await emulateMedia({ colorScheme: 'no-preference' });
    }
  });
});

describe('<related-list> accessibility', () => {
  for (const layout of ['list', 'cards', 'compact']) {
    it(`${layout} layout is accessible`, async () => {
      const el = await fixture<RelatedList>(
        html`<related-list lang="en" layout=${layout} .now=${NOW} .items=${sampleItems()}></related-list>`,
      );
      await expect(el).to.be.accessible();
    });
    it(`${layout} layout is accessible in dark`, async () => {
      const el = await fixture<RelatedList>(
        html`<related-list lang="en" theme="dark" layout=${layout} .now=${NOW} .items=${sampleItems()}></related-list>`,
      );
      await expect(el).to.be.accessible();
    });
  }

  it('the empty and error states are accessible', async () => {
    const empty = await fixture<RelatedList>(html`<related-list lang="en" .items=${[]}></related-list>`);
    expect(part(empty, 'empty'), 'the empty state is what axe checks').to.exist;
    await expect(empty).to.be.accessible();
    const broken = await fixture<RelatedList>(html`<related-list lang="en" items="{oops"></related-list>`);
    expect(part(broken, 'error'), 'the error state is what axe checks').to.exist;
    await expect(broken).to.be.accessible();
  });
});
