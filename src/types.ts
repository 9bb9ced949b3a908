/** Public types and helpers that register nothing. */
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
