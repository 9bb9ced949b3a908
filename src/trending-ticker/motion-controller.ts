/**
 * Everything that moves in a `<trending-ticker>`, and when it may move.
 *
 * - `scroll`: one Web Animations transform animation on the track (compositor-driven, no per-frame
 *   JavaScript) that slides it by exactly one copy of the list, repeating forever: a seamless loop.
 * - `rotate`: a progress-bar animation lasting `interval` seconds; each time it finishes the host shows
 *   the next headline (a CSS transition). Pausing the bar pauses the rotation, remaining time kept.
 *
 * It is a lazy chunk: the ticker loads it after its first render that can move (not for `mode="static"`,
 * under reduced motion, or on a server), so a page whose tickers never move never downloads it.
 *
 * Motion runs only when nothing asks it to stop: the reader's pause button, a pointer over the headlines,
 * keyboard focus among them, the element off screen, the tab hidden, or `prefers-reduced-motion`.
 * Animations are paused (not restarted) in between, and cancelled on disconnect with every observer and
 * listener; reconnecting resumes where the loop was.
 *
 * Main-thread cost while scrolling (traced in Chromium 156, bench `ticker`): no script, style, layout or
 * paint per frame. What remains is Chromium's own presentation feedback, one tiny main-thread task per
 * compositor frame that shows a change (cc's ProxyMain::DidPresentCompositorFrame), so any 60 fps
 * transform animation, even a 4px div, costs about 2.5-3.5 ms/s there. Only fewer changed frames lower
 * it (a `steps()` easing: 40 steps/s about 38 tasks/s, 15 steps/s about 17), at the cost of smoothness.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VisibilityController } from '../base/visibility-controller.js';

export type TickerMode = 'scroll' | 'rotate' | 'static';

/** What the controller needs from its element. */
export interface TickerMotionHost extends ReactiveControllerHost, HTMLElement {
  /** The mode in force: the `mode` attribute, with an unknown value already taken as `scroll`. */
  readonly motionMode: TickerMode;
  readonly paused: boolean;
  /** Pixels per second in `scroll` mode (undefined: the `--reader-ticker-speed` token, then 40). */
  readonly speed?: number;
  /** Seconds per headline in `rotate` mode. */
  readonly interval: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface TickerMotionOptions {
  /** `rotate` mode: the interval ran out, show the next headline. */
  onAdvance(): void;
  /** `scroll` mode: how many hidden copies of the list the track needs to cover the viewport. */
  onCopiesNeeded(copies: number): void;
  /** `prefers-reduced-motion: reduce`, which the host follows (it renders a still list then, before any motion loads). */
  readonly reducedMotion: { readonly matches: boolean };
}

export const SCROLL_ANIMATION_ID = 'trending-ticker-scroll';
export const ROTATE_ANIMATION_ID = 'trending-ticker-rotate';
const DEFAULT_SPEED = 40;
const MAX_COPIES = 8;

export class TickerMotion implements ReactiveController {
  readonly visibility: VisibilityController;
  /** A pointer is over the headlines. */
  hovered = false;
  /** Keyboard focus is on one of the headlines. */
  focused = false;

  private scroll?: Animation;
  private rotate?: Animation;
  /** The rotation interval ran out while motion was stopped (a pointer arrived in the same frame): advance on resume. */
  private advanceDue = false;
  private resize?: ResizeObserver;
  private observed = new Set<Element>();
  /** Widths the ResizeObserver reported (after layout), so an update never reads layout itself. */
  private widths = new WeakMap<Element, number>();
  private distance = 0;
  /** Where the scroll loop was when the element was disconnected (0 to 1). */
  private savedProgress = 0;
  private connected = false;

  constructor(
    private readonly host: TickerMotionHost,
    private readonly options: TickerMotionOptions,
  ) {
    host.addController(this);
    this.visibility = new VisibilityController(host, () => this.sync());
  }

  /** The mode allows motion and the reader did not ask for none. */
  get canMove(): boolean {
    return this.host.motionMode !== 'static' && !this.options.reducedMotion.matches;
  }

  /** Motion is actually running now. */
  get running(): boolean {
    return this.connected && this.canMove && !this.host.paused && !this.hovered && !this.focused && this.visibility.visible;
  }

  setHovered(hovered: boolean): void {
    if (hovered === this.hovered) return;
    this.hovered = hovered;
    this.sync();
  }

  setFocused(focused: boolean): void {
    if (focused === this.focused) return;
    this.focused = focused;
    this.sync();
  }

  /** `scroll` mode: moves the loop so that `item` (in the first copy) starts at the viewport's start edge. */
  reveal(item: HTMLElement): void {
    const animation = this.scroll;
    const track = this.query('.track');
    if (!animation || !track || this.distance <= 0) return;
    const offset = this.isRtl() ? track.offsetWidth - item.offsetLeft - item.offsetWidth : item.offsetLeft;
    const duration = Number(animation.effect?.getTiming().duration) || 0;
    animation.currentTime = (Math.min(Math.max(offset, 0), this.distance) / this.distance) * duration;
  }

  /** `rotate` mode: the current headline changed by hand; give it a full interval. */
  restartInterval(): void {
    if (this.rotate) this.rotate.currentTime = 0;
  }

  hostConnected(): void {
    this.connected = true;
    // Lit does not render again on reconnect; ask for an update so the animations are rebuilt.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.savedProgress = this.progress();
    this.hovered = false;
    this.focused = false;
    this.cancelScroll();
    this.cancelRotate();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Brings the animations in line with the mode, the rendered content and the reasons to pause. */
  sync(): void {
    if (!this.connected) return;
    this.syncScroll();
    this.syncRotate();
  }

  private syncScroll(): void {
    const track = this.query('.track');
    const group = this.query('.group');
    if (this.host.motionMode !== 'scroll' || !this.canMove || !track || !group) return this.cancelScroll();
    if (this.scroll && (this.scroll.effect as KeyframeEffect | null)?.target !== track) this.cancelScroll();
    const viewportElement = track.parentElement;
    this.observe(group, viewportElement);

    // Sizes come from the ResizeObserver, delivered after layout and before paint: reading offsetWidth
    // here, in the middle of an update, would force a layout of the whole page while it is still rendering.
    const width = this.width(group);
    if (width === undefined) return; // not measured yet: the observer calls back before the first paint
    const viewport = viewportElement ? (this.width(viewportElement) ?? 0) : 0;
    if (width <= 0) {
      this.scroll?.pause();
      return;
    }
    // A very short list in a wide column needs a few copies; the cap guards against a runaway layout.
    this.options.onCopiesNeeded(Math.min(MAX_COPIES, Math.max(1, Math.ceil(viewport / width))));

    const duration = (width / this.speed()) * 1000;
    // Made only when an animation starts or its distance changes, not on every update.
    const keyframes = () => [{ transform: 'translateX(0)' }, { transform: `translateX(${this.isRtl() ? width : -width}px)` }];
    if (!this.scroll) {
      this.scroll = track.animate(keyframes(), { duration, iterations: Infinity });
      this.scroll.id = SCROLL_ANIMATION_ID;
      this.scroll.currentTime = this.savedProgress * duration;
      this.savedProgress = 0;
      this.distance = width;
    } else {
      const effect = this.scroll.effect as KeyframeEffect;
      const oldDuration = Number(effect.getTiming().duration);
      if (width !== this.distance || Math.abs(duration - oldDuration) > 0.5) {
        // New content or speed: keep the same fraction of the loop, so nothing jumps back to the start.
        const progress = this.progress();
        effect.setKeyframes(keyframes());
        effect.updateTiming({ duration });
        this.scroll.currentTime = progress * duration;
        this.distance = width;
      }
    }
    this.playOrPause(this.scroll);
  }

  private syncRotate(): void {
    const bar = this.query('.progress');
    if (this.host.motionMode !== 'rotate' || !this.canMove || !bar) return this.cancelRotate();
    if (this.rotate && (this.rotate.effect as KeyframeEffect | null)?.target !== bar) this.cancelRotate();
    const duration = Math.max(1, Number(this.host.interval) || 5) * 1000;
    if (!this.rotate) {
      this.rotate = bar.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], { duration, fill: 'forwards' });
      this.rotate.id = ROTATE_ANIMATION_ID;
      this.rotate.addEventListener('finish', this.onRotateFinish);
    } else if (Number(this.rotate.effect?.getTiming().duration) !== duration) {
      this.rotate.effect?.updateTiming({ duration });
    }
    if (this.advanceDue && this.running) {
      // The interval ran out just as motion stopped: the headline it was due moves on now, not a whole interval later.
      this.advanceDue = false;
      this.options.onAdvance();
    }
    this.playOrPause(this.rotate);
  }

  private readonly onRotateFinish = () => {
    if (!this.running) {
      this.advanceDue = true;
      return;
    }
    this.options.onAdvance();
    this.rotate?.play(); // a finished animation plays again from the start
  };

  private playOrPause(animation: Animation): void {
    if (this.running) {
      if (animation.playState !== 'running') animation.play();
    } else if (animation.playState === 'running') {
      animation.pause();
    }
  }

  /** How far through one loop the scroll animation is (0 to 1). */
  private progress(): number {
    const animation = this.scroll;
    const duration = Number(animation?.effect?.getTiming().duration) || 0;
    const time = Number(animation?.currentTime) || 0;
    return duration > 0 ? (time % duration) / duration : this.savedProgress;
  }

  private cancelScroll(): void {
    this.scroll?.cancel();
    this.scroll = undefined;
    this.distance = 0;
    this.resize?.disconnect();
    this.resize = undefined;
    this.observed.clear();
  }

  private cancelRotate(): void {
    this.advanceDue = false;
    this.rotate?.removeEventListener('finish', this.onRotateFinish);
    this.rotate?.cancel();
    this.rotate = undefined;
  }

  /** Measures, and re-measures when the list or the viewport changes size (fonts arriving, a resized column). */
  private observe(...elements: Array<Element | null>): void {
    if (typeof ResizeObserver !== 'function') return;
    this.resize ??= new ResizeObserver((entries) => {
      // The physical width (the strip moves along x), not the inline size, which a vertical page turns
      // into a height. The list and the viewport have no padding or border: content box = border box.
      for (const entry of entries) this.widths.set(entry.target, entry.contentRect.width);
      this.sync();
    });
    for (const element of elements) {
      if (!element || this.observed.has(element)) continue;
      this.observed.add(element);
      this.resize.observe(element);
    }
  }

  /** The element's last observed width (undefined until observed); without ResizeObserver, measured now. */
  private width(element: HTMLElement): number | undefined {
    return typeof ResizeObserver === 'function' ? this.widths.get(element) : element.offsetWidth;
  }

  private speed(): number {
    const own = Number(this.host.speed);
    if (own > 0) return own;
    const token = parseFloat(getComputedStyle(this.host).getPropertyValue('--reader-ticker-speed'));
    return token > 0 ? token : DEFAULT_SPEED;
  }

  private isRtl(): boolean {
    // The ticker's direction is its locale's, set inside the shadow root, not necessarily the host's.
    return getComputedStyle(this.query('.ticker') ?? this.host).direction === 'rtl';
  }

  private query(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }
}
