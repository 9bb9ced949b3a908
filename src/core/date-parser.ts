/**
 * Reading dates the way news portals and CMSs serve them: ISO 8601 / RFC 3339, RFC 2822 (and the RFC 850
 * and `Date.prototype.toString` spellings feeds copy), epoch seconds or milliseconds, slash- and
 * dot-separated dates, dates written out in Chinese, Japanese and Korean (`2025年12月2日(火) 21時32分`,
 * `2025. 12. 2. 오후 9:32`), and English month names. Text without a time zone is the page's (the
 * reader's) local time, as a portal printing "2025-12-02 21:32" means it.
 *
 * The common forms (a Date, epoch numbers, ISO 8601) are read by `common-dates.ts`, which ships in every
 * bundle; this module, the rest, is a lazy chunk that `date-reading.ts` loads when data needs it.
 *
 * Parsing is a single pass over tokens (no backtracking patterns, no `Date` string parsing, whose rules
 * differ between engines). A day and month whose order only the language can tell (`02.12.2025`) are read
 * in the language's order, and refused without one, rather than guessed.
 */

import { fraction, inYears, isCalendarDay, makeDate, readCommonDate, zoneOffset, type Day, type Time } from './common-dates.js';

/**
 * Parses an ISO 8601 / RFC 3339 string, an RFC 2822 string, the portal and CMS forms above, an epoch
 * number (seconds or milliseconds, also as a numeric string), or a Date. `lang` (a BCP 47 tag: the data's
 * or the page's language) decides the order of an all-numeric day and month. `undefined` for anything else.
 */
export function parseDate(value: unknown, lang?: string): Date | undefined {
  const common = readCommonDate(value);
  if (common !== 'text') return common;
  return inYears(fromTokens(tokenize((value as string).trim().normalize('NFKC')), lang));
}

// ---- Tokens ------------------------------------------------------------------------------------

/** A run of digits, a run of letters (lower-cased), a CJK unit after a number (年, 월, 時 …), or one punctuation mark. */
type Token =
  { kind: 'num'; text: string } | { kind: 'word'; text: string } | { kind: 'unit'; text: string } | { kind: 'mark'; text: string };

/** Characters that follow a number to say what it counts: year, month, day, hour, minute, second. */
const UNITS = new Set(['年', '月', '日', '時', '时', '点', '點', '分', '秒', '년', '월', '일', '시', '분', '초']);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u3000';
const LETTER = /^\p{L}$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const start = i;
    if (isSpace(c)) i++;
    else if (isDigit(c)) {
      while (i < text.length && isDigit(text[i])) i++;
      tokens.push({ kind: 'num', text: text.slice(start, i) });
      if (i < text.length && UNITS.has(text[i])) tokens.push({ kind: 'unit', text: text[i++] });
    } else if (LETTER.test(c)) {
      while (i < text.length && LETTER.test(text[i])) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i).toLowerCase() });
    } else tokens.push({ kind: 'mark', text: text[i++] });
  }
  return tokens;
}

// ---- Words -------------------------------------------------------------------------------------

const MONTHS = new Map<string, number>();
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach(
  (name, i) => {
    MONTHS.set(name, i + 1);
    MONTHS.set(name.slice(0, 3), i + 1);
  },
);
MONTHS.set('sept', 9);

/** Words a date may carry that say nothing about the instant: weekdays (several languages) and "at". */
const NOISE = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [d, d.slice(0, 3)]),
  ...['tues', 'wed', 'thur', 'thurs'],
  ...['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天'],
  ...['周一', '周二', '周三', '周四', '周五', '周六', '周日', '週一', '週二', '週三', '週四', '週五', '週六', '週日'],
  ...['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'],
  ...['월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일'],
  ...['t', 'at', 'um', 'à', 'kl', 'в', 'г', 'o'],
]);

/** Morning and afternoon markers of a 12-hour clock. */
const MERIDIEM = new Map<string, 'am' | 'pm'>([
  ['am', 'am'],
  ['pm', 'pm'],
  ['上午', 'am'],
  ['午前', 'am'],
  ['오전', 'am'],
  ['下午', 'pm'],
  ['午後', 'pm'],
  ['오후', 'pm'],
]);

/** Zone abbreviations: RFC 2822's, and the few unambiguous ones feeds use (CST, IST and the like are not). */
const ZONES = new Map<string, number>([
  ['z', 0],
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['wet', 0],
  ['west', 60],
  ['cet', 60],
  ['cest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['hkt', 480],
  ['sgt', 480],
  ['jst', 540],
  ['kst', 540],
  ['aest', 600],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
  ['est', -300],
  ['edt', -240],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
]);

// ---- The token reader --------------------------------------------------------------------------

/** Reads `[noise] date [noise] [time] [noise] [zone] [noise]`, consuming every token, or gives up. */
function fromTokens(tokens: Token[], lang: string | undefined): Date | undefined {
  const r = new Reader(tokens);
  r.skipNoise();
  const day = r.date(lang);
  if (!day) return undefined;
  r.skipNoise();
  const time = r.time() ?? { hour: 0, minute: 0, second: 0, ms: 0 };
  if (time === false) return undefined;
  r.skipNoise();
  const offset = r.zone();
  r.skipNoise();
  return r.done() ? makeDate(day, time, offset ?? undefined) : undefined;
}

class Reader {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  done = () => this.i === this.tokens.length;
  private peek = (ahead = 0): Token | undefined => this.tokens[this.i + ahead];
  private is = (kind: Token['kind'], text?: string, ahead = 0) => {
    const t = this.peek(ahead);
    return t !== undefined && t.kind === kind && (text === undefined || t.text === text);
  };
  private num(ahead = 0, digits?: [number, number]): number | undefined {
    const t = this.peek(ahead);
    if (t?.kind !== 'num' || (digits && (t.text.length < digits[0] || t.text.length > digits[1]))) return undefined;
    return Number(t.text);
  }

  /** Weekdays, commas and a parenthesized note ("(火)", "(China Standard Time)") say nothing about the instant. */
  skipNoise(): void {
    for (;;) {
      const t = this.peek();
      if (!t) return;
      if (t.kind === 'word' && NOISE.has(t.text)) {
        this.i++;
        if (this.is('mark', '.')) this.i++; // "Tue.", "02.12.2025 г."
      } else if (t.kind === 'mark' && t.text === ',') this.i++;
      else if (t.kind === 'mark' && t.text === '(') {
        let close = this.i + 1;
        while (this.is('word', undefined, close - this.i)) close++;
        if (!this.is('mark', ')', close - this.i)) return;
        this.i = close + 1;
      } else return;
    }
  }

  date(lang: string | undefined): Day | undefined {
    const first = this.peek();
    if (!first) return undefined;
    if (first.kind === 'word') return this.monthNameFirst();
    if (first.kind !== 'num') return undefined;
    if (first.text.length === 4) return this.yearFirst();
    if (first.text.length <= 2 && this.is('word', undefined, 1)) return this.dayMonthName();
    if (first.text.length <= 2 && this.is('mark', '-', 1) && this.is('word', undefined, 2)) return this.dayMonthName('-');
    if (first.text.length <= 2) return this.numericYearLast(lang);
    return undefined;
  }

  /** 2025-12-02, 2025/12/02, 2025.12.02, 2025. 12. 2., 2025年12月2日, 2025년 12월 2일. */
  private yearFirst(): Day | undefined {
    const year = this.num()!;
    const sep = this.peek(1);
    if (sep?.kind === 'unit' && (sep.text === '年' || sep.text === '년')) {
      const month = this.num(2, [1, 2]);
      const day = this.num(4, [1, 2]);
      const [mu, du] = [this.peek(3), this.peek(5)];
      if (month === undefined || day === undefined || mu?.kind !== 'unit' || du?.kind !== 'unit') return undefined;
      if (!((mu.text === '月' && du.text === '日') || (mu.text === '월' && du.text === '일'))) return undefined;
      this.i += 6;
      return { year, month, day };
    }
    if (sep?.kind !== 'mark' || !['-', '/', '.'].includes(sep.text) || !this.is('mark', sep.text, 3)) return undefined;
    const month = this.num(2, [1, 2]);
    const day = this.num(4, [1, 2]);
    if (month === undefined || day === undefined) return undefined;
    this.i += 5;
    if (sep.text === '.' && this.is('mark', '.')) this.i++; // Korean writes a full stop after each part: "2025. 12. 2."
    return { year, month, day };
  }

  /** 02.12.2025, 2/12/2025, 12-02-2025: day and month in the language's order, or whichever alone is a date. */
  private numericYearLast(lang: string | undefined): Day | undefined {
    const sep = this.peek(1);
    if (sep?.kind !== 'mark' || !['-', '/', '.'].includes(sep.text) || !this.is('mark', sep.text, 3)) return undefined;
    const a = this.num(0, [1, 2]);
    const b = this.num(2, [1, 2]);
    const year = this.num(4, [4, 4]);
    if (a === undefined || b === undefined || year === undefined) return undefined;
    this.i += 5;
    if (sep.text === '.' && this.is('mark', '.')) this.i++;
    const dayFirst: Day = { year, month: b, day: a };
    const monthFirst: Day = { year, month: a, day: b };
    const order = numericOrder(lang);
    if (order === 'dmy') return dayFirst;
    if (order === 'mdy') return monthFirst;
    // No language to go by: only a date that reads one way (25.12.2025, or 05.05.2025) is taken.
    if (a === b || !isCalendarDay(monthFirst)) return dayFirst;
    if (!isCalendarDay(dayFirst)) return monthFirst;
    return undefined;
  }

  /** 2 Dec 2025, 02-Dec-25 (RFC 850), 2 December 2025. */
  private dayMonthName(sep?: string): Day | undefined {
    const day = this.num()!;
    const step = sep ? 2 : 1;
    const month = MONTHS.get(this.peek(step)!.text);
    if (month === undefined) return undefined;
    if (sep && !this.is('mark', sep, step + 1)) return undefined;
    const yearAt = sep ? step + 2 : step + 1;
    const year = this.year(yearAt);
    if (year === undefined) return undefined;
    this.i += yearAt + 1;
    return { year, month, day };
  }

  /** Dec 2, 2025 / December 2 2025 / Dec 02 2025 (as `Date.prototype.toString` writes it). */
  private monthNameFirst(): Day | undefined {
    const month = MONTHS.get(this.peek()!.text);
    const day = this.num(1, [1, 2]);
    if (month === undefined || day === undefined) return undefined;
    const yearAt = this.is('mark', ',', 2) ? 3 : 2;
    const year = this.num(yearAt, [4, 4]);
    if (year === undefined) return undefined;
    this.i += yearAt + 1;
    return { year, month, day };
  }

  /** A four-digit year, or RFC 2822's obsolete two-digit one (00–49: 2000s; 50–99: 1900s). */
  private year(ahead: number): number | undefined {
    const t = this.peek(ahead);
    if (t?.kind !== 'num') return undefined;
    if (t.text.length === 4) return Number(t.text);
    if (t.text.length === 2) return Number(t.text) + (Number(t.text) < 50 ? 2000 : 1900);
    return undefined;
  }

  /** 21:32, 21:32:06.250, 9:32 PM, 下午9:32, 오후 9:32, 21時32分(06秒), 21시 32분, 21点32分; `undefined` if none, `false` if impossible. */
  time(): Time | undefined | false {
    const meridiemBefore = this.meridiem();
    const hour = this.num(0, [1, 2]);
    if (hour === undefined) return meridiemBefore ? (this.i--, undefined) : undefined;
    let minute: number | undefined;
    let second = 0;
    let ms = 0;
    const unit = this.peek(1);
    if (this.is('mark', ':', 1) && (minute = this.num(2, [2, 2])) !== undefined) {
      this.i += 3;
      if (this.is('mark', ':') && this.num(1, [2, 2]) !== undefined) {
        second = this.num(1)!;
        this.i += 2;
        if ((this.is('mark', '.') || this.is('mark', ',')) && this.is('num', undefined, 1)) {
          ms = fraction(this.peek(1)!.text);
          this.i += 2;
        }
      }
    } else if (unit?.kind === 'unit' && ['時', '时', '点', '點', '시'].includes(unit.text)) {
      this.i += 2;
      minute = 0;
      if (this.num(0, [1, 2]) !== undefined && this.is('unit', undefined, 1) && ['分', '분'].includes(this.peek(1)!.text)) {
        minute = this.num()!;
        this.i += 2;
        if (this.num(0, [1, 2]) !== undefined && this.is('unit', undefined, 1) && ['秒', '초'].includes(this.peek(1)!.text)) {
          second = this.num()!;
          this.i += 2;
        }
      }
    } else return undefined;
    const meridiem = meridiemBefore ?? this.meridiem();
    if (!meridiem) return { hour, minute, second, ms };
    // 0–12 on a 12-hour clock (Japanese writes 午前0時); "13:00 PM" is not a time.
    if (hour > 12) return false;
    return { hour: (hour % 12) + (meridiem === 'pm' ? 12 : 0), minute, second, ms };
  }

  private meridiem(): 'am' | 'pm' | undefined {
    const t = this.peek();
    const value = t?.kind === 'word' ? MERIDIEM.get(t.text) : undefined;
    if (value) this.i++;
    return value;
  }

  /** Z, UTC, GMT, GMT+0800, UTC+8, +08:00, -0500, or a known abbreviation: minutes east of UTC; `null` if none. */
  zone(): number | null | undefined {
    const t = this.peek();
    let base: number | undefined;
    if (t?.kind === 'word') {
      base = ZONES.get(t.text);
      if (base === undefined) return null;
      this.i++;
      if (base !== 0 || !(this.is('mark', '+') || this.is('mark', '-'))) return base;
    }
    if (!(this.is('mark', '+') || this.is('mark', '-'))) return base ?? null;
    const sign = this.peek()!.text;
    const digits = this.peek(1);
    if (digits?.kind !== 'num') return null;
    let hours: number;
    let minutes = 0;
    let used = 2;
    if (digits.text.length === 4) [hours, minutes] = [Number(digits.text.slice(0, 2)), Number(digits.text.slice(2))];
    else if (digits.text.length <= 2) {
      hours = Number(digits.text);
      if (this.is('mark', ':', 2) && this.num(3, [2, 2]) !== undefined) {
        minutes = this.num(3)!;
        used = 4;
      }
    } else return null;
    const offset = zoneOffset(sign, hours, minutes);
    if (offset === undefined) return null;
    this.i += used;
    return offset;
  }
}

// ---- Day and month order by language -------------------------------------------------------------

const orders = new Map<string, 'dmy' | 'mdy' | 'ymd' | undefined>();

/**
 * How the language writes an all-numeric date, from the browser's own `Intl` data (no tables shipped):
 * `de` and `ru` day first, `en-US` month first. A bare `en` is left undecided: it is written both ways.
 */
function numericOrder(lang: string | undefined): 'dmy' | 'mdy' | 'ymd' | undefined {
  if (!lang || /^en$/i.test(lang)) return undefined;
  if (orders.has(lang)) return orders.get(lang);
  let order: 'dmy' | 'mdy' | 'ymd' | undefined;
  try {
    const types = new Intl.DateTimeFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
      .formatToParts(0)
      .map((p) => p.type)
      .filter((type) => type === 'day' || type === 'month' || type === 'year')
      .map((type) => type[0])
      .join('');
    order = types === 'dmy' || types === 'mdy' || types === 'ymd' ? types : undefined;
  } catch {
    order = undefined;
  }
  if (orders.size >= 64) orders.clear(); // tags come from data: stay small whatever a feed says
  orders.set(lang, order);
  return order;
}
