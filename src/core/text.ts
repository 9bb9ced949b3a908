/**
 * Text measures that are right for CJK and for space-separated languages alike: reading time,
 * display width, and grapheme-safe truncation.
 */

/** Han, kana, Hangul and CJK punctuation: each character is read as a unit, like a word elsewhere. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Characters of CJK text read per minute (studies put it at 300-500; we take the middle). */
export const CJK_CHARS_PER_MINUTE = 400;
/** Words of space-separated text read per minute. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read `text`, at least 1 for any non-empty text. */
export function readingMinutes(text: string): number {
  const cjkCount = text.match(CJK)?.length ?? 0;
  const wordCount = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  const minutes = cjkCount / CJK_CHARS_PER_MINUTE + wordCount / WORDS_PER_MINUTE;
  return cjkCount + wordCount === 0 ? 0 : Math.max(1, Math.round(minutes));
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
// Many feeds (the seed portal among them) cut text themselves and end it with "..." or "…".
const TRAILING_ELLIPSIS = /\s*(?:\.{3,}|…+)$/u;

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
  return cut.replace(TRAILING_ELLIPSIS, '').replace(/[\s\p{P}]+$/u, '') + ELLIPSIS;
}

/**
 * Text a feed already cut ends in "..." (three dots, often after a comma); shows it as one "…" without
 * the dangling punctuation. Other text is returned as it is.
 */
export function tidyEllipsis(text: string): string {
  return TRAILING_ELLIPSIS.test(text) ? text.replace(TRAILING_ELLIPSIS, '').replace(/[\s,，、;；:：]+$/u, '') + ELLIPSIS : text;
}
