import { expect } from '@open-wc/testing';
import { formatAbsoluteDate, formatDate, formatRelativeDate, parseDate } from '../../src/core/dates.js';

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
});

describe('formatting dates', () => {
  const published = new Date(2025, 11, 2, 21, 32, 6);
  const now = new Date(2025, 11, 5, 21, 32, 6);
  it('writes relative dates in Chinese and English', () => {
    expect(formatRelativeDate(published, now, 'zh-CN')).to.equal('3 天前');
    expect(formatRelativeDate(published, now, 'en')).to.equal('3 days ago');
    expect(formatRelativeDate(new Date(2025, 11, 5, 18, 0), now, 'zh')).to.equal('3 小时前');
  });
  it("writes absolute dates in the language's own pattern", () => {
    expect(formatAbsoluteDate(published, 'zh-CN')).to.equal('2025-12-02 下午 9:32');
    expect(formatAbsoluteDate(published, 'en-US')).to.match(/^Dec 2, 2025/);
  });
  it('auto style is relative within a week, absolute after', () => {
    expect(formatDate(published, 'auto', now, 'zh-CN')).to.equal('3 天前');
    expect(formatDate(published, 'auto', new Date(2026, 0, 20), 'zh-CN')).to.equal('2025-12-02 下午 9:32');
    expect(formatDate(published, 'absolute', now, 'en')).to.match(/^Dec 2, 2025/);
  });
  it('falls back to English for an invalid language', () => {
    expect(formatRelativeDate(published, now, 'xx-invalid-!!')).to.equal('3 days ago');
  });

  it("writes languages without a registered date-fns locale with the browser's Intl formats", () => {
    expect(formatRelativeDate(published, now, 'ja')).to.equal('3 日前');
    expect(formatRelativeDate(published, now, 'zh-TW')).to.equal('3 天前');
    expect(formatRelativeDate(published, now, 'es')).to.equal('hace 3 días');
    expect(formatRelativeDate(new Date(2025, 11, 5, 21, 40), now, 'fr')).to.equal('dans 7 minutes');
    expect(formatAbsoluteDate(published, 'de')).to.equal(
      new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(published),
    );
  });
});
