/**
 * The events every element fires. All bubble and are composed, so a listener on `document` hears a
 * widget deep inside another shadow root.
 */
import type { ReaderInputError } from '../core/errors.js';
import type { Article } from '../core/model.js';

export interface ReaderLoadDetail<T = unknown> {
  /** The normalized data that was rendered. */
  data: T;
}
export interface ReaderErrorDetail {
  error: ReaderInputError;
  /** The message shown to the reader. */
  message: string;
  /** HTTP status, when a fetch answered with an error. */
  status?: number;
}
export interface ReaderSelectDetail {
  item: Article;
  url: string | undefined;
  index: number;
}

export type ReaderLoadEvent<T = unknown> = CustomEvent<ReaderLoadDetail<T>>;
export type ReaderErrorEvent = CustomEvent<ReaderErrorDetail>;
export type ReaderSelectEvent = CustomEvent<ReaderSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'reader-load': ReaderLoadEvent;
    'reader-error': ReaderErrorEvent;
    'reader-select': ReaderSelectEvent;
  }
}
