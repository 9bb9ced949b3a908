/**
 * The dates most data carries, read at once: a `Date`, epoch seconds or milliseconds (also as numeric
 * text), and ISO 8601 / RFC 3339. Every other spelling (RFC 2822, dates written out in Chinese, Japanese
 * or Korean, slash- and dot-separated dates) needs the full parser in `date-parser.ts`, which is a lazy
 * chunk (see `date-reading.ts`). Both share the checks here that turn fields into an instant.
 */

/** Below this an epoch number is taken as seconds, above it as milliseconds (1e11 s is the year 5138). */
const EPOCH_SECONDS_LIMIT = 1e11;
/** Dates outside these years are data errors, not news. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
/** Longest date text read; anything longer is not a date a site printed. */
const MAX_CHARS = 100;

/** ISO 8601 / RFC 3339 as feeds write it: year-month[-day][Thh:mm[:ss[.fff]]][Z|±hh[:]mm]. */
const ISO_PARTS = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const EPOCH = /^-?\d+(?:\.\d+)?$/;

/**
 * `value` as a date when it is a `Date`, an epoch number or ISO 8601 text; `undefined` when it is no
 * date at all (or outside the years 1000-9999); `'text'` for other text, which only the full parser
 * reads (the trimmed text is what it gets). `shapeOnly` tells only whether text is `'text'`: an ISO date
 * is then `undefined`, not built (a list's dates are checked for the full parser before they are read).
 */
export function readCommonDate(value: unknown, shapeOnly?: boolean): Date | undefined | 'text' {
  let date: Date | undefined;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === 'number') date = fromEpoch(value);
  else if (typeof value === 'string' && value.length <= MAX_CHARS) {
    const text = value.trim();
    let parts: RegExpExecArray | null;
    if (text === '') return undefined;
    if (EPOCH.test(text)) date = fromEpoch(Number(text));
    else if ((parts = ISO_PARTS.exec(text))) date = shapeOnly ? undefined : fromIso(parts);
    else return 'text';
  }
  return inYears(date);
}

/** `date` when it is a real instant in the years 1000-9999, else undefined. */
export function inYears(date: Date | undefined): Date | undefined {
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const year = date.getFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? date : undefined;
}

function fromEpoch(value: number): Date | undefined {
  if (!Number.isFinite(value)) return undefined;
  return new Date(Math.abs(value) < EPOCH_SECONDS_LIMIT ? value * 1000 : value);
}

function fromIso(m: RegExpExecArray): Date | undefined {
  const zone = m[8]?.toUpperCase();
  let offset: number | undefined;
  if (zone === 'Z') offset = 0;
  else if (zone) offset = zoneOffset(zone[0], Number(zone.slice(1, 3)), Number(zone.slice(-2)));
  if (zone && offset === undefined) return undefined;
  return makeDate(
    { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : 1 },
    { hour: m[4] ? Number(m[4]) : 0, minute: m[5] ? Number(m[5]) : 0, second: m[6] ? Number(m[6]) : 0, ms: fraction(m[7]) },
    offset,
  );
}

export interface Day {
  year: number;
  month: number;
  day: number;
}
export interface Time {
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1];
export const isCalendarDay = ({ year, month, day }: Day) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** The instant, checked field by field (no rolling 2025-02-31 over into March); local time without an offset. */
export function makeDate(day: Day, time: Time, offsetMinutes: number | undefined): Date | undefined {
  const { hour, minute, second, ms } = time;
  if (day.year < MIN_YEAR || !isCalendarDay(day) || minute > 59 || second > 59) return undefined;
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0 || ms > 0))) return undefined;
  if (offsetMinutes === undefined) return new Date(day.year, day.month - 1, day.day, hour, minute, second, ms);
  return new Date(Date.UTC(day.year, day.month - 1, day.day, hour, minute, second, ms) - offsetMinutes * 60_000);
}

export const fraction = (digits: string | undefined) => (digits ? Math.floor(Number(`0.${digits.slice(0, 3).padEnd(3, '0')}`) * 1000) : 0);

export function zoneOffset(sign: string, hours: number, minutes: number): number | undefined {
  if (hours > 23 || minutes > 59) return undefined;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}
