import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/trending-ticker/define.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import { untilRendered } from '../helpers.js';

const scrolling = (el: TrendingTicker) =>
  el.shadowRoot!.getAnimations().filter((a) => a.id === 'trending-ticker-scroll' && a.playState === 'running');

/** The marquee takes its width from a ResizeObserver (after layout, never during an update): wait for it to move. */
async function marqueeStarted(el: TrendingTicker): Promise<void> {
  await el.updateComplete;
  await untilRendered(() => scrolling(el).length > 0, 'the marquee should start once its width is known');
  await el.updateComplete;
}

const items = [
  { id: 'a', title: 'Harbour bridge reopens', summary: 'Engineers replaced 4,000 rivets.', url: '/a' },
  { id: 'b', title: 'Library extends weekend hours', summary: 'Open until 8 pm on Saturdays.', url: '/b' },
];

/**
 * Counts what is alive right now: intervals and timeouts not yet cleared, observers not disconnected,
 * media-query and visibilitychange listeners not removed. Wraps the globals for the duration of a test.
 */
function trackResources() {
  const intervals = new Set<unknown>();
  const timeouts = new Set<unknown>();
  const observers = { intersection: new Set<object>(), resize: new Set<object>() };
  let mediaListeners = 0;
  let visibilityListeners = 0;
  const real = {
    IntersectionObserver: window.IntersectionObserver,
    ResizeObserver: window.ResizeObserver,
    matchMedia: window.matchMedia,
    // On the prototype: the widgets call EventTarget's methods on the document (core/platform.ts).
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
  };
  // Plain functions typed loosely: the DOM and Node typings of the timer functions disagree.
  type Timer = (...args: unknown[]) => unknown;
  const w = window as unknown as Record<'setInterval' | 'clearInterval' | 'setTimeout' | 'clearTimeout', Timer>;
  const realTimers = { setInterval: w.setInterval, clearInterval: w.clearInterval, setTimeout: w.setTimeout, clearTimeout: w.clearTimeout };
  w.setInterval = (...args: unknown[]) => {
    const id = realTimers.setInterval.apply(window, args);
    intervals.add(id);
    return id;
  };
  w.clearInterval = (id: unknown) => {
    intervals.delete(id);
    realTimers.clearInterval.call(window, id);
  };
  w.setTimeout = (fn: unknown, ...rest: unknown[]) => {
    const id: unknown = realTimers.setTimeout.call(
      window,
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof fn === 'function') fn(...a);
      },
      ...rest,
    );
    timeouts.add(id);
    return id;
  };
  w.clearTimeout = (id: unknown) => {
    timeouts.delete(id);
    realTimers.clearTimeout.call(window, id);
  };
  for (const kind of ['intersection', 'resize'] as const) {
    const Base = kind === 'intersection' ? real.IntersectionObserver : real.ResizeObserver;
    const live = observers[kind];
    const Tracked = class extends (Base as typeof IntersectionObserver) {
      override observe(target: Element) {
        live.add(this);
        super.observe(target);
      }
      override disconnect() {
        live.delete(this);
        super.disconnect();
      }
    };
    if (kind === 'intersection') window.IntersectionObserver = Tracked;
    else window.ResizeObserver = Tracked as unknown as typeof ResizeObserver;
  }
  window.matchMedia = (query: string) => {
    const list = real.matchMedia.call(window, query);
    const add = list.addEventListener.bind(list);
    const remove = list.removeEventListener.bind(list);
    list.addEventListener = ((type: string, fn: EventListener) => {
      if (type === 'change') mediaListeners++;
      add(type, fn);
    }) as typeof list.addEventListener;
    list.removeEventListener = ((type: string, fn: EventListener) => {
      if (type === 'change') mediaListeners--;
      remove(type, fn);
    }) as typeof list.removeEventListener;
    return list;
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (this === document && type === 'visibilitychange') visibilityListeners++;
    return (real.add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof EventTarget.prototype.addEventListener;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    if (this === document && type === 'visibilitychange') visibilityListeners--;
    return (real.remove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof EventTarget.prototype.removeEventListener;

  return {
    counts: (root: DocumentOrShadowRoot) => ({
      intervals: intervals.size,
      timeouts: timeouts.size,
      intersectionObservers: observers.intersection.size,
      resizeObservers: observers.resize.size,
      mediaListeners,
      visibilityListeners,
      animations: root.getAnimations().filter((a) => a.id.startsWith('trending-ticker')).length,
    }),
    restore: () => {
      Object.assign(window, realTimers);
      Object.assign(window, {
        IntersectionObserver: real.IntersectionObserver,
        ResizeObserver: real.ResizeObserver,
        matchMedia: real.matchMedia,
      });
      EventTarget.prototype.addEventListener = real.add;
      EventTarget.prototype.removeEventListener = real.remove;
    },
  };
}

describe('<trending-ticker> life cycle', () => {
  it('1,000 connect/disconnect cycles leave no timers, observers, listeners or animations behind', async function () {
    this.timeout(120_000);
    const fetchStub = sinon
      .stub(window, 'fetch')
      .callsFake(async () => new Response(JSON.stringify(items), { headers: { 'content-type': 'application/json' } }));
    const tracker = trackResources();
    try {
      const el = document.createElement('trending-ticker') as TrendingTicker;
      el.src = 'https://example.com/trending.json';
      el.refresh = 60;
      const loaded = oneEvent(el, 'reader-load');
      document.body.append(el);
      await loaded;
      await marqueeStarted(el);
      // While connected, everything the ticker needs is alive (so the counts below could fail).
      expect(tracker.counts(el.shadowRoot!)).to.include({
        intervals: 1,
        intersectionObservers: 1,
        resizeObservers: 1,
        mediaListeners: 1,
        visibilityListeners: 1,
        animations: 1,
      });

      for (let i = 0; i < 1000; i++) {
        el.mode = i % 2 ? 'rotate' : 'scroll';
        el.remove();
        document.body.append(el);
        await el.updateComplete;
        expect(tracker.counts(el.shadowRoot!).animations).to.be.at.most(1);
        // A new marquee starts once the ResizeObserver has reported its width (rotation starts at once).
        await untilRendered(() => tracker.counts(el.shadowRoot!).animations === 1, `cycle ${i}: one animation`);
      }
      el.remove();
      expect(tracker.counts(el.shadowRoot!)).to.deep.equal({
        intervals: 0,
        timeouts: 0,
        intersectionObservers: 0,
        resizeObservers: 0,
        mediaListeners: 0,
        visibilityListeners: 0,
        animations: 0,
      });
      expect(fetchStub.callCount).to.equal(1); // loaded once; reconnecting does not fetch again

      // And it still works when it comes back.
      el.mode = 'scroll';
      document.body.append(el);
      await marqueeStarted(el);
      expect(scrolling(el)).to.have.length(1);
      el.remove();
    } finally {
      tracker.restore();
      fetchStub.restore();
    }
  });

  it("keeps the marquee's place across a disconnect (moving the element in the page does not restart it)", async () => {
    const el = document.createElement('trending-ticker') as TrendingTicker;
    el.items = items;
    document.body.append(el);
    await marqueeStarted(el);
    const before = el.shadowRoot!.getAnimations().find((a) => a.id === 'trending-ticker-scroll')!;
    const duration = Number(before.effect!.getTiming().duration);
    before.currentTime = duration / 2;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el); // disconnect + connect
    await el.updateComplete;
    const after = el.shadowRoot!.getAnimations().find((a) => a.id === 'trending-ticker-scroll')!;
    expect(after).not.to.equal(before);
    expect(before.playState).to.equal('idle'); // the old one was cancelled
    expect(Number(after.currentTime) / duration).to.be.closeTo(0.5, 0.05);
    other.remove();
  });
});
