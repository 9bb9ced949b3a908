/**
 * Writing dates for a language (reading them is `date-parser.ts`). The browser's
 * own `Intl.RelativeTimeFormat` / `Intl.DateTimeFormat` write every language ("3天前", "3 days ago",
 * "hace 3 días"), so no locale data ships with the widgets. An owner who wants other wording registers a
 * formatter for a language (`reader-widgets/date-fns` does it with a date-fns locale).
 */
import { canonicalLang } from './locale.js';

/** How one language writes dates. */
export interface DateFormatter {
  /** "3 days ago" for past dates, "in 2 hours" for future ones. */
  relative(date: Date, now: Date): string;
  /** Medium date and short time ("Dec 2, 2025, 9:32 PM"), in `timeZone` (IANA; the reader's when not given). */
  absolute(date: Date, timeZone?: string): string;
  /** The full timestamp for a tooltip ("Tuesday, December 2, 2025 at 9:32:06 PM"), in `timeZone`. */
  full(date: Date, timeZone?: string): string;
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
 * An `Intl.DateTimeFormat` per time zone (a server renders in the zone it was given, the reader's browser
 * in the reader's). A zone `Intl` does not know is taken as the reader's: dates never throw.
 */
function zonedFormats(tag: string, style: Intl.DateTimeFormatOptions): (timeZone?: string) => Intl.DateTimeFormat {
  const formats = new Map<string | undefined, Intl.DateTimeFormat>();
  return (timeZone) => {
    let format = formats.get(timeZone);
    if (!format) {
      if (formats.size >= 16) formats.clear();
      try {
        format = new Intl.DateTimeFormat(tag, timeZone ? { ...style, timeZone } : style);
      } catch {
        format = new Intl.DateTimeFormat(tag, style);
      }
      formats.set(timeZone, format);
    }
    return format;
  };
}

/**
 * The browser's formats for a valid tag: the largest whole unit for relative dates, rounded toward zero.
 * Each `Intl` format is made on first use (a list in `absolute` style never needs the relative ones).
 */
function intlFormatter(tag: string): DateFormatter {
  let relative: Intl.RelativeTimeFormat | undefined;
  let justNow: Intl.RelativeTimeFormat | undefined;
  const absolute = zonedFormats(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const full = zonedFormats(tag, { dateStyle: 'full', timeStyle: 'medium' });
  return {
    relative(date, now) {
      const seconds = (date.getTime() - now.getTime()) / 1000;
      const found = UNITS.find(([, size]) => Math.abs(seconds) >= size);
      // "now", "现在": not "in 0 seconds"
      if (!found) return (justNow ??= new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })).format(0, 'second');
      relative ??= new Intl.RelativeTimeFormat(tag, { numeric: 'always' });
      return relative.format(Math.trunc(seconds / found[1]), found[0]);
    },
    absolute: (date, timeZone) => absolute(timeZone).format(date),
    full: (date, timeZone) => full(timeZone).format(date),
  };
}

/** How a date is written: relative ("3 天前"), absolute ("2025年12月2日 21:32"), or auto (relative for a week). */
export type DateStyle = 'auto' | 'relative' | 'absolute';
/** The `date-style` words, the default first. */
export const DATE_STYLES: readonly DateStyle[] = ['auto', 'relative', 'absolute'];

const RELATIVE_FOR_MS = 7 * 24 * 3600 * 1000;

/** `timeZone` (IANA) is where absolute dates are written; unset, the reader's own. */
export function formatDate(date: Date, style: DateStyle, now: Date, lang?: string, timeZone?: string): string {
  const formatter = dateFormatterFor(lang);
  const relative = style === 'relative' || (style === 'auto' && Math.abs(now.getTime() - date.getTime()) < RELATIVE_FOR_MS);
  return relative ? formatter.relative(date, now) : formatter.absolute(date, timeZone);
}

/** The full timestamp for a tooltip, in the language's own pattern, in `timeZone` (unset: the reader's). */
export function formatFullDate(date: Date, lang?: string, timeZone?: string): string {
  return dateFormatterFor(lang).full(date, timeZone);
}
