/**
 * What an element asks of a `src` load, and the timeout's message. A module of its own because both
 * sides of the lazy boundary need them: the element's `DeferredSourceController` (always loaded) and the feed reader's
 * `SourceController` (a lazy chunk), which must not import each other.
 */

export interface SourceOptions {
  credentials: RequestCredentials;
  /** The owner's timeout in milliseconds, counted from `startedAt` (the wait for the feed reader counts too). */
  timeoutMs: number;
  /** `performance.now()` when the load was asked for; now when absent. */
  startedAt?: number;
  format?: string;
  /** Largest response read, in bytes (default `sourceSettings.maxBytes`). */
  maxBytes?: number;
}

/** Names the owner's timeout, whatever part of it is left when a timer fires. */
export const timeoutMessage = (ms: number) => `The feed took longer than ${+(ms / 1000).toFixed(1)} s to answer.`;

/** Milliseconds left of the owner's timeout. */
export const timeLeft = (options: SourceOptions): number =>
  options.timeoutMs - (options.startedAt === undefined ? 0 : performance.now() - options.startedAt);
