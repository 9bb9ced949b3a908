import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { ReaderSelectEvent } from '../../src/base/events.js';
import { part, parts } from '../helpers.js';
import { sampleItems } from './fixtures.js';

const BAD_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'blob:https://evil.example/0b0e',
  'file:///etc/passwd',
  '//evil.example/steal',
  '/\\evil.example/steal',
];
const BAD = /javascript|vbscript|data:|blob:|file:|evil\.example|colon/i;

describe('<related-list> URL safety', () => {
  it('no bad url ever reaches href, and such an item shows its title as plain text', async () => {
    const items = BAD_URLS.map((url, i) => ({ id: `bad${i}`, title: `Bad ${i}`, url }));
    const el = await fixture<RelatedList>(
      html`<related-list layout="cards" .items=${[...items, { title: 'Good', url: '/good' }]}></related-list>`,
    );
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/good']);
    expect(parts(el, 'title').map((t) => t.localName)).to.deep.equal([...BAD_URLS.map(() => 'span'), 'a']);
  });

  it('no bad image address ever reaches src or srcset; the fallback shows instead', async () => {
    const items = BAD_URLS.map((src, i) => ({ title: `Img ${i}`, url: `#img${i}`, image: i % 2 ? src : { src, srcset: `${src} 1x` } }));
    items.push({
      title: 'Mixed srcset',
      url: '#mixed',
      image: { src: '/thumbs/ok.jpg', srcset: 'javascript:alert(1) 1x, /thumbs/ok@2x.jpg 2x' },
    });
    const el = await fixture<RelatedList>(html`<related-list layout="cards" .items=${items}></related-list>`);
    const images = [...el.shadowRoot!.querySelectorAll('img')];
    expect(images).to.have.length(1);
    expect(images[0].getAttribute('src')).to.equal('/thumbs/ok.jpg');
    expect(images[0].getAttribute('srcset')).to.equal('/thumbs/ok@2x.jpg 2x');
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      for (const attribute of node.attributes) expect(attribute.value, `${node.localName}[${attribute.name}]`).not.to.match(BAD);
    }
    expect(parts(el, 'thumbnail-fallback')).to.have.length(BAD_URLS.length + 1);
  });
});

describe('<related-list> thumbnails', () => {
  it('load lazily with decorative alt, over a reserved box', async () => {
    const el = await fixture<RelatedList>(html`<related-list layout="cards" .items=${sampleItems()}></related-list>`);
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.loading).to.equal('lazy');
    expect(img.alt).to.equal('');
    const box = part(el, 'thumbnail')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(40);
    expect(Math.round((box.width / box.height) * 9)).to.equal(16); // the card grid's 16 / 9, before any image arrived
  });

  it('a broken image hides itself and uncovers the fallback initial; a new address gets a fresh image', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list layout="cards" .items=${[{ id: 'x', title: '“Harbour” lights', image: '/thumbs/missing.jpg' }]}></related-list>`,
    );
    const img = part(el, 'image') as HTMLImageElement;
    await waitUntil(() => img.hidden, 'the broken image should hide');
    expect(getComputedStyle(img).display).to.equal('none');
    const fallback = part(el, 'thumbnail-fallback')!;
    expect(fallback.textContent).to.equal('H');
    expect(fallback.getAttribute('aria-hidden')).to.equal('true');
    expect(fallback.getBoundingClientRect().width).to.be.greaterThan(40);
    el.items = [{ id: 'x', title: '“Harbour” lights', image: '/thumbs/other.jpg' }];
    await el.updateComplete;
    const fresh = part(el, 'image') as HTMLImageElement;
    expect(fresh).not.to.equal(img);
    expect(fresh.getAttribute('src')).to.equal('/thumbs/other.jpg');
    expect(fresh.hidden).to.equal(false);
  });

  it('a missing image shows the fallback: the first letter, skipping opening quotes, CJK included', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list
        layout="cards"
        .items=${[{ title: 'what the river remembers' }, { title: '“小小艺术家”绘画评选' }]}
      ></related-list>`,
    );
    expect(parts(el, 'image')).to.have.length(0);
    expect(parts(el, 'thumbnail-fallback').map((f) => f.textContent)).to.deep.equal(['W', '小']);
  });
});

describe('<related-list> reader-select', () => {
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));

  it('a click fires reader-select with item, url and position; left alone, the link navigates', async () => {
    const el = await fixture<RelatedList>(html`<related-list exclude="a1" .items=${sampleItems()}></related-list>`);
    const link = parts(el, 'link')[1] as HTMLAnchorElement;
    const selected = oneEvent(el, 'reader-select') as Promise<ReaderSelectEvent>;
    // Firefox follows a fragment link a task after click(), so wait for the navigation itself.
    const navigated = oneEvent(window, 'hashchange');
    link.click();
    const event = await selected;
    await navigated;
    expect(event.detail.url).to.equal('#a3');
    expect(event.detail.index).to.equal(1);
    expect(event.detail.item.title).to.equal('What the river remembers');
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(location.hash).to.equal('#a3');
  });

  it('a listener that cancels reader-select keeps the browser from navigating (SPA routing)', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    const routed: string[] = [];
    const route = (event: ReaderSelectEvent) => {
      event.preventDefault();
      routed.push(event.detail.url!);
    };
    document.addEventListener('reader-select', route);
    try {
      (part(el, 'link') as HTMLAnchorElement).click();
    } finally {
      document.removeEventListener('reader-select', route);
    }
    expect(routed).to.deep.equal(['#a1']);
    expect(location.hash).to.equal('');
  });

  it('keyboard: Tab reaches every link and Enter fires reader-select, and cancelation is honoured', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
    }
    before.remove();
    expect(reached).to.deep.equal(['#a1', '#a2', '#a3']);

    const details: number[] = [];
    const cancel = (event: ReaderSelectEvent) => {
      details.push(event.detail.index);
      event.preventDefault();
    };
    el.addEventListener('reader-select', cancel);
    await sendKeys({ press: 'Enter' });
    expect(details).to.deep.equal([2]);
    expect(location.hash).to.equal('');
    el.removeEventListener('reader-select', cancel);

    const selected = oneEvent(el, 'reader-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.index).to.equal(2);
    await waitUntil(() => location.hash === '#a3', 'an uncancelled Enter navigates');
  });

  it('modified clicks (new tab) are left to the browser without reader-select', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    let fired = 0;
    el.addEventListener('reader-select', () => fired++);
    const link = part(el, 'link')!;
    link.addEventListener('click', (event) => event.preventDefault()); // keep the test page from opening a tab
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 1 }));
    expect(fired).to.equal(0);
  });
});

describe('<related-list> target and rel', () => {
  it('no target: no rel, no target attribute', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    const link = part(el, 'link')!;
    expect(link.hasAttribute('target')).to.equal(false);
    expect(link.hasAttribute('rel')).to.equal(false);
  });

  it('target=_blank: noopener on same-origin links, noopener noreferrer across origins; opener is refused', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list
        target="_blank"
        rel="opener nofollow"
        .items=${[
          { title: 'Ours', url: '/news/1' },
          { title: 'Theirs', url: 'https://elsewhere.example/story' },
        ]}
      ></related-list>`,
    );
    const [ours, theirs] = parts(el, 'link');
    expect(ours.getAttribute('target')).to.equal('_blank');
    expect(ours.getAttribute('rel')!.split(' ').sort()).to.deep.equal(['nofollow', 'noopener']);
    expect(theirs.getAttribute('rel')!.split(' ').sort()).to.deep.equal(['nofollow', 'noopener', 'noreferrer']);
  });

  it('target=_self keeps the owner rel as given', async () => {
    const el = await fixture<RelatedList>(html`<related-list target="_self" rel="nofollow" .items=${sampleItems()}></related-list>`);
    expect(part(el, 'link')!.getAttribute('rel')).to.equal('nofollow');
  });

  for (const layout of ['list', 'compact', 'cards'] as const) {
    it(`${layout}: target and rel set after the first render reach the links already shown, and unset leave them`, async () => {
      const items = [
        { id: 'ours', title: 'Ours', url: '/news/1' },
        { id: 'theirs', title: 'Theirs', url: 'https://elsewhere.example/story' },
      ];
      const el = await fixture<RelatedList>(html`<related-list layout=${layout} .items=${items}></related-list>`);
      const before = parts(el, 'link');
      el.target = '_blank';
      await el.updateComplete;
      const [ours, theirs] = parts(el, 'link');
      expect([ours, theirs].map((a) => a.getAttribute('target'))).to.deep.equal(['_blank', '_blank']);
      expect([ours, theirs].map((a) => a.getAttribute('rel'))).to.deep.equal(['noopener', 'noopener noreferrer']);
      el.rel = 'nofollow';
      await el.updateComplete;
      expect(parts(el, 'link').map((a) => a.getAttribute('rel'))).to.deep.equal(['nofollow noopener', 'nofollow noopener noreferrer']);
      el.target = undefined;
      el.rel = undefined;
      await el.updateComplete;
      const after = parts(el, 'link');
      expect(after.map((a) => [a.hasAttribute('target'), a.hasAttribute('rel')])).to.deep.equal([
        [false, false],
        [false, false],
      ]);
      expect(after.map((a) => a.getAttribute('href'))).to.deep.equal(['/news/1', 'https://elsewhere.example/story']);
      if (layout !== 'cards')
        expect(
          after.every((a, i) => a === before[i]),
          'the same links, rewritten in place',
        ).to.equal(true);
    });
  }
});
