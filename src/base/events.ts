/**
 * The elements' events, as typed event classes: every element fires `reader-load` and `reader-error`;
 * the lists (`<related-list>`, `<trending-ticker>`) also fire `reader-select`. All bubble and are
 * composed, so a listener on `document` hears a widget deep inside another shadow root. They are
 * `CustomEvent`s, so `event.detail` works as for any custom event, and `instanceof ReaderSelectEvent`
 * tells them apart.
 */
import type { ReaderInputError } from '../core/errors.js';
import type { Article } from '../core/model.js';

export interface ReaderLoadDetail<T = unknown> {
  /** The normalized data that was rendered. */
  data: T;
}
export interface ReaderErrorDetail {
  error: ReaderInputError;
  /** The technical detail, in English, for the site owner (readers see a short message in their language). */
  message: string;
  /** HTTP status, when a fetch answered with an error. */
  status?: number;
}
export interface ReaderSelectDetail {
  item: Article;
  url: string | undefined;
  index: number;
}

const init = <D>(detail: D, cancelable = false): CustomEventInit<D> => ({ detail, bubbles: true, composed: true, cancelable });

/** `reader-load`: data arrived (attribute, property or `src`) and has rendered. */
export class ReaderLoadEvent<T = unknown> extends CustomEvent<ReaderLoadDetail<T>> {
  declare readonly type: 'reader-load';
  constructor(detail: ReaderLoadDetail<T>) {
    super('reader-load', init(detail));
  }
}

/** `reader-error`: the input could not be used (bad JSON, wrong shape, network, HTTP error, timeout). */
export class ReaderErrorEvent extends CustomEvent<ReaderErrorDetail> {
  declare readonly type: 'reader-error';
  constructor(detail: ReaderErrorDetail) {
    super('reader-error', init(detail));
  }
}

/** `reader-select`: the reader activated an article link. Cancelable: `preventDefault()` keeps the browser from navigating. */
export class ReaderSelectEvent extends CustomEvent<ReaderSelectDetail> {
  declare readonly type: 'reader-select';
  constructor(detail: ReaderSelectDetail) {
    super('reader-select', init(detail, true));
  }
}

/** Every event the elements fire, by name. */
export interface ReaderEventMap {
  'reader-load': ReaderLoadEvent;
  'reader-error': ReaderErrorEvent;
  'reader-select': ReaderSelectEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'reader-load': ReaderLoadEvent;
    'reader-error': ReaderErrorEvent;
    'reader-select': ReaderSelectEvent;
  }
}
