import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/trending-ticker/define.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { ROTATE_ANIMATION_ID, SCROLL_ANIMATION_ID } from '../../src/trending-ticker/motion-controller.js';
import { loadSeed, part, parts, untilRendered } from '../helpers.js';
import { requestsSettled } from '../../src/sources/cache.js';
import { englishHeadlines } from './fixtures.js';

const english = englishHeadlines;

const realVisibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
/** Back to the real `document.visibilityState`. */
const restorePageVisibility = () => Object.defineProperty(Document.prototype, 'visibilityState', realVisibility);

/** Makes the page look hidden or shown (`document.visibilityState` plus its event) (`restorePageVisibility` undoes it). */
function setPageVisibility(state: 'hidden' | 'visible'): void {
  // On the prototype: the widgets read the platform's getter (core/platform.ts), which page markup cannot shadow.
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** The ticker's own animation of the given kind, if any. */
function animation(el: TrendingTicker, id: string): Animation | undefined {
  return el.shadowRoot!.getAnimations().find((a) => a.id === id);
}

/**
 * Waits until a shown marquee is measured and moving: its width arrives from a ResizeObserver after
 * layout (never read during an update), then it adds the copies it needs.
 */
async function marqueeStarted(el: TrendingTicker): Promise<void> {
  await el.updateComplete;
  if (!el.shadowRoot!.querySelector('.track')) return;
  await untilRendered(() => animation(el, SCROLL_ANIMATION_ID), 'the marquee should start once its width is known');
  await el.updateComplete;
}

async function ticker(markup: ReturnType<typeof html>): Promise<TrendingTicker> {
  const el = await fixture<TrendingTicker>(markup);
  await marqueeStarted(el);
  return el;
}

/** The headlines the reader can reach: links in the first copy of the list (or the only list). */
function headlines(el: TrendingTicker): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="list"]:not(.copy) [part~="link"]')];
}

describe('<trending-ticker> input', () => {
  it('renders the seed\'s nine trending headlines from the items attribute, with the feed\'s "..." shown as one "…"', async () => {
    const seed = await loadSeed();
    const el = await ticker(html`<trending-ticker lang="zh-CN" mode="static" items=${JSON.stringify(seed.trending)}></trending-ticker>`);
    const titles = parts(el, 'title').map((t) => t.textContent);
    expect(titles).to.have.length(9);
    expect(titles[0]).to.equal('“小小艺术家”绘画评选微信投票…');
    expect(titles[1]).to.equal('2025年11月发泡陶瓷线条…'); // the comma before the cut goes too
    expect(titles[4]).to.equal('中希人文艺术交流互鉴月启幕');
    expect(part(el, 'heading')!.textContent).to.equal('热门');
    for (const excerpt of parts(el, 'excerpt')) {
      expect(excerpt.textContent!.endsWith('…')).to.equal(true);
      expect(excerpt.textContent).not.to.include('...');
    }
  });

  it('renders from the items property as an array or as {items}, and a property set after the attribute wins', async () => {
    const el = await ticker(
      html`<trending-ticker mode="static" items=${JSON.stringify([{ title: 'From the attribute' }])}></trending-ticker>`,
    );
    expect(part(el, 'title')!.textContent).to.equal('From the attribute');
    el.items = english;
    await oneEvent(el, 'reader-load');
    expect(parts(el, 'title').map((t) => t.textContent)).to.deep.equal(english.map((a) => a.title));
    el.items = { items: english.slice(0, 1) };
    await oneEvent(el, 'reader-load');
    expect(parts(el, 'title')).to.have.length(1);
  });

  it('fetches src, and with refresh re-fetches it without replacing the headlines or restarting the marquee', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fetchStub = sinon
      .stub(window, 'fetch')
      .callsFake(async () => new Response(JSON.stringify(english), { headers: { 'content-type': 'application/json' } }));
    try {
      const el = document.createElement('trending-ticker') as TrendingTicker;
      el.src = 'https://example.com/trending.json';
      el.refresh = 30;
      const loaded = oneEvent(el, 'reader-load');
      document.body.append(el);
      await loaded;
      await marqueeStarted(el);
      expect(fetchStub.callCount).to.equal(1);
      const firstLink = headlines(el)[0];
      const scroll = animation(el, SCROLL_ANIMATION_ID)!;
      scroll.pause();
      scroll.currentTime = 1234;

      // The same answer again changes nothing, so no reader-load: wait for the request to end instead.
      clock.tick(30_000);
      expect(fetchStub.callCount).to.equal(2);
      await requestsSettled();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="placeholder"]')).to.equal(null); // never blanked
      expect(headlines(el)[0]).to.equal(firstLink); // same DOM: focus and place are kept
      expect(animation(el, SCROLL_ANIMATION_ID)).to.equal(scroll);
      expect(Math.round(Number(scroll.currentTime))).to.equal(1234);

      el.remove();
      clock.tick(120_000);
      expect(fetchStub.callCount).to.equal(2); // no refresh while disconnected
    } finally {
      document.querySelectorAll('trending-ticker').forEach((e) => e.remove());
      fetchStub.restore();
      clock.restore();
    }
  });

  it('a refresh that fails keeps the headlines on screen', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let calls = 0;
    const fetchStub = sinon
      .stub(window, 'fetch')
      .callsFake(async () =>
        ++calls === 1
          ? new Response(JSON.stringify(english), { headers: { 'content-type': 'application/json' } })
          : new Response('down', { status: 503 }),
      );
    let warned!: () => void;
    const warning = new Promise<void>((resolve) => (warned = resolve));
    const warn = sinon.stub(console, 'warn').callsFake(() => warned());
    const el = document.createElement('trending-ticker') as TrendingTicker;
    try {
      el.src = 'https://example.com/failing-later.json';
      el.refresh = 10;
      const loaded = oneEvent(el, 'reader-load');
      document.body.append(el);
      await loaded;
      clock.tick(10_000);
      await warning;
      await el.updateComplete;
      expect(fetchStub.callCount).to.be.greaterThan(1);
      expect(part(el, 'error')).to.equal(null);
      expect(headlines(el)).to.have.length(3);
    } finally {
      el.remove();
      warn.restore();
      fetchStub.restore();
      clock.restore();
    }
  });

  it('shows the error part for bad JSON and recovers with good input', async () => {
    const el = document.createElement('trending-ticker') as TrendingTicker;
    const failed = oneEvent(el, 'reader-error');
    el.setAttribute('items', '[{"title": "unterminated"');
    document.body.append(el);
    await failed;
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(animation(el, SCROLL_ANIMATION_ID)).to.equal(undefined);
    const loaded = oneEvent(el, 'reader-load');
    el.items = english;
    await loaded;
    expect(part(el, 'error')).to.equal(null);
    expect(parts(el, 'title')[0].textContent).to.equal(english[0].title);
    el.remove();
  });

  it('shows a quiet empty state for an empty list', async () => {
    const el = await ticker(html`<trending-ticker lang="en" items="[]"></trending-ticker>`);
    expect(part(el, 'empty')!.textContent).to.equal('Nothing here yet.');
    expect(part(el, 'error')).to.equal(null);
    expect(el.shadowRoot!.getAnimations().filter((a) => a.id === SCROLL_ANIMATION_ID)).to.have.length(0);
  });
});

describe('<trending-ticker> modes', () => {
  it('scroll: one running compositor animation over the list and hidden, inert copies of it', async () => {
    const el = await ticker(html`<trending-ticker lang="en" style="width: 300px" .items=${english}></trending-ticker>`);
    const scroll = animation(el, SCROLL_ANIMATION_ID)!;
    expect(scroll.playState).to.equal('running');
    const keyframes = (scroll.effect as KeyframeEffect).getKeyframes();
    const group = el.shadowRoot!.querySelector<HTMLElement>('.group:not(.copy)')!;
    expect(keyframes[0].transform).to.equal('translateX(0px)');
    // The loop slides by exactly one copy of the list (its laid-out width, fractions included).
    const distance = /^translateX\((-[\d.]+)px\)$/.exec(String(keyframes[1].transform));
    expect(Number(distance?.[1])).to.be.closeTo(-group.getBoundingClientRect().width, 0.01);
    expect(headlines(el)).to.have.length(3);
    const copies = el.shadowRoot!.querySelectorAll<HTMLElement>('.copy');
    expect(copies.length).to.be.greaterThan(0);
    for (const copy of copies) {
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(copy.inert).to.equal(true);
      expect(copy.textContent).to.include(english[2].title);
    }
  });

  it('scroll in an RTL page moves the other way', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar"><trending-ticker .items=${english}></trending-ticker></div>`);
    const el = wrapper.querySelector('trending-ticker')!;
    await marqueeStarted(el);
    const keyframes = (animation(el, SCROLL_ANIMATION_ID)!.effect as KeyframeEffect).getKeyframes();
    expect(String(keyframes[1].transform)).to.match(/^translateX\(\d+(\.\d+)?px\)$/);
  });

  it('an unknown mode scrolls like scroll mode (with a warning), instead of standing still', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await ticker(html`<trending-ticker lang="en" mode="sideways" style="width: 300px" .items=${english}></trending-ticker>`);
      expect(animation(el, SCROLL_ANIMATION_ID)!.playState).to.equal('running');
      expect(warnings.some((w) => w.includes('mode="sideways"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('rotate: lowering limit below the current headline shows one that is still in the list', async () => {
    const el = await ticker(html`<trending-ticker lang="en" mode="rotate" .items=${english}></trending-ticker>`);
    part(el, 'next-button')!.click();
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(part(el, 'current')!.querySelector('[part~="title"]')!.textContent).to.equal(english[2].title);
    el.limit = 2;
    await el.updateComplete;
    expect(part(el, 'current')!.querySelector('[part~="title"]')!.textContent).to.equal(english[1].title);
  });

  it('rotate: one headline shown at a time, advancing when the interval runs out and with previous/next', async () => {
    const el = await ticker(html`<trending-ticker lang="en" mode="rotate" interval="7" .items=${english}></trending-ticker>`);
    const current = () => part(el, 'current')!.querySelector('[part~="title"]')!.textContent;
    expect(current()).to.equal(english[0].title);
    expect(parts(el, 'item')).to.have.length(3); // all there for Tab and screen readers; only one shown
    expect(getComputedStyle(parts(el, 'item')[1]).opacity).to.equal('0');
    expect(el.shadowRoot!.querySelector('.slides')!.getAttribute('aria-live')).to.equal('off');
    const timer = animation(el, ROTATE_ANIMATION_ID)!;
    expect(timer.playState).to.equal('running');
    expect(timer.effect!.getTiming().duration).to.equal(7000);
    timer.finish();
    await oneEvent(timer, 'finish');
    await el.updateComplete;
    expect(current()).to.equal(english[1].title);
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(current()).to.equal(english[2].title);
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(current()).to.equal(english[0].title);
    part(el, 'previous-button')!.click();
    await el.updateComplete;
    expect(current()).to.equal(english[2].title);
    expect(part(el, 'previous-button')!.getAttribute('aria-label')).to.equal('Previous');
  });

  it('rotate: an interval that runs out as a pointer arrives advances when the pointer leaves, not an interval later', async () => {
    const el = await ticker(html`<trending-ticker lang="en" mode="rotate" .items=${english}></trending-ticker>`);
    const current = () => part(el, 'current')!.querySelector('[part~="title"]')!.textContent;
    const viewport = part(el, 'viewport')!;
    const timer = animation(el, ROTATE_ANIMATION_ID)!;
    timer.finish(); // the interval is over; its finish event is still queued …
    viewport.dispatchEvent(new PointerEvent('pointerenter')); // … when the pointer arrives
    await oneEvent(timer, 'finish');
    await el.updateComplete;
    expect(current(), 'no change under the pointer').to.equal(english[0].title);
    viewport.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(current()).to.equal(english[1].title);
    const restarted = animation(el, ROTATE_ANIMATION_ID)!;
    expect([restarted.playState, Number(restarted.currentTime) < 1000]).to.deep.equal(['running', true]);
  });

  it('static: a ranked list without motion or controls; limit and ranks', async () => {
    const seed = await loadSeed();
    const el = await ticker(html`<trending-ticker lang="zh-CN" mode="static" ranks limit="5" .items=${seed.trending}></trending-ticker>`);
    expect(part(el, 'list')!.localName).to.equal('ol');
    expect(parts(el, 'item')).to.have.length(5);
    expect(parts(el, 'rank').map((r) => r.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(parts(el, 'control')).to.have.length(0);
    expect(el.shadowRoot!.getAnimations().filter((a) => a.id.startsWith('trending-ticker'))).to.have.length(0);
  });

  it('excerpt-length cuts excerpts by display width (CJK counts 2) and 0 hides them', async () => {
    const el = await ticker(
      html`<trending-ticker
        mode="static"
        excerpt-length="20"
        .items=${[
          { title: '标题', summary: '在建筑装饰材料领域发泡陶瓷凭借其独特的性能优势' },
          { title: 'T', summary: 'Engineers replaced four thousand rivets' },
        ]}
      ></trending-ticker>`,
    );
    expect(parts(el, 'excerpt').map((e) => e.textContent)).to.deep.equal(['在建筑装饰材料领域…', 'Engineers replaced…']);
    el.excerptLength = 0;
    await el.updateComplete;
    expect(parts(el, 'excerpt')).to.have.length(0);
  });
});

describe('<trending-ticker> pausing (WAI-ARIA carousel)', () => {
  it('pauses while a pointer is over the headlines', async () => {
    const el = await ticker(html`<trending-ticker .items=${english}></trending-ticker>`);
    const scroll = animation(el, SCROLL_ANIMATION_ID)!;
    part(el, 'viewport')!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(scroll.playState).to.equal('paused');
    part(el, 'viewport')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(scroll.playState).to.equal('running');
  });

  it('pauses while keyboard focus is on a headline, and brings the focused headline into view', async () => {
    const el = await ticker(html`<trending-ticker style="width: 240px" .items=${english}></trending-ticker>`);
    const scroll = animation(el, SCROLL_ANIMATION_ID)!;
    const third = headlines(el)[2];
    third.focus();
    expect(el.shadowRoot!.activeElement).to.equal(third);
    expect(scroll.playState).to.equal('paused');
    const viewport = part(el, 'viewport')!.getBoundingClientRect();
    const box = third.getBoundingClientRect();
    expect(box.left).to.be.within(viewport.left - 1, viewport.right);
    third.blur();
    expect(scroll.playState).to.equal('running');
  });

  it('rotate: focusing a hidden headline shows it and stops the rotation', async () => {
    const el = await ticker(html`<trending-ticker mode="rotate" .items=${english}></trending-ticker>`);
    headlines(el)[2].focus();
    await el.updateComplete;
    expect(part(el, 'current')!.textContent).to.include(english[2].title);
    expect(animation(el, ROTATE_ANIMATION_ID)!.playState).to.equal('paused');
  });

  it('the pause button toggles motion and its label', async () => {
    const el = await ticker(html`<trending-ticker lang="en" .items=${english}></trending-ticker>`);
    const scroll = animation(el, SCROLL_ANIMATION_ID)!;
    const button = part(el, 'pause-button')!;
    expect(button.getAttribute('aria-label')).to.equal('Pause');
    button.click();
    await el.updateComplete;
    expect(scroll.playState).to.equal('paused');
    expect(button.getAttribute('aria-label')).to.equal('Play');
    expect(el.hasAttribute('paused')).to.equal(true);
    button.click();
    await el.updateComplete;
    expect(scroll.playState).to.equal('running');
    expect(button.getAttribute('aria-label')).to.equal('Pause');
  });

  it('stops while the tab is hidden and goes on where it was when the tab is shown', async () => {
    const el = await ticker(html`<trending-ticker .items=${english}></trending-ticker>`);
    const scroll = animation(el, SCROLL_ANIMATION_ID)!;
    try {
      setPageVisibility('hidden');
      expect(scroll.playState).to.equal('paused');
      const at = Number(scroll.currentTime);
      setPageVisibility('visible');
      expect(scroll.playState).to.equal('running');
      expect(animation(el, SCROLL_ANIMATION_ID), 'the same animation, not a new one from the start').to.equal(scroll);
      expect(Number(scroll.currentTime)).to.be.at.least(at);
    } finally {
      restorePageVisibility();
    }
  });

  it('stops while scrolled off screen, in scroll and rotate modes, and goes on when back', async () => {
    for (const mode of ['scroll', 'rotate'] as const) {
      const el = await ticker(html`<trending-ticker mode=${mode} .items=${english}></trending-ticker>`);
      const moving = animation(el, mode === 'scroll' ? SCROLL_ANIMATION_ID : ROTATE_ANIMATION_ID)!;
      expect(moving.playState).to.equal('running');
      el.style.transform = 'translateY(-200vh)'; // off screen; nothing else about it changes
      await untilRendered(() => moving.playState === 'paused', `${mode}: paused once off screen`);
      el.style.transform = '';
      await untilRendered(() => moving.playState === 'running', `${mode}: running again on screen`);
      el.remove();
    }
  });

  it('the pause button speaks the page language', async () => {
    const el = await ticker(html`<trending-ticker lang="zh-CN" mode="rotate" .items=${english}></trending-ticker>`);
    expect(part(el, 'pause-button')!.getAttribute('aria-label')).to.equal('暂停');
    expect(part(el, 'next-button')!.getAttribute('aria-label')).to.equal('下一条');
  });
});

describe('<trending-ticker> speed', () => {
  /** Pixels per second of the marquee: the distance of one loop over its duration. */
  const pixelsPerSecond = (el: TrendingTicker) => {
    const scroll = animation(el, SCROLL_ANIMATION_ID)!;
    const distance = Math.abs(
      parseFloat(/translateX\((-?[\d.]+)px\)/.exec(String((scroll.effect as KeyframeEffect).getKeyframes()[1].transform))![1]),
    );
    return distance / (Number(scroll.effect!.getTiming().duration) / 1000);
  };

  it('moves at 40 px/s by default, at --reader-ticker-speed from any ancestor, and at `speed` above both', async () => {
    const plain = await ticker(html`<trending-ticker .items=${english}></trending-ticker>`);
    expect(pixelsPerSecond(plain)).to.be.closeTo(40, 0.01);
    const wrapper = await fixture<HTMLElement>(
      html`<div style="--reader-ticker-speed: 90"><trending-ticker .items=${english}></trending-ticker></div>`,
    );
    const themed = wrapper.querySelector('trending-ticker')!;
    await marqueeStarted(themed);
    expect(pixelsPerSecond(themed)).to.be.closeTo(90, 0.01);
    themed.speed = 25;
    await themed.updateComplete;
    expect(pixelsPerSecond(themed)).to.be.closeTo(25, 0.01);
  });

  it('a new speed keeps the place in the loop (no jump back to the start)', async () => {
    const el = await ticker(html`<trending-ticker speed="40" .items=${english}></trending-ticker>`);
    const scroll = animation(el, SCROLL_ANIMATION_ID)!;
    scroll.pause();
    const duration = Number(scroll.effect!.getTiming().duration);
    scroll.currentTime = duration * 0.25;
    el.speed = 80;
    await el.updateComplete;
    expect(animation(el, SCROLL_ANIMATION_ID)).to.equal(scroll);
    expect(Number(scroll.currentTime) / Number(scroll.effect!.getTiming().duration)).to.be.closeTo(0.25, 0.01);
  });

  it('ignores a speed that is not a positive number (falls back to the token, then 40)', async () => {
    const el = await ticker(html`<trending-ticker speed="-5" .items=${english}></trending-ticker>`);
    expect(pixelsPerSecond(el)).to.be.closeTo(40, 0.01);
  });
});

describe('<trending-ticker> keyboard', () => {
  it('Tab reaches the pause button and every headline once, never a hidden copy', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">before</button><trending-ticker lang="en" style="width: 280px" .items=${english}></trending-ticker
        ><button id="after">after</button>
      </div>`,
    );
    const el = wrapper.querySelector('trending-ticker')!;
    await marqueeStarted(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
      if (!active || active.id === 'after') break;
      stops.push(active.getAttribute('aria-label') ?? active.querySelector('[part~="title"]')!.textContent!);
      expect(active.closest('.copy')).to.equal(null);
    }
    expect(stops).to.deep.equal(['Pause', ...english.map((a) => a.title)]);
    expect(document.activeElement!.id).to.equal('after');
  });
});

describe('<trending-ticker> with prefers-reduced-motion', () => {
  let stub: sinon.SinonStub;
  beforeEach(() => {
    const real = window.matchMedia.bind(window);
    stub = sinon.stub(window, 'matchMedia').callsFake((query: string) => {
      if (!query.includes('prefers-reduced-motion')) return real(query);
      const list = {
        matches: true,
        media: query,
        onchange: null,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
        dispatchEvent: () => true,
      };
      return list as unknown as MediaQueryList;
    });
  });
  afterEach(() => stub.restore());

  it('scroll shows the still, ranked list: nothing moves and there is no pause button', async () => {
    const el = await ticker(html`<trending-ticker .items=${english}></trending-ticker>`);
    expect(el.shadowRoot!.querySelector('.ticker')!.classList.contains('mode-static')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.copy')).to.have.length(0);
    expect(part(el, 'pause-button')).to.equal(null);
    expect(el.shadowRoot!.getAnimations().filter((a) => a.id.startsWith('trending-ticker'))).to.have.length(0);
  });

  it('rotate turns manual: previous/next only, no timer', async () => {
    const el = await ticker(html`<trending-ticker mode="rotate" .items=${english}></trending-ticker>`);
    expect(part(el, 'pause-button')).to.equal(null);
    expect(part(el, 'next-button')).not.to.equal(null);
    expect(el.shadowRoot!.getAnimations().filter((a) => a.id.startsWith('trending-ticker'))).to.have.length(0);
    part(el, 'next-button')!.click();
    await el.updateComplete;
    expect(part(el, 'current')!.textContent).to.include(english[1].title);
  });
});

/** Clicks the middle of headline `index` in the first hidden copy (inert: the click lands on the track). */
function clickCopy(el: TrendingTicker, index: number, init: MouseEventInit = {}): void {
  const box = el.shadowRoot!.querySelector<HTMLElement>(`.copy .item[data-index="${index}"]`)!.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  part(el, 'track')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0, ...at, ...init }));
}

describe('<trending-ticker> reader-select', () => {
  it('fires with the item, url and index, and cancelling it stops the navigation', async () => {
    const el = await ticker(html`<trending-ticker mode="static" .items=${english}></trending-ticker>`);
    const link = headlines(el)[1] as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://example.com/library');
    let seen: CustomEvent | undefined;
    const listener = (event: Event) => {
      seen = event as CustomEvent;
      event.preventDefault();
    };
    document.addEventListener('reader-select', listener);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 });
    link.dispatchEvent(click);
    document.removeEventListener('reader-select', listener);
    expect(seen!.detail.index).to.equal(1);
    expect(seen!.detail.url).to.equal('https://example.com/library');
    expect(seen!.detail.item.title).to.equal(english[1].title);
    expect(click.defaultPrevented).to.equal(true);
  });

  it('a headline without a URL is a button that fires reader-select; a click on a hidden copy selects the original', async () => {
    const seed = await loadSeed();
    const el = await ticker(html`<trending-ticker .items=${seed.trending}></trending-ticker>`);
    const button = headlines(el)[3];
    expect(button.localName).to.equal('button');
    setTimeout(() => button.click());
    const { detail } = await oneEvent(el, 'reader-select');
    expect(detail).to.include({ index: 3, url: undefined });
    expect(detail.item.id).to.equal('trending-4');

    // A pointer on its way to a click is over the headlines, which stops the marquee: measure it still.
    part(el, 'viewport')!.dispatchEvent(new PointerEvent('pointerenter'));
    expect(animation(el, SCROLL_ANIMATION_ID)!.playState).to.equal('paused');
    const fromCopy = oneEvent(el, 'reader-select');
    clickCopy(el, 5);
    expect((await fromCopy).detail.index).to.equal(5);
  });

  for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey'] as const) {
    it(`a ${modifier.replace('Key', '')}-click on a hidden copy is left to the browser, like one on the original (new tab or window)`, async () => {
      const el = await ticker(html`<trending-ticker .items=${english}></trending-ticker>`);
      part(el, 'viewport')!.dispatchEvent(new PointerEvent('pointerenter'));
      const selects: Event[] = [];
      el.addEventListener('reader-select', (event) => selects.push(event));
      const original = headlines(el)[1];
      const reached: MouseEvent[] = [];
      original.addEventListener('click', (event) => {
        reached.push(event);
        event.preventDefault(); // the test page stays where it is
      });
      clickCopy(el, 1, { [modifier]: true });
      expect(reached, 'the click reached the original link').to.have.length(1);
      expect(reached[0][modifier], 'with its modifier key').to.equal(true);
      expect(selects, 'no reader-select: the browser opens it').to.have.length(0);
      clickCopy(el, 1);
      expect(selects, 'a plain click still selects').to.have.length(1);
    });
  }
});

describe('<trending-ticker> accessibility', () => {
  for (const mode of ['scroll', 'rotate', 'static'] as const) {
    it(`passes axe in ${mode} mode, light and dark`, async () => {
      const seed = await loadSeed();
      for (const theme of ['light', 'dark']) {
        const el = await ticker(
          html`<trending-ticker lang="zh-CN" theme=${theme} ranks mode=${mode} .items=${seed.trending}></trending-ticker>`,
        );
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }
});
