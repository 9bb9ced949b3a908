/**
 * Reads the dates in the data. The common forms (a `Date`, epoch numbers, ISO 8601) are read at once;
 * any other text (RFC 2822 as RSS writes it, `2025年12月2日`, `02.12.2025`) needs the full parser, a lazy
 * chunk of about 3 KB that a page whose data has only common dates never downloads. The element's data
 * controller asks `dateParserNeeded` before normalizing and waits for `loadDateParser` when it is, so no
 * date is ever shown missing and then appearing. A server render (Node) awaits `loadDateParser()` once
 * before rendering data with such dates.
 */
import { readCommonDate } from './common-dates.js';

type DateParser = typeof import('./date-parser.js');

let parser: DateParser | undefined;
let loading: Promise<void> | undefined;

/** `value` as a date (see `parseDate`); text beyond the common forms only once the full parser is here. */
export function readDate(value: unknown, lang?: string): Date | undefined {
  const common = readCommonDate(value);
  if (common !== 'text') return common;
  return parser?.parseDate(value, lang);
}

/** True when `value` is date text only the full parser reads, and it is not here yet. */
export function dateParserNeeded(value: unknown): boolean {
  return parser === undefined && readCommonDate(value, true) === 'text';
}

/**
 * Loads the full parser. Never rejects: a failed load (a network error fetching the chunk) leaves such
 * dates unread this time, with the usual "not a date" warning, and the next call asks again (a browser may
 * keep the failure: whatwg/html#6768).
 */
export function loadDateParser(): Promise<void> {
  loading ??= import('./date-parser.js').then(
    (module) => {
      parser = module;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}
