/**
 * Every word the widgets print themselves, per language. Owners override any string with the
 * element's `messages` property, or add a language with `registerMessages`.
 * `{n}` in a message is replaced by a number already formatted for the language.
 *
 * Built in: en, zh-CN, zh-TW, ja, ko, es, fr, de, ar. English ships in every bundle; every other table is
 * a small chunk of its own, loaded the first time a widget is shown in that language, so a page pays for
 * one language, not nine. Tables hold only words the widgets show, and error *reasons* by code (the
 * precise English detail of an error is for the site owner and travels in the `reader-error` event).
 */
import type { ReaderErrorCode } from './errors.js';
import { canonicalLang, formatCount } from './locale.js';

/**
 * A message about a count: one text, or one per plural category of the language (`other` is required;
 * `{ one: '{n} view', other: '{n} views' }`), chosen with `Intl.PluralRules`.
 */
export type CountMessage = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export interface Messages {
  minRead: CountMessage;
  views: CountMessage;
  /** Read by screen readers before the author names. */
  by: string;
  /** Between names in a list ("Ann, Bo"; "张三、李四"). */
  listSeparator: string;
  updated: string;
  tags: string;
  related: string;
  trending: string;
  pause: string;
  play: string;
  previous: string;
  next: string;
  loading: string;
  empty: string;
  /** Said by the live region (`announce`) when a refresh brought new items. */
  newItems: CountMessage;
  /** The first line of every error box. */
  errorPrefix: string;
  /** Bad JSON, wrong shape, or a format the widget does not read. */
  errorData: string;
  errorTooLarge: string;
  /** The network request failed (offline, CORS, a URL that is not http(s)). */
  errorNetwork: string;
  /** `{n}` is the HTTP status. */
  errorHttp: string;
  errorTimeout: string;
  /** The button that loads `src` again after a network, HTTP or timeout error. */
  retry: string;
}

const en: Messages = {
  minRead: '{n} min read',
  views: { one: '{n} view', other: '{n} views' },
  by: 'By',
  listSeparator: ', ',
  updated: 'Updated',
  tags: 'Tags',
  related: 'Related',
  trending: 'Trending',
  pause: 'Pause',
  play: 'Play',
  previous: 'Previous',
  next: 'Next',
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  newItems: { one: '{n} new item', other: '{n} new items' },
  errorPrefix: 'This content could not be shown.',
  errorData: 'The data is not in a form it can read.',
  errorTooLarge: 'The data is too large.',
  errorNetwork: 'It could not be loaded.',
  errorHttp: 'The server answered with error {n}.',
  errorTimeout: 'Loading took too long.',
  retry: 'Retry',
};

/** The built-in tables other than English, by canonical BCP 47 tag (Maps, so no tag reaches `Object.prototype`). */
const builtIn = new Map<string, () => Promise<{ default: Messages }>>([
  ['zh-CN', () => import('./messages/zh-CN.js')],
  ['zh-TW', () => import('./messages/zh-TW.js')],
  ['ja', () => import('./messages/ja.js')],
  ['ko', () => import('./messages/ko.js')],
  ['es', () => import('./messages/es.js')],
  ['fr', () => import('./messages/fr.js')],
  ['de', () => import('./messages/de.js')],
  ['ar', () => import('./messages/ar.js')],
]);
/** Built-in tables once loaded (a table that failed to load stays English). */
const loaded = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<void>>();
/** What owners registered, by tag; it wins over the built-in table of the same language. */
const registered = new Map<string, Partial<Messages>>();
/** The merged table per requested tag, until a table loads or an owner registers one. */
const resolved = new Map<string | undefined, Messages>();

/** Adds or extends a language's strings (e.g. `registerMessages('pt', {...})`); missing keys come from the language's built-in table, then English. */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  const tag = canonicalLang(lang) ?? lang;
  registered.set(tag, { ...registered.get(tag), ...messages });
  resolved.clear();
}

/**
 * The tags to try for a language, best first: the exact tag, language-script, then for Chinese the
 * Traditional table for `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` and the Simplified one otherwise, then the
 * language alone (`fr-CA` → `fr`).
 */
function candidates(lang: string | undefined): string[] {
  const tag = lang ? canonicalLang(lang) : undefined;
  if (!tag) return [];
  const subtags = tag.split('-');
  const language = subtags[0];
  const script = subtags.find((s, i) => i > 0 && /^[A-Z][a-z]{3}$/.test(s));
  const list = [tag];
  if (script) list.push(`${language}-${script}`);
  if (language === 'zh') {
    const traditional = script ? script === 'Hant' : subtags.some((s) => s === 'TW' || s === 'HK' || s === 'MO');
    list.push(traditional ? 'zh-TW' : 'zh-CN');
  }
  list.push(language);
  return list;
}

/** The built-in table each requested tag uses (`undefined`: English); every update asks, so it is looked up once. */
const builtInTags = new Map<string | undefined, string | undefined>();
function builtInTag(lang: string | undefined): string | undefined {
  if (!builtInTags.has(lang)) {
    if (builtInTags.size >= 64) builtInTags.clear(); // tags come from data too
    builtInTags.set(
      lang,
      candidates(lang).find((tag) => builtIn.has(tag)),
    );
  }
  return builtInTags.get(lang);
}

/**
 * Loads the built-in table for a language. Returns `undefined` when nothing is missing (English, a
 * table already loaded, a language without one), else a promise that settles once it is in (or failed
 * to load, and the language stays English): render after it to show no word in the wrong language.
 */
export function loadMessages(lang: string | undefined): Promise<void> | undefined {
  const tag = builtInTag(lang);
  if (!tag || loaded.has(tag)) return undefined;
  let promise = loading.get(tag);
  if (!promise) {
    const settle = (table: Messages) => {
      loaded.set(tag, table);
      resolved.clear();
    };
    promise = builtIn.get(tag)!().then(
      (module) => settle(module.default),
      () => settle(en),
    );
    loading.set(tag, promise);
  }
  return promise;
}

/**
 * The strings for a BCP 47 tag: English, under the language's built-in table (once `loadMessages` has
 * loaded it), under what the owner registered for it, under `overrides`.
 */
export function messagesFor(lang: string | undefined, overrides?: Partial<Messages>): Messages {
  let table = resolved.get(lang);
  if (!table) {
    const tags = candidates(lang);
    const ownTag = tags.find((tag) => registered.has(tag));
    const builtInTable = loaded.get(builtInTag(lang) ?? 'en');
    table = { ...en, ...builtInTable, ...(ownTag ? registered.get(ownTag) : undefined) };
    if (resolved.size >= 64) resolved.clear(); // tags come from data too: stay small whatever a feed says
    resolved.set(lang, table);
  }
  if (!overrides) return table;
  const merged: Record<string, Messages[keyof Messages]> = { ...table };
  for (const key of Object.keys(table) as Array<keyof Messages>) {
    const value: unknown = Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
    if (typeof value === 'string' || ((key === 'minRead' || key === 'views') && isPluralForms(value))) merged[key] = value;
  }
  return merged as unknown as Messages;
}

/** Plural forms from an owner (JSON in the `messages` attribute, say): an object of strings with `other`. */
function isPluralForms(value: unknown): value is CountMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const forms = value as Record<string, unknown>;
  return typeof forms.other === 'string' && Object.values(forms).every((form) => typeof form === 'string');
}

/** Fills `{n}` in a message. */
export function fill(message: string, n: string | number): string {
  return message.replace('{n}', String(n));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** A count message for `count` in `lang`: the plural form the language uses for it, `{n}` written the language's way. */
export function fillCount(message: CountMessage, count: number, lang: string): string {
  const shown = formatCount(count, lang);
  if (typeof message === 'string') return fill(message, shown);
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(canonicalLang(lang) ?? 'en');
    if (pluralRules.size < 64) pluralRules.set(lang, rules);
  }
  return fill(message[rules.select(count)] ?? message.other, shown);
}

/** Whether loading again may help: the network, the server or the clock failed, not the data. */
export function isRetryable(error: { code: ReaderErrorCode }): boolean {
  return error.code === 'fetch-failed' || error.code === 'http' || error.code === 'timeout';
}

/** The reader-facing reason for an error, in the table's language (the HTTP status filled in). */
export function errorReason(messages: Messages, error: { code: ReaderErrorCode; status?: number }): string {
  switch (error.code) {
    case 'too-large':
      return messages.errorTooLarge;
    case 'fetch-failed':
      return messages.errorNetwork;
    case 'http':
      return fill(messages.errorHttp, error.status ?? '');
    case 'timeout':
      return messages.errorTimeout;
    default:
      return messages.errorData;
  }
}
