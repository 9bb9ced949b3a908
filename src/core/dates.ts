/**
 * Dates: parsing every date form the contract accepts, and formatting them for a language with
 * date-fns. `zh-CN` and `en-US` are built in; owners register more with `registerDateLocale`. A
 * language with no registered locale is written by the browser's own `Intl` formats, so a Japanese
 * page never shows "3 days ago" and no locale data ships for it.
 */
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { zhCN } from 'date-fns/locale/zh-CN';

const locales = new Map<string, Locale>([
  ['en-US', enUS],
  ['zh-CN', zhCN],
]);

/** Makes another date-fns locale available to every widget, e.g. `registerDateLocale('fr', fr)`. */
export function registerDateLocale(tag: string, locale: Locale): void {
  locales.set(canonicalTag(tag) ?? tag, locale);
  chosen.clear();
}

/** `dateLocaleFor` answers by tag: a list formats a thousand dates in one language, so it looks once. */
const chosen = new Map<string | undefined, Locale | null>();

function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The best registered date-fns locale for a BCP 47 tag: the exact tag, then one with the same language
 * (and script, where the tag names one). `null` for a valid tag of another language (the `Intl`
 * fallback writes it); English for no tag or an invalid one.
 */
export function dateLocaleFor(lang: string | undefined): Locale | null {
  let locale = chosen.get(lang);
  if (locale === undefined) {
    if (chosen.size >= 64) chosen.clear(); // tags come from data too: stay small whatever a feed says
    chosen.set(lang, (locale = findDateLocale(lang)));
  }
  return locale;
}

function findDateLocale(lang: string | undefined): Locale | null {
  const tag = lang ? canonicalTag(lang) : undefined;
  if (tag) {
    const exact = locales.get(tag);
    if (exact) return exact;
    const language = tag.split('-')[0];
    const traditional = /^zh-(?:Hant|TW|HK|MO)\b/i.test(tag);
    for (const [key, locale] of locales) {
      if (key.split('-')[0] !== language) continue;
      // Readers of Traditional Chinese should not get Simplified labels by accident.
      if (language === 'zh' && traditional !== /^zh-(?:Hant|TW|HK|MO)\b/i.test(key)) continue;
      return locale;
    }
    if (language !== 'en') return null;
  }
  return enUS;
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
    const local = LOCAL_DATE_TIME.exec(text);
    if (/^-?\d+(?:\.\d+)?$/.test(text)) {
      date = fromEpoch(Number(text));
    } else if (local) {
      // No offset given: the page's local time, as a portal that prints "2025-12-02 21:32:06" means it.
      const [, y, mo, d, h, mi, s] = local.map(Number);
      date = new Date(y, mo - 1, d, h, mi, s || 0);
      if (date.getMonth() !== mo - 1 || date.getDate() !== d) date = undefined; // 2025-02-31
    } else if (ISO_PARTS.test(text)) {
      date = parseIso(text);
    } else if (RFC_2822.test(text)) {
      date = new Date(text);
    }
  }
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const year = date.getFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? date : undefined;
}

/**
 * An ISO 8601 string without an offset is the page's local time, with one it is that instant. Parsed by
 * hand (date-fns's parseISO is a sixth of what an element without dates would otherwise carry).
 */
function parseIso(text: string): Date | undefined {
  const m = ISO_PARTS.exec(text)!;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3] ?? '1', m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const daysInMonth = new Date(Date.UTC(2000 + (y % 400), mo, 0)).getUTCDate();
  if (y < MIN_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth || mi > 59 || s > 59) return undefined;
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

/** "3 days ago" / "3 天前" for past dates, "in 2 hours" for future ones, in the given language. */
export function formatRelativeDate(date: Date, now: Date, lang?: string): string {
  const locale = dateLocaleFor(lang);
  if (locale) return formatDistanceStrict(date, now, { addSuffix: true, locale, roundingMethod: 'floor' });
  return intlRelative(date, now, lang!);
}

/** Medium date and short time in the language's own pattern ("Dec 2, 2025, 9:32 PM"). */
export function formatAbsoluteDate(date: Date, lang?: string): string {
  const locale = dateLocaleFor(lang);
  return locale ? format(date, 'PPp', { locale }) : intlFormat(lang!, 'medium', 'short').format(date);
}

/** The full timestamp for a tooltip ("Tuesday, December 2nd, 2025 at 9:32:06 PM"). */
export function formatFullDate(date: Date, lang?: string): string {
  const locale = dateLocaleFor(lang);
  return locale ? format(date, 'PPPPpp', { locale }) : intlFormat(lang!, 'full', 'medium').format(date);
}

const intlFormats = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function intlFormat(lang: string, dateStyle: 'full' | 'medium', timeStyle: 'medium' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}|${dateStyle}`;
  let formatter = intlFormats.get(key) as Intl.DateTimeFormat | undefined;
  if (!formatter) intlFormats.set(key, (formatter = new Intl.DateTimeFormat(lang, { dateStyle, timeStyle })));
  return formatter;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3日前" / "hace 3 días": the largest whole unit, rounded toward zero like the date-fns path. */
function intlRelative(date: Date, now: Date, lang: string): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[UNITS.length - 1];
  const key = `${lang}|relative`;
  let formatter = intlFormats.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!formatter) intlFormats.set(key, (formatter = new Intl.RelativeTimeFormat(lang, { numeric: 'always' })));
  return formatter.format(Math.trunc(seconds / size) || 0, unit);
}

export function formatDate(date: Date, style: DateStyle, now: Date, lang?: string): string {
  const relative = style === 'relative' || (style === 'auto' && Math.abs(now.getTime() - date.getTime()) < RELATIVE_FOR_MS);
  return relative ? formatRelativeDate(date, now, lang) : formatAbsoluteDate(date, lang);
}
