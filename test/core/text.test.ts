import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { graphemes, readingMinutes, readingUnits, truncate } from '../../src/core/text.js';

describe('readingMinutes', () => {
  it('reads CJK at about 400 characters a minute', () => {
    expect(readingMinutes('字'.repeat(1200))).to.equal(3);
  });
  it('reads space-separated text at about 230 words a minute', () => {
    expect(readingMinutes(Array(690).fill('word').join(' '))).to.equal(3);
  });
  it('adds mixed CJK and Latin text', () => {
    expect(readingMinutes('字'.repeat(800) + ' ' + Array(460).fill('word').join(' '))).to.equal(4);
  });
  it('is at least one minute for any text and zero for none', () => {
    expect(readingMinutes('Hi')).to.equal(1);
    expect(readingMinutes('  ')).to.equal(0);
  });
  it('counts a CJK compatibility ideograph before an Arabic ligature as one CJK character and one word', () => {
    // U+F900 then U+FC00: WebKitGTK's `u` regexes read the pair as one code point (see below).
    expect(readingUnits('\uf900\ufc00')).to.deep.equal({ cjk: 1, words: 1 });
  });
  it('counts exactly what the CJK and word regexes count', () => {
    // The definition readingUnits implements in one pass, without matching regexes over the text: CJK
    // characters, and words (`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` once CJK characters are spaces).
    // WebKitGTK's `u`-flag matching reads any code unit from U+D800 up followed by one from U+DC00 up as
    // one code point (/[^]/u matches all of "\uF900\uFC00", a CJK compatibility ideograph and an Arabic
    // ligature; "\uD800ｗ" likewise), so a `u` regex run over the whole text misses characters there.
    // The reference therefore classifies one code point at a time (the string iterator is right) and
    // matches the word pattern over a proxy with one ASCII character per code point.
    const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;
    const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
    const reference = (text: string) => {
      const kinds = [...text].map((char) =>
        CJK.test(char) ? 'c' : LETTER_OR_DIGIT.test(char) ? 'a' : char === "'" || char === '’' || char === '-' ? '-' : ' ',
      );
      const proxy = kinds.join('');
      return { cjk: kinds.filter((kind) => kind === 'c').length, words: proxy.match(/a+(?:-a+)*/g)?.length ?? 0 };
    };
    const pieces = [
      '字',
      '𠮷',
      'ｗ',
      '。',
      'かな',
      '한',
      'word',
      'é',
      'e\u0301',
      '𝐀',
      '1',
      '١',
      "'",
      '’',
      '-',
      '--',
      ' ',
      '\n',
      '\ud800',
      '\udc00',
      '😀',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.integer({ min: 1, max: 3 }), (parts, times) => {
        const text = parts.join('').repeat(times);
        expect(readingUnits(text)).to.deep.equal(reference(text));
      }),
    );
    // The seed keeps CI deterministic.
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        expect(readingUnits(text)).to.deep.equal(reference(text));
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('Short title', 40)).to.equal('Short title');
  });
  it('counts a CJK character as two columns', () => {
    expect(truncate('北约秘书长致电高市早苗宣布与日本强化安全合作', 20)).to.equal('北约秘书长致电高市…');
  });
  it('prefers a word boundary in Latin text', () => {
    expect(truncate('The quiet return of the neighbourhood bookshop', 30)).to.equal('The quiet return of the…');
  });
  it('never splits an emoji, a ZWJ family or a combining mark', () => {
    const family = '👨‍👩‍👧‍👦';
    const cut = truncate(`${family}${family}${family}${family}`, 5);
    expect(graphemes(cut.slice(0, -1)).every((g) => g === family)).to.equal(true);
    expect(truncate('e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301', 4)).to.equal('e\u0301e\u0301e\u0301…');
    expect(truncate('𠮷𠮷𠮷𠮷𠮷', 5)).to.equal('𠮷𠮷…');
  });
  it('does not stack an ellipsis on text the feed already cut', () => {
    expect(truncate('微信投票发起很简单,打开微信,点击“发现”>“小程序”...', 20)).to.equal('微信投票发起很简单…');
  });
});
