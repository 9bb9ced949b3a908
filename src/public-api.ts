/**
 * The public API besides the element classes: the data and event types, the event and error classes, and
 * the language and date helpers. Nothing here registers a tag; `classes.ts` and `index.ts` re-export it.
 */
export type { Article, ArticleInput, ListInput, Person, PersonInput, Source, ArticleImage, ImageInput } from './core/model.js';
export type { ReaderErrorCode } from './core/errors.js';
export { ReaderInputError } from './core/errors.js';
export type { ReaderLoadDetail, ReaderErrorDetail, ReaderSelectDetail, ReaderEventMap } from './base/events.js';
export { ReaderLoadEvent, ReaderErrorEvent, ReaderSelectEvent } from './base/events.js';
export type { Messages } from './core/messages.js';
export { registerMessages } from './core/messages.js';
export { registerDateFormatter } from './core/dates.js';
export type { DateFormatter, DateStyle } from './core/dates.js';
export type { Theme } from './base/reader-element.js';
