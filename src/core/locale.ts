/** Language facts the elements need: canonical tags, text direction and locale-aware numbers. */

/** The canonical form of a BCP 47 tag (`zh-cn` → `zh-CN`), or `undefined` when it is not a valid tag. */
export function canonicalLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** True for languages written right to left (Arabic, Hebrew, Persian, Urdu …), or an explicit RTL script. */
export function isRtl(lang: string): boolean {
  const [language, script] = lang.toLowerCase().split('-');
  if (script === 'arab' || script === 'hebr' || script === 'thaa' || script === 'syrc') return true;
  if (script === 'latn' || script === 'cyrl') return false;
  return RTL_LANGUAGES.has(language);
}

const countFormats = new Map<string, Intl.NumberFormat>();

/** A count written the language's way: "1.2K" in English, "1.2万" in Chinese; exact below 10,000. */
export function formatCount(n: number, lang: string): string {
  const key = `${lang}|${n < 10_000}`;
  let format = countFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang, n < 10_000 ? {} : { notation: 'compact', maximumFractionDigits: 1 });
    } catch {
      format = new Intl.NumberFormat('en', n < 10_000 ? {} : { notation: 'compact', maximumFractionDigits: 1 });
    }
    countFormats.set(key, format);
  }
  return format.format(n);
}

const LETTER = /\p{L}/u;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/**
 * The direction of text whose language is unknown, from its first letter (what `dir="auto"` does),
 * or `undefined` when it has none. One linear scan, so a long body costs no more than reading it once.
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  const letter = LETTER.exec(text)?.[0];
  return letter === undefined ? undefined : RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}
