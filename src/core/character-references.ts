/**
 * Character references (`&amp;`, `&#233;`, `&#xE9;`) read as an HTML parser reads them, in one place for
 * every caller: the text of HTML fields in feeds (`sources/formats/html-text.ts`), the XML reader's repair
 * of feeds that use HTML's names (`sources/formats/xml.ts`), and the URL check, which looks at a URL the
 * way markup would decode it (`core/urls.ts`).
 *
 * Numbers follow HTML: any number of digits, `;` optional; 0, surrogates and anything past U+10FFFF read
 * as U+FFFD, and 0x80–0x9F as the windows-1252 characters browsers show for them (`&#150;` is "–").
 * Names are the caller's: HTML's table has two thousand, and each caller knows the few it needs.
 *
 * A forward scan without regular expressions: a reference costs its own length, so decoding is linear
 * in the text whatever it holds.
 */

export interface CharacterReference {
  /** The character it stands for. */
  text: string;
  /** Its length in the source, from the `&` to the `;` when there is one. */
  length: number;
  /** Ended by `;` (HTML reads every number and a few names without one; XML reads none). */
  closed: boolean;
  /** `&#…` or `&#x…`, not a name. */
  numeric: boolean;
}

/** The code point a name stands for (`eacute` → 233), or `undefined` when the caller does not know it. */
export type NameLookup = (name: string) => number | undefined;

export interface ReferenceOptions {
  /**
   * How a name is read. `whole` (the default): the whole run of ASCII letters and digits after `&` is the
   * name (`&copyx;` is no reference). `prefix`: the longest start of that run the lookup knows
   * (`&colonx` is `&colon` followed by `x`), the wider reading a safety check wants.
   */
  names?: 'whole' | 'prefix';
}

/** Longer than HTML's longest name (`CounterClockwiseContourIntegral`): a longer run names nothing. */
const MAX_NAME = 32;

// What HTML shows for &#128;–&#159; (windows-1252); 0 where the number stands for itself.
// prettier-ignore
const WINDOWS_1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number) => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** The character HTML shows for a numeric reference's value. */
export function characterForCode(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f && WINDOWS_1252[code - 0x80]) return String.fromCodePoint(WINDOWS_1252[code - 0x80]);
  return String.fromCodePoint(code);
}

/**
 * The reference starting at `text[at]` (an `&`), or `undefined` when none starts there: `&` followed by
 * neither a number nor a name `lookup` knows.
 */
export function characterReferenceAt(
  text: string,
  at: number,
  lookup: NameLookup,
  options: ReferenceOptions = {},
): CharacterReference | undefined {
  if (text.charCodeAt(at) !== 0x26 /* & */) return undefined;
  let i = at + 1;
  if (text.charCodeAt(i) === 0x23 /* # */) {
    i++;
    const hex = (text.charCodeAt(i) | 0x20) === 0x78; /* x or X */
    if (hex) i++;
    const digitsAt = i;
    let code = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (hex ? !isHexDigit(c) : !isDigit(c)) break;
      const digit = isDigit(c) ? c - 0x30 : (c | 0x20) - 0x61 + 10;
      code = Math.min(code * (hex ? 16 : 10) + digit, 0x110000); // past U+10FFFF it is U+FFFD however far
    }
    if (i === digitsAt) return undefined;
    const closed = text.charCodeAt(i) === 0x3b; /* ; */
    return { text: characterForCode(code), length: i - at + (closed ? 1 : 0), closed, numeric: true };
  }
  if (!isLetter(text.charCodeAt(i))) return undefined;
  let end = i + 1;
  while (end < text.length && end - i <= MAX_NAME && (isLetter(text.charCodeAt(end)) || isDigit(text.charCodeAt(end)))) end++;
  if (end - i > MAX_NAME) {
    if (options.names !== 'prefix') return undefined;
    end = i + MAX_NAME;
  }
  for (let nameEnd = end; nameEnd > i; nameEnd = options.names === 'prefix' ? nameEnd - 1 : i) {
    const code = lookup(text.slice(i, nameEnd));
    if (code === undefined) continue;
    const closed = text.charCodeAt(nameEnd) === 0x3b;
    return { text: String.fromCodePoint(code), length: nameEnd - at + (closed ? 1 : 0), closed, numeric: false };
  }
  return undefined;
}

/** `text` with every reference decoded; an `&` that starts none stays as it is. */
export function decodeCharacterReferences(text: string, lookup: NameLookup, options: ReferenceOptions = {}): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    const reference = characterReferenceAt(text, at, lookup, options);
    if (!reference) continue;
    out += text.slice(from, at) + reference.text;
    from = at + reference.length;
  }
  return out + text.slice(from);
}
