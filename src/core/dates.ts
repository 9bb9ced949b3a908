/**
 * Dates: parsing every date form the contract accepts, and writing them for a language. The browser's
 * own `Intl.RelativeTimeFormat` / `Intl.DateTimeFormat` write every language ("3天前", "3 days ago",
 * "hace 3 días"), so no locale data ships with the widgets. An owner who wants other wording registers a
 * formatter for a language (`reader-widgets/date-fns` does it with a date-fns locale).
 */
import { canonicalLang } from './locale.js';

/** How one language writes dates. */
export interface DateFormatter {
  /** "3 days ago" for past dates, "in 2 hours" for future ones. */
  relative(date: Date, now: Date): string;
  /** Medium date and short time ("Dec 2, 2025, 9:32 PM"). */
  absolute(date: Date): string;
  /** The full timestamp for a tooltip ("Tuesday, December 2, 2025 at 9:32:06 PM"). */
  full(date: Date): string;
}

/** Formatters registered by the owner, by canonical tag. */
const registered = new Map<string, DateFormatter>();
/** The formatter chosen for each tag asked for: a list writes a thousand dates in one language, so it looks once. */
const chosen = new Map<string | undefined, DateFormatter>();

/** Writes a language's dates with `formatter` in every widget (e.g. wording from a date-fns locale). */
export function registerDateFormatter(tag: string, formatter: DateFormatter): void {
  registered.set(canonicalLang(tag) ?? tag, formatter);
  chosen.clear();
}

/**
 * The formatter for a BCP 47 tag: a registered one for the exact tag, then one for the same language (and
 * the same Chinese script), then the browser's `Intl` formats for the tag; English for no tag or an invalid one.
 */
export function dateFormatterFor(lang: string | undefined): DateFormatter {
  let formatter = chosen.get(lang);
  if (!formatter) {
    if (chosen.size >= 64) chosen.clear(); // tags come from data too: stay small whatever a feed says
    const tag = (lang && canonicalLang(lang)) || 'en';
    chosen.set(lang, (formatter = findRegistered(tag) ?? intlFormatter(tag)));
  }
  return formatter;
}

const isTraditionalChinese = (tag: string) => /^zh-(?:Hant|TW|HK|MO)\b/i.test(tag);

function findRegistered(tag: string): DateFormatter | undefined {
  const exact = registered.get(tag);
  if (exact) return exact;
  const language = tag.split('-')[0];
  for (const [key, formatter] of registered) {
    if (key.split('-')[0] !== language) continue;
    // Readers of Traditional Chinese should not get Simplified labels by accident.
    if (language === 'zh' && isTraditionalChinese(tag) !== isTraditionalChinese(key)) continue;
    return formatter;
  }
  return undefined;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * The browser's formats for a valid tag: the largest whole unit for relative dates, rounded toward zero.
 * Each `Intl` format is made on first use (a list in `absolute` style never needs the relative ones).
 */
function intlFormatter(tag: string): DateFormatter {
  let relative: Intl.RelativeTimeFormat | undefined;
  let justNow: Intl.RelativeTimeFormat | undefined;
  let absolute: Intl.DateTimeFormat | undefined;
  let full: Intl.DateTimeFormat | undefined;
  return {
    relative(date, now) {
      const seconds = (date.getTime() - now.getTime()) / 1000;
      const found = UNITS.find(([, size]) => Math.abs(seconds) >= size);
      // "now", "现在": not "in 0 seconds"
      if (!found) return (justNow ??= new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })).format(0, 'second');
      relative ??= new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
      return relative.format(Math.trunc(seconds / found[1]), found[0]);
    },
    absolute: (date) => (absolute ??= new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' })).format(date),
    full: (date) => (full ??= new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'medium' })).format(date),
  };
}

/** Below this an epoch number is taken as seconds, above it as milliseconds (1e11 s is the year 5138). */
const EPOCH_SECONDS_LIMIT = 1e11;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
/** ISO 8601 / RFC 3339 as feeds write it: year-month[-day][Thh:mm[:ss[.fff]]][Z|±hh[:]mm]. */
const ISO_PARTS = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
// RFC 2822 / RFC 1123, as RSS writes them: "Tue, 02 Dec 2025 21:32:06 +0800".
const RFC_2822 = /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Za-z]{1,5}|[+-]\d{4})?$/;
/** Dates outside these years are data errors, not news. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/**
 * Parses an ISO 8601 / RFC 3339 string, an RFC 2822 string, a "YYYY-MM-DD HH:mm:ss" local time, or an
 * epoch number (seconds or milliseconds, also as a numeric string), or a Date. Returns `undefined` for anything else.
 */
export function parseDate(value: unknown): Date | undefined {
  let date: Date | undefined;
  if (value instanceof Date) {
    date = new Date(value.getTime());
  } else if (typeof value === 'number') {
    date = fromEpoch(value);
  } else if (typeof value === 'string' && value.length <= 64) {
    const text = value.trim();
    let parts: RegExpExecArray | null;
    if (/^-?\d+(?:\.\d+)?$/.test(text)) {
      date = fromEpoch(Number(text));
    } else if ((parts = LOCAL_DATE_TIME.exec(text))) {
      // No offset given: the page's local time, as a portal that prints "2025-12-02 21:32:06" means it.
      const [, y, mo, d, h, mi, s] = parts.map(Number);
      date = new Date(y, mo - 1, d, h, mi, s || 0);
      if (date.getMonth() !== mo - 1 || date.getDate() !== d) date = undefined; // 2025-02-31
    } else if ((parts = ISO_PARTS.exec(text))) {
      date = parseIso(parts);
    } else if (RFC_2822.test(text)) {
      date = new Date(text);
    }
  }
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const year = date.getFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? date : undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1];

/**
 * An ISO 8601 string (its `ISO_PARTS` match) without an offset is the page's local time, with one it is
 * that instant. Parsed by hand, so parsing needs no date library; a list parses a thousand of them.
 */
function parseIso(m: RegExpExecArray): Date | undefined {
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : 1;
  const h = m[4] ? Number(m[4]) : 0;
  const mi = m[5] ? Number(m[5]) : 0;
  const s = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (y < MIN_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || mi > 59 || s > 59) return undefined;
  if (h > 24 || (h === 24 && (mi > 0 || s > 0 || ms > 0))) return undefined;
  const zone = m[8]?.toUpperCase();
  if (!zone) return new Date(y, mo - 1, d, h, mi, s, ms);
  const zoneHours = zone === 'Z' ? 0 : Number(zone.slice(1, 3));
  const zoneMinutes = zone === 'Z' ? 0 : Number(zone.slice(-2));
  if (zoneHours > 23 || zoneMinutes > 59) return undefined;
  const offset = (zone.startsWith('-') ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000);
}

function fromEpoch(value: number): Date | undefined {
  if (!Number.isFinite(value)) return undefined;
  return new Date(Math.abs(value) < EPOCH_SECONDS_LIMIT ? value * 1000 : value);
}

/** How a date is written: relative ("3 天前"), absolute ("2025年12月2日 21:32"), or auto (relative for a week). */
export type DateStyle = 'auto' | 'relative' | 'absolute';

const RELATIVE_FOR_MS = 7 * 24 * 3600 * 1000;

export function formatDate(date: Date, style: DateStyle, now: Date, lang?: string): string {
  const formatter = dateFormatterFor(lang);
  const relative = style === 'relative' || (style === 'auto' && Math.abs(now.getTime() - date.getTime()) < RELATIVE_FOR_MS);
  return relative ? formatter.relative(date, now) : formatter.absolute(date);
}

/** The full timestamp for a tooltip, in the language's own pattern. */
export function formatFullDate(date: Date, lang?: string): string {
  return dateFormatterFor(lang).full(date);
}
