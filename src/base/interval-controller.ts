/**
 * A repeating timer that runs only while the host is connected (e.g. a periodic refresh). Setting the
 * period to 0 or less stops it; reconnecting starts it again. Nothing is left running on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class IntervalController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private periodMs = 0;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly tick: () => void,
  ) {
    host.addController(this);
  }

  /** Sets the period in seconds (0, negative or NaN turns it off). Restarts only when the period changes. */
  set(seconds: number | undefined): void {
    const ms = seconds && seconds > 0 && Number.isFinite(seconds) ? Math.max(1000, seconds * 1000) : 0;
    if (ms === this.periodMs && (this.timer !== undefined || !this.connected || ms === 0)) return;
    this.periodMs = ms;
    this.restart();
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  private restart(): void {
    this.stop();
    if (this.connected && this.periodMs > 0) this.timer = setInterval(this.tick, this.periodMs);
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
  }
}
