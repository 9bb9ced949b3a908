import { expect } from '@open-wc/testing';
import { format } from 'date-fns/format';
import { pt } from 'date-fns/locale/pt';
import fc from 'fast-check';
import { formatDate, formatFullDate, parseDate, registerDateFormatter } from '../../src/core/dates.js';
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
