/**
 * Text measures that are right for CJK and for space-separated languages alike: reading time,
 * display width, and grapheme-safe truncation.
 */

/** Han, kana, Hangul and CJK punctuation: each character is read as a unit, like a word elsewhere. */
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;
/** A word is a run of letters and digits (other than CJK), joined inside by single `'`, `’` or `-`. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Characters of CJK text read per minute (studies put it at 300-500; we take the middle). */
export const CJK_CHARS_PER_MINUTE = 400;
/** Words of space-separated text read per minute. */
export const WORDS_PER_MINUTE = 230;

const OTHER = 1;
const CJK = 2;
const WORD = 3;
const JOINER = 4;

function classify(char: string): number {
  return CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? WORD : char === "'" || char === '’' || char === '-' ? JOINER : OTHER;
}

/** Each BMP code unit's class, filled in on first sight (0: not seen yet); a 1 MB article has a few thousand. */
let classes: Uint8Array | undefined;

/**
 * How much there is to read in `text`: CJK characters, and words (matches of
 * `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*` once CJK characters are read as spaces).
 *
 * One pass over the text that builds no strings or arrays: an article body can be a megabyte of text,
 * and matching regexes over it (an array entry per CJK character) cost more than rendering it.
 */
export function readingUnits(text: string): { cjk: number; words: number } {
  classes ??= new Uint8Array(0x10000);
  let cjk = 0;
  let words = 0;
  // 0: outside a word; 1: in a word; 2: a word followed by one joiner (a letter next continues that word)
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      kind = classify(text.slice(i, i + 2)); // a character outside the BMP (rare): no table entry
      i += 1;
    } else {
      kind = classes[unit] || (classes[unit] = classify(text[i]));
    }
    if (kind === WORD) {
      if (state === 0) words += 1;
      state = 1;
    } else if (kind === JOINER) {
      state = state === 1 ? 2 : 0;
    } else {
      if (kind === CJK) cjk += 1;
      state = 0;
    }
  }
  return { cjk, words };
}

/** Whole minutes to read `text`, at least 1 for any non-empty text. */
export function readingMinutes(text: string): number {
  const { cjk, words } = readingUnits(text);
  const minutes = cjk / CJK_CHARS_PER_MINUTE + words / WORDS_PER_MINUTE;
  return cjk + words === 0 ? 0 : Math.max(1, Math.round(minutes));
}

type Segment = { segment: string };
let graphemeSegmenter: { segment(text: string): Iterable<Segment> } | undefined;

/** Splits text into user-perceived characters (an emoji family, a letter with its combining marks). */
export function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
  }
  // Fallback: code points, with combining marks, variation selectors and ZWJ sequences kept together.
  return text.match(/\P{M}\p{M}*(?:\u200d\P{M}\p{M}*)*|\p{M}+/gu) ?? [];
}

/** East Asian wide characters take two columns; a reader sees "20 characters" of Chinese as wide as 40 of Latin. */
const WIDE =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\u{1F300}-\u{1FAFF}]/u;

export function displayWidth(grapheme: string): number {
  return WIDE.test(grapheme) ? 2 : 1;
}

const ELLIPSIS = '…';
const SPACE = /^\s$/u;
const SPACE_OR_PUNCTUATION = /^[\s\p{P}]$/u;
const SPACE_OR_LIST_PUNCTUATION = /^[\s,，、;；:：]$/u;

/**
 * `text` without the characters at its end that match `oneChar` (a one-character pattern), walking back
 * one code point at a time. Not a `[…]+$` regex: that restarts at every character of a run and is
 * quadratic in it.
 */
function trimEndWhere(text: string, oneChar: RegExp): string {
  let end = text.length;
  while (end > 0) {
    let start = end - 1;
    const unit = text.charCodeAt(start);
    if (start > 0 && unit >= 0xdc00 && unit <= 0xdfff && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800) start--;
    if (!oneChar.test(text.slice(start, end))) break;
    end = start;
  }
  return text.slice(0, end);
}

/**
 * Where the ellipsis a feed put at the end of `text` starts ("..." or more dots, or "…", with the space
 * before it), or -1. Many feeds (the seed portal among them) cut text themselves and end it that way.
 */
function trailingEllipsisStart(text: string): number {
  let end = text.length;
  if (text.endsWith('…')) while (end > 0 && text[end - 1] === '…') end--;
  else {
    while (end > 0 && text[end - 1] === '.') end--;
    if (text.length - end < 3) return -1;
  }
  return trimEndWhere(text.slice(0, end), SPACE).length;
}

/** `text` without a trailing ellipsis of the feed's own (see `trailingEllipsisStart`). */
function withoutTrailingEllipsis(text: string): string {
  const start = trailingEllipsisStart(text);
  return start < 0 ? text : text.slice(0, start);
}

/**
 * Shortens `text` to at most `maxWidth` display columns (a CJK character counts 2, a Latin letter 1),
 * never splitting a grapheme, preferring a word boundary for space-separated text, and ending in "…".
 * Text already short enough is returned as it is.
 */
export function truncate(text: string, maxWidth: number): string {
  const parts = graphemes(text);
  let width = 0;
  for (const g of parts) width += displayWidth(g);
  if (width <= maxWidth) return text;
  const budget = Math.max(0, maxWidth - 1); // room for the ellipsis
  let used = 0;
  let end = 0;
  while (end < parts.length && used + displayWidth(parts[end]) <= budget) used += displayWidth(parts[end++]);
  let cut = parts.slice(0, end).join('');
  const lastSpace = cut.search(/\s\S*$/u);
  // Prefer a word boundary when it costs less than a third of the budget.
  if (lastSpace > 0 && cut.length - lastSpace < cut.length / 3 && !WIDE.test(parts[end] ?? '')) cut = cut.slice(0, lastSpace);
  return trimEndWhere(withoutTrailingEllipsis(cut), SPACE_OR_PUNCTUATION) + ELLIPSIS;
}

/**
 * Text a feed already cut ends in "..." (three dots, often after a comma); shows it as one "…" without
 * the dangling punctuation. Other text is returned as it is.
 */
export function tidyEllipsis(text: string): string {
  const start = trailingEllipsisStart(text);
  return start < 0 ? text : trimEndWhere(text.slice(0, start), SPACE_OR_LIST_PUNCTUATION) + ELLIPSIS;
}
