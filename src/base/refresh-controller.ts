/**
 * Live refresh, the same for every element: fetches `src` again every `refresh` seconds while the host is
 * connected, and says what a refresh brought in a polite live region when the owner asked for it.
 *
 * - Not in a hidden tab: a refresh that falls due while the page is hidden waits, and runs once as soon
 *   as the tab is shown again (nobody reads a hidden tab; the reader comes back to fresh data).
 * - The refresh goes through the host's normal load path (`reload`), which keeps what is on screen while
 *   the request is out, revalidates with the server through the HTTP cache, and keeps a failed refresh quiet.
 * - Announcing is opt-in (`announce`): a live region that talks on its own is noise for most readers.
 *   Only data a refresh brought is announced, never the first load or the owner's own changes.
 *
 * Nothing is left running on disconnect; reconnecting starts the timer again. It is a lazy chunk, which
 * the element loads the first time `refresh` is on; the element renders the live region from `announcement`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addDocumentListener, pageHidden, removeDocumentListener } from '../core/platform.js';

/** The shortest period `refresh` accepts, in seconds (a smaller positive value is raised to it). */
export const MIN_REFRESH_SECONDS = 1;

export interface RefreshHost extends ReactiveControllerHost {
  /** Seconds between refreshes (0, negative or NaN: never). */
  readonly refresh: number;
  /** Whether what a refresh brought is announced in a polite live region. */
  readonly announce: boolean;
}

export interface RefreshOptions<T> {
  /** Loads the data again, keeping what is shown until the answer arrives. */
  reload(): void;
  /** The data shown now (undefined before the first load). */
  data(): T | undefined;
  /** Counts the owner's own input changes: data that follows one is the owner's, not the refresh's. */
  ownerChanges(): number;
  /** What the live region says when a refresh changed the data from `before` to `after` ('' for nothing worth saying). */
  describe(before: T, after: T): string;
}

export class RefreshController<T> implements ReactiveController {
  /** What the live region says now. */
  announcement = '';
  /** Counts announcements, so the same words twice in a row are still a new node (and read again). */
  announcements = 0;
  private timer?: ReturnType<typeof setInterval>;
  private periodMs = 0;
  private connected = false;
  /** A refresh fell due while the tab was hidden: it runs when the tab is shown. */
  private due = false;
  private listening = false;
  /**
   * `ownerChanges()` when a refresh was sent, until its data arrives (what arrives next is announced, unless
   * the owner changed an input in between). A refresh of an unchanged feed brings no data, so this can stay set.
   */
  private awaitingData?: number;
  private shown?: T;

  constructor(
    private readonly host: RefreshHost,
    private readonly options: RefreshOptions<T>,
  ) {
    host.addController(this);
  }

  /** The timer is set (the host is connected and `refresh` is on). */
  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    this.waitForVisible(false);
    this.due = false;
  }

  /** Runs after the host's `willUpdate`: the period may have changed, and so may the data. */
  hostUpdate(): void {
    const periodMs = periodOf(this.host.refresh);
    if (periodMs !== this.periodMs) {
      this.periodMs = periodMs;
      this.restart();
    }
    const data = this.options.data();
    if (data === this.shown) return;
    const before = this.shown;
    this.shown = data;
    const fromRefresh = this.awaitingData === this.options.ownerChanges();
    this.awaitingData = undefined;
    if (!fromRefresh || !this.host.announce || before === undefined || data === undefined) return;
    const words = this.options.describe(before, data);
    if (!words) return;
    this.announcement = words;
    this.announcements++;
  }

  private readonly tick = () => {
    if (pageHidden()) {
      this.due = true;
      this.waitForVisible(true);
      return;
    }
    this.awaitingData = this.options.ownerChanges();
    this.options.reload();
  };

  private readonly onVisibilityChange = () => {
    if (pageHidden() || !this.due) return;
    this.due = false;
    this.waitForVisible(false);
    this.tick();
  };

  /** The page is watched only while a refresh waits for it: a visible page costs no listener. */
  private waitForVisible(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) addDocumentListener('visibilitychange', this.onVisibilityChange);
    else removeDocumentListener('visibilitychange', this.onVisibilityChange);
  }

  private restart(): void {
    this.stop();
    if (this.connected && this.periodMs > 0) this.timer = setInterval(this.tick, this.periodMs);
    if (!this.timer && this.due) {
      this.due = false;
      this.waitForVisible(false);
    }
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** `refresh` in seconds to a period in milliseconds: 0 for off, at least the minimum otherwise. */
function periodOf(seconds: number): number {
  return seconds > 0 && Number.isFinite(seconds) ? Math.max(MIN_REFRESH_SECONDS, seconds) * 1000 : 0;
}
