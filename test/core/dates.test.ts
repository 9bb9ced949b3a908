import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { pt } from 'date-fns/locale/pt';
import fc from 'fast-check';
import { parseDate } from '../../src/core/date-parser.js';
import { formatDate, formatFullDate, registerDateFormatter } from '../../src/core/dates.js';
import { registerDateLocale } from '../../src/date-fns.js';

describe('parseDate', () => {
  it('reads "YYYY-MM-DD HH:mm:ss" as local time, as the seed portal means it', () => {
    const date = parseDate('2025-12-02 21:32:06')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()]).to.deep.equal([
      2025, 11, 2, 21, 32, 6,
    ]);
  });
  it('reads ISO 8601 / RFC 3339 with offsets', () => {
    expect(parseDate('2025-12-02T13:32:06Z')!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
    expect(parseDate('2025-12-02T21:32:06+08:00')!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
    expect(parseDate('2025-12-02T21:32:06.250+08:00')!.toISOString()).to.equal('2025-12-02T13:32:06.250Z');
  });
  it('reads a date without time as local midnight', () => {
    const date = parseDate('2025-12-02')!;
    expect([date.getDate(), date.getHours()]).to.deep.equal([2, 0]);
  });
  it('reads RFC 2822 as RSS writes it', () => {
    expect(parseDate('Tue, 02 Dec 2025 21:32:06 +0800')!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
    expect(parseDate('02 Dec 2025 13:32:06 GMT')!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
  });
  it('tells epoch seconds from milliseconds', () => {
    expect(parseDate(1764682326)!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
    expect(parseDate(1764682326000)!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
    expect(parseDate('1764682326')!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
  });
  it('refuses what is not a date', () => {
    for (const value of [
      '',
      'yesterday',
      '2025-02-31 10:00:00',
      '2025-13-01',
      'NaN',
      Infinity,
      NaN,
      null,
      {},
      [],
      true,
      '9'.repeat(100),
      '99999-01-01',
    ]) {
      expect(parseDate(value), String(value)).to.equal(undefined);
    }
  });
  it('knows leap years and month lengths in ISO dates', () => {
    expect(parseDate('2024-02-29T10:00:00Z')!.toISOString()).to.equal('2024-02-29T10:00:00.000Z');
    expect(parseDate('2000-02-29')!.getDate()).to.equal(29);
    expect(parseDate('2025-12-02T24:00:00Z')!.toISOString()).to.equal('2025-12-03T00:00:00.000Z');
    for (const value of ['2025-02-29T10:00:00Z', '2100-02-29', '2025-04-31T00:00:00Z', '2025-12-02T24:00:01Z', '2025-00-10']) {
      expect(parseDate(value), value).to.equal(undefined);
    }
  });
  it('accepts an ISO day exactly when the calendar has it', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const parsed = parseDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}T12:00:00Z`);
        const calendar = new Date(Date.UTC(2000, m - 1, d)); // 2000 has the same February as a leap year…
        calendar.setUTCFullYear(y); // …then the real year, which rolls 29 Feb over in a common year
        const exists = calendar.getUTCMonth() === m - 1 && calendar.getUTCDate() === d;
        expect(parsed !== undefined, `${y}-${m}-${d}`).to.equal(exists);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Local time (the page's time zone): what a date written without a zone means. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => new Date(y, mo - 1, d, h, mi, s, ms);
const utc = (text: string) => new Date(text);

describe('parseDate: dates as news portals and CMSs serve them', () => {
  // [text, language of the page or data, the instant it means]
  const cases: Array<[string | number, string | undefined, Date]> = [
    // ISO 8601 / RFC 3339, and its relatives without a zone (local time)
    ['2025-12-02T21:32', undefined, local(2025, 12, 2, 21, 32)],
    ['2025-12-02T21:32:06', undefined, local(2025, 12, 2, 21, 32, 6)],
    ['2025-12-02 21:32', undefined, local(2025, 12, 2, 21, 32)],
    ['2025-12-02T21:32:06.5Z', undefined, utc('2025-12-02T21:32:06.500Z')],
    ['2025-12-02T21:32:06+0800', undefined, utc('2025-12-02T13:32:06Z')],
    ['2025-12-02 21:32:06 +0800', undefined, utc('2025-12-02T13:32:06Z')], // Jekyll, Hugo
    ['2025-12-02 21:32:06 UTC', undefined, utc('2025-12-02T21:32:06Z')],
    ['2025-12-02 21:32:06 GMT+8', undefined, utc('2025-12-02T13:32:06Z')],
    // slash-separated, year first
    ['2025/12/02', undefined, local(2025, 12, 2)],
    ['2025/12/2', undefined, local(2025, 12, 2)],
    ['2025/12/02 21:32', undefined, local(2025, 12, 2, 21, 32)],
    ['2025/12/02 21:32:06', undefined, local(2025, 12, 2, 21, 32, 6)],
    ['2025/12/02 9:32 PM', undefined, local(2025, 12, 2, 21, 32)],
    ['2025/12/02(火) 21:32', 'ja', local(2025, 12, 2, 21, 32)],
    ['2025.12.02 21:32', undefined, local(2025, 12, 2, 21, 32)],
    // Chinese and Japanese written out
    ['2025年12月2日', undefined, local(2025, 12, 2)],
    ['2025年12月02日 21:32', undefined, local(2025, 12, 2, 21, 32)],
    ['2025年12月2日 21:32:06', undefined, local(2025, 12, 2, 21, 32, 6)],
    ['2025年12月2日 星期二 21:32', 'zh-CN', local(2025, 12, 2, 21, 32)],
    ['2025年12月2日 下午9:32', 'zh-CN', local(2025, 12, 2, 21, 32)],
    ['2025年12月2日 21点32分', 'zh-CN', local(2025, 12, 2, 21, 32)],
    ['２０２５年１２月２日（火）２１時３２分', 'ja', local(2025, 12, 2, 21, 32)],
    ['2025年12月2日(火) 21時32分', 'ja', local(2025, 12, 2, 21, 32)],
    ['2025年12月2日 21時32分06秒', 'ja', local(2025, 12, 2, 21, 32, 6)],
    ['2025年12月2日 午後9時32分', 'ja', local(2025, 12, 2, 21, 32)],
    ['2025年12月2日 午前0時5分', 'ja', local(2025, 12, 2, 0, 5)],
    // Korean
    ['2025. 12. 2.', 'ko', local(2025, 12, 2)],
    ['2025. 12. 2. 21:32', 'ko', local(2025, 12, 2, 21, 32)],
    ['2025. 12. 2. 오후 9:32', 'ko', local(2025, 12, 2, 21, 32)],
    ['2025년 12월 2일', 'ko', local(2025, 12, 2)],
    ['2025년 12월 2일 (화) 21:32', 'ko', local(2025, 12, 2, 21, 32)],
    ['2025년 12월 2일 화요일 오전 9시 32분', 'ko', local(2025, 12, 2, 9, 32)],
    // day first where the language says so
    ['02.12.2025', 'de', local(2025, 12, 2)],
    ['02.12.2025 21:32', 'de-AT', local(2025, 12, 2, 21, 32)],
    ['02.12.2025, 21:32', 'de', local(2025, 12, 2, 21, 32)],
    ['2.12.2025 um 21:32', 'de', local(2025, 12, 2, 21, 32)],
    ['02.12.2025 в 21:32', 'ru', local(2025, 12, 2, 21, 32)],
    ['02.12.2025 г.', 'ru', local(2025, 12, 2)],
    ['02/12/2025', 'en-GB', local(2025, 12, 2)],
    ['02/12/2025 21:32', 'fr', local(2025, 12, 2, 21, 32)],
    ['12/02/2025', 'en-US', local(2025, 12, 2)],
    ['12/02/2025 9:32 pm', 'en-US', local(2025, 12, 2, 21, 32)],
    // only one reading is a date: no language needed
    ['25.12.2025', undefined, local(2025, 12, 25)],
    ['12/25/2025', undefined, local(2025, 12, 25)],
    ['05.05.2025', undefined, local(2025, 5, 5)],
    // RFC 2822 and the spellings feeds copy
    ['Tue, 02 Dec 2025 21:32:06 +0800', undefined, utc('2025-12-02T13:32:06Z')],
    ['Tue, 2 Dec 2025 21:32:06 +0800', undefined, utc('2025-12-02T13:32:06Z')],
    ['Tue, 02 Dec 2025 21:32 GMT', undefined, utc('2025-12-02T21:32:00Z')],
    ['Tue, 02 Dec 2025 21:32:06 +08:00', undefined, utc('2025-12-02T13:32:06Z')],
    ['Tue, 02 Dec 2025 08:32:06 EST', undefined, utc('2025-12-02T13:32:06Z')],
    ['Tue, 02 Dec 2025 21:32:06 JST', undefined, utc('2025-12-02T12:32:06Z')],
    ['Tue, 02 Dec 2025 21:32:06', undefined, local(2025, 12, 2, 21, 32, 6)],
    ['02 Dec 25 13:32:06 -0000', undefined, utc('2025-12-02T13:32:06Z')],
    ['Tuesday, 02-Dec-25 13:32:06 GMT', undefined, utc('2025-12-02T13:32:06Z')],
    ['Tue Dec 02 2025 21:32:06 GMT+0800 (China Standard Time)', undefined, utc('2025-12-02T13:32:06Z')],
    ['December 2, 2025', undefined, local(2025, 12, 2)],
    ['Dec 2, 2025 9:32 PM', undefined, local(2025, 12, 2, 21, 32)],
    ['2 December 2025 21:32', undefined, local(2025, 12, 2, 21, 32)],
    // epoch seconds and milliseconds
    [1764682326, undefined, utc('2025-12-02T13:32:06Z')],
    [1764682326123, undefined, utc('2025-12-02T13:32:06.123Z')],
    ['1764682326', undefined, utc('2025-12-02T13:32:06Z')],
    ['1764682326123', undefined, utc('2025-12-02T13:32:06.123Z')],
  ];
  for (const [text, lang, expected] of cases) {
    it(`${JSON.stringify(text)}${lang ? ` (${lang})` : ''} is ${expected.toISOString()}`, () => {
      expect(parseDate(text, lang)?.toISOString()).to.equal(expected.toISOString());
    });
  }

  // Refused rather than guessed wrong: ambiguous day/month order, impossible days, unknown zones, junk.
  const refused: Array<[string, string | undefined]> = [
    ['02.12.2025', undefined],
    ['02/12/2025', 'en'], // English is written both ways
    ['02/12/2025', 'ja'], // year first in Japanese: a year-last date is not the language's
    ['31.02.2025', 'de'],
    ['2025/02/30', undefined],
    ['2025年13月2日', undefined],
    ['2025年12月', undefined],
    ['12月2日 21:32', undefined], // no year
    ['2025/12/02 25:00', undefined],
    ['2025/12/02 13:00 PM', undefined],
    ['Tue, 02 Dec 2025 21:32:06 CST', undefined], // China or US Central: not ours to pick
    ['Tue, 02 Dec 2025 21:32:06 +2500', undefined],
    ['2025/12/02 and then some', undefined],
    ['Dec 2025', undefined],
    ['yesterday 21:32', undefined],
  ];
  for (const [text, lang] of refused) {
    it(`refuses ${JSON.stringify(text)}${lang ? ` (${lang})` : ''}`, () => {
      expect(parseDate(text, lang)).to.equal(undefined);
    });
  }

  it('stays linear on long hostile input', () => {
    const hostile = ['2025/'.repeat(20), '('.repeat(99), '1:'.repeat(50), '年'.repeat(100), `${'9'.repeat(60)} Dec`];
    for (const text of hostile) expect(parseDate(text), text.slice(0, 20)).to.equal(undefined);
  });
});

describe('formatting dates', () => {
  const published = new Date(2025, 11, 2, 21, 32, 6);
  const now = new Date(2025, 11, 5, 21, 32, 6);
  it('writes relative dates the way each language does', () => {
    expect(formatDate(published, 'relative', now, 'zh-CN')).to.equal('3天前');
    expect(formatDate(published, 'relative', now, 'en')).to.equal('3 days ago');
    expect(formatDate(new Date(2025, 11, 5, 18, 0), 'relative', now, 'zh')).to.equal('3小时前');
    expect(formatDate(published, 'relative', now, 'ja')).to.equal('3 日前');
    expect(formatDate(published, 'relative', now, 'zh-TW')).to.equal('3 天前');
    expect(formatDate(published, 'relative', now, 'es')).to.equal('hace 3 días');
    expect(formatDate(new Date(2025, 11, 5, 21, 40), 'relative', now, 'fr')).to.equal('dans 7 minutes');
  });
  it('rounds toward zero to the largest whole unit', () => {
    expect(formatDate(new Date(2025, 11, 5, 19, 33), 'relative', now, 'en')).to.equal('1 hour ago');
    expect(formatDate(new Date(2025, 11, 5, 21, 32, 6), 'relative', now, 'en')).to.equal('now');
    expect(formatDate(new Date(2025, 11, 5, 21, 32, 6), 'relative', now, 'zh-CN')).to.equal('现在');
    expect(formatDate(new Date(2024, 11, 5), 'relative', now, 'en')).to.equal('1 year ago');
  });
  it("writes absolute dates in the language's own pattern", () => {
    expect(formatDate(published, 'absolute', now, 'zh-CN')).to.equal('2025年12月2日 21:32');
    expect(formatDate(published, 'absolute', now, 'en-US')).to.match(/^Dec 2, 2025, 9:32\sPM$/);
    expect(formatFullDate(published, 'zh-CN')).to.equal('2025年12月2日星期二 21:32:06');
  });
  it('auto style is relative within a week, absolute after', () => {
    expect(formatDate(published, 'auto', now, 'zh-CN')).to.equal('3天前');
    expect(formatDate(published, 'auto', new Date(2026, 0, 20), 'zh-CN')).to.equal('2025年12月2日 21:32');
  });
  it('falls back to English for no language or an invalid one', () => {
    expect(formatDate(published, 'relative', now, 'xx-invalid-!!')).to.equal('3 days ago');
    expect(formatDate(published, 'relative', now)).to.equal('3 days ago');
  });
  it('uses a registered formatter for its language, and the same Chinese script only', () => {
    registerDateFormatter('ko', { relative: () => 'rel', absolute: () => 'abs', full: () => 'full' });
    expect(formatDate(published, 'relative', now, 'ko-KR')).to.equal('rel');
    expect(formatFullDate(published, 'ko')).to.equal('full');
    registerDateFormatter('zh-Hant', { relative: () => '繁', absolute: () => '繁', full: () => '繁' });
    expect(formatDate(published, 'relative', now, 'zh-HK')).to.equal('繁');
    expect(formatDate(published, 'relative', now, 'zh-CN')).to.equal('3天前');
  });
  it('writes a language with a date-fns locale registered through reader-widgets/date-fns', () => {
    registerDateLocale('pt', pt);
    expect(formatDate(published, 'relative', now, 'pt-BR')).to.equal('há 3 dias');
    expect(formatDate(published, 'absolute', now, 'pt')).to.equal(format(published, 'PPp', { locale: pt }));
  });
});
