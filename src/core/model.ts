/**
 * The data model: the reader JSON the contract accepts (loose, as sites write it) and the normalized
 * article every element renders (strict, typed, URLs already checked). Normalizing never throws: it
 * returns a `Result` with a message a person understands.
 */
import { fail, ok, type Result } from './errors.js';
import { dateParserNeeded, loadDateParser, readDate } from './date-reading.js';
import { canonicalLang } from './locale.js';
import { byteOrderMarkLength, field, isRecord, text } from './loose-json.js';
import { isAbsoluteHttpUrl, safeSrcset, safeUrl } from './urls.js';

/** What a site may hand us: the contract's reader JSON. */
export interface ArticleInput {
  title: string;
  id?: string;
  url?: string;
  summary?: string;
  bodyHtml?: string;
  /** The absolute http(s) address relative links in `bodyHtml` are relative to (a feed's own URL); default: the page. */
  baseUrl?: string;
  author?: string | PersonInput | Array<string | PersonInput>;
  /**
   * The same as `author`, under the normalized article's name for it, so what an event hands out
   * (`reader-select`'s `item`, `reader-load`'s `data`) is accepted back as input. Read when `author` is absent.
   */
  authors?: string | PersonInput | Array<string | PersonInput>;
  source?: string | { name: string; url?: string };
  /** A `Date` too: the normalized article carries one. */
  publishedAt?: string | number | Date;
  updatedAt?: string | number | Date;
  image?: string | ImageInput;
  tags?: string[];
  views?: number;
  lang?: string;
}
export interface PersonInput {
  name: string;
  url?: string;
  avatar?: string;
}
export interface ImageInput {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
  srcset?: string;
}
export type ListInput = ArticleInput[] | { items: ArticleInput[] };

/** A person as rendered: URLs checked. */
export interface Person {
  name: string;
  url?: string;
  avatar?: string;
}
export interface Source {
  name: string;
  url?: string;
}
export interface ArticleImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  srcset?: string;
}

/**
 * The normalized article: what `reader-load` reports and every element renders. It is itself a valid
 * `ArticleInput` (an SPA may hand an event's `item` straight back to `<article-view>`).
 */
export interface Article {
  title: string;
  id?: string;
  url?: string;
  summary?: string;
  /** Untrusted HTML, exactly as given; only ever rendered through the sanitizer. */
  bodyHtml?: string;
  /** Where relative links in `bodyHtml` resolve (an absolute http(s) URL); unset: the page. */
  baseUrl?: string;
  authors: Person[];
  source?: Source;
  publishedAt?: Date;
  updatedAt?: Date;
  image?: ArticleImage;
  tags: string[];
  views?: number;
  lang?: string;
}

/** Limits that keep a hostile or broken feed from freezing the tab. */
export const LIMITS = {
  /** JSON text in an attribute. */
  jsonChars: 10_000_000,
  /** Body HTML of one article (a very long article is about 200 KB; the benchmark uses 1 MB). */
  bodyChars: 5_000_000,
  /** Plain-text fields. */
  titleChars: 2_000,
  textChars: 20_000,
  /** Authors and tags kept per article. */
  people: 50,
  tags: 50,
  /** Items kept from a list. */
  items: 10_000,
} as const;

/** What the JSON attribute converter produces for text that does not parse; normalizing reports it. */
export class JsonParseFailure {
  /**
   * @param detail the owner's message, or for text that is not JSON its start ("`items` is not valid JSON")
   * @param text the text that is not JSON, whose mistake's position completes the message
   */
  constructor(
    private readonly detail: string,
    readonly size: number,
    private readonly text?: string,
  ) {}

  /** The owner's message: with the mistake's position once `json-position.ts` is here (see `loadBeforeNormalizing`). */
  get message(): string {
    return this.text === undefined ? this.detail : `${this.detail}${jsonPosition?.jsonErrorPosition(this.text) ?? ''}.`;
  }

  /** The message still lacks the position, which a lazy chunk finds. */
  get positionPending(): boolean {
    return this.text !== undefined && jsonPosition === undefined;
  }
}

type JsonPosition = typeof import('./json-position.js');
let jsonPosition: JsonPosition | undefined;
let jsonPositionLoading: Promise<void> | undefined;

/** Loads what finds the position of a JSON mistake; never rejects (a failed load leaves messages without it). */
export function loadJsonPosition(): Promise<void> {
  jsonPositionLoading ??= import('./json-position.js').then(
    (module) => void (jsonPosition = module),
    () => void (jsonPositionLoading = undefined),
  );
  return jsonPositionLoading;
}

/** For code that carries `json-position.ts` already (the feed reader): its failures get their position at once. */
export function useJsonPosition(module: JsonPosition): void {
  jsonPosition = module;
}

/**
 * Parses attribute JSON text without throwing. Bad text becomes a `JsonParseFailure`, which says where
 * the mistake is once `json-position.ts` is here: "`article` is not valid JSON at position 17".
 */
export function parseJsonText(text: string, what: string): unknown {
  if (text.length > LIMITS.jsonChars)
    return new JsonParseFailure(`\`${what}\` is too large to read (${megabytes(text.length)}).`, text.length);
  try {
    return JSON.parse(text.slice(byteOrderMarkLength(text)));
  } catch {
    return new JsonParseFailure(`\`${what}\` is not valid JSON`, text.length, text);
  }
}

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function person(value: unknown): Person | undefined {
  if (typeof value === 'string') {
    const name = text(value, 200);
    return name ? { name } : undefined;
  }
  if (!isRecord(value)) return undefined;
  const name = text(field(value, 'name'), 200);
  if (!name) return undefined;
  return { name, url: safeUrl(field(value, 'url'), 'link'), avatar: safeUrl(field(value, 'avatar'), 'media') };
}

function people(value: unknown, warnings: string[]): Person[] {
  const list = Array.isArray(value) ? value.slice(0, LIMITS.people) : value === undefined ? [] : [value];
  const result: Person[] = [];
  for (const entry of list) {
    const p = person(entry);
    if (p) result.push(p);
    else warnings.push(`An author was skipped: expected a name or {name, url?, avatar?}, got ${typeName(entry)}.`);
  }
  return result;
}

function dimension(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n < 100_000 ? Math.round(n) : undefined;
}

function image(value: unknown, warnings: string[]): ArticleImage | undefined {
  if (value === undefined || value === null) return undefined;
  const record = typeof value === 'string' ? { src: value } : isRecord(value) ? value : undefined;
  const src = record ? safeUrl(field(record, 'src') ?? field(record, 'url'), 'media') : undefined;
  if (!record || !src) {
    warnings.push('The image was skipped: its address is missing or not a safe http(s) or relative URL.');
    return undefined;
  }
  return {
    src,
    alt: text(field(record, 'alt'), 1000) ?? '',
    width: dimension(field(record, 'width')),
    height: dimension(field(record, 'height')),
    srcset: safeSrcset(field(record, 'srcset')),
  };
}

function language(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 64 ? canonicalLang(value) : undefined;
}

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

/** What the normalizer may know about where the data is shown. */
export interface NormalizeContext {
  /**
   * The page's language (BCP 47), for data that declares none: it decides the order of an all-numeric day
   * and month ("02.12.2025" is 2 December on a German page). The data's own `lang` comes first.
   */
  lang?: string;
}

/**
 * Normalizes one article. `title` is required; everything else is optional and dropped (with a warning)
 * when unusable, so one bad field never costs the reader the whole article.
 */
export function normalizeArticle(input: unknown, what = 'article', acceptList = true, context: NormalizeContext = {}): Result<Article> {
  if (input instanceof JsonParseFailure) return fail(input.message, input.size > LIMITS.jsonChars ? 'too-large' : 'invalid-json');
  if (!acceptList && !isRecord(input)) return fail(`expected an article object, got ${typeName(input)}.`);
  if (
    acceptList &&
    (Array.isArray(input) || (isRecord(input) && Array.isArray(field(input, 'items')) && field(input, 'title') === undefined))
  ) {
    // An article element given a list shows the list's first article.
    const list = normalizeList(input, what, context);
    if (!list.ok) return list;
    if (list.value.length === 0) return fail(`\`${what}\` is an empty list; expected one article.`);
    return ok(list.value[0], [...list.warnings, `\`${what}\` is a list; showing its first article.`]);
  }
  if (!isRecord(input)) return fail(`\`${what}\` must be an object with a title, got ${typeName(input)}.`);
  const rawTitle = field(input, 'title');
  if (rawTitle === undefined || rawTitle === null || (typeof rawTitle === 'string' && rawTitle.trim() === '')) {
    return fail(`\`title\` is missing from \`${what}\`.`);
  }
  if (typeof rawTitle !== 'string' && typeof rawTitle !== 'number') return fail(`\`title\` must be text, got ${typeName(rawTitle)}.`);
  if (typeof rawTitle === 'string' && rawTitle.length > LIMITS.titleChars) {
    return fail(
      `\`title\` is too long (${rawTitle.length.toLocaleString('en')} characters; the limit is ${LIMITS.titleChars.toLocaleString('en')}).`,
      'too-large',
    );
  }
  const rawBody = field(input, 'bodyHtml');
  if (rawBody !== undefined && rawBody !== null && typeof rawBody !== 'string')
    return fail(`\`bodyHtml\` must be text, got ${typeName(rawBody)}.`);
  if (typeof rawBody === 'string' && rawBody.length > LIMITS.bodyChars) {
    return fail(`\`bodyHtml\` is too large (${megabytes(rawBody.length)}; the limit is ${megabytes(LIMITS.bodyChars)}).`, 'too-large');
  }

  const warnings: string[] = [];
  const lang = language(field(input, 'lang'));
  const dateLang = lang ?? context.lang;
  const rawBase = field(input, 'baseUrl');
  const rawSource = field(input, 'source');
  const source =
    typeof rawSource === 'string' ? text(rawSource, 200) : isRecord(rawSource) ? text(field(rawSource, 'name'), 200) : undefined;
  const rawTags = field(input, 'tags');
  const tags = Array.isArray(rawTags)
    ? rawTags
        .slice(0, LIMITS.tags)
        .map((t) => text(t, 100))
        .filter((t): t is string => !!t)
    : [];
  const article: Article = {
    title: text(rawTitle, LIMITS.titleChars)!,
    id: text(field(input, 'id'), 500),
    url: safeUrl(field(input, 'url'), 'link'),
    summary: text(field(input, 'summary'), LIMITS.textChars),
    bodyHtml: typeof rawBody === 'string' && rawBody.trim() !== '' ? rawBody : undefined,
    baseUrl: isAbsoluteHttpUrl(rawBase) ? rawBase : undefined,
    authors: people(field(input, 'author') ?? field(input, 'authors'), warnings),
    source: source ? { name: source, url: isRecord(rawSource) ? safeUrl(field(rawSource, 'url'), 'link') : undefined } : undefined,
    publishedAt: readDate(field(input, 'publishedAt'), dateLang),
    updatedAt: readDate(field(input, 'updatedAt'), dateLang),
    image: image(field(input, 'image'), warnings),
    tags: [...new Set(tags)],
    views: count(field(input, 'views')),
    lang,
  };
  if (rawBase !== undefined && !article.baseUrl) warnings.push('`baseUrl` was skipped: it must be an absolute http(s) URL.');
  if (field(input, 'url') !== undefined && !article.url)
    warnings.push('`url` was skipped: only http(s), relative and root-relative links are allowed.');
  for (const key of ['publishedAt', 'updatedAt'] as const) {
    const raw = field(input, key);
    if (raw === undefined || article[key]) continue;
    // Never String() an object from the data: its own `toString` may be anything (and throw).
    const shown = typeof raw === 'string' || typeof raw === 'number' ? `"${String(raw).slice(0, 40)}"` : typeName(raw);
    warnings.push(`\`${key}\` was skipped: ${shown} is not a date.`);
  }
  return ok(article, warnings);
}

/** The entries of a list as `normalizeList` reads them (an array, `{items: [...]}`, or one article), else undefined. */
function listEntries(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (isRecord(input) && Array.isArray(field(input, 'items'))) return field(input, 'items') as unknown[];
  if (isRecord(input) && field(input, 'title') !== undefined) return [input];
  return undefined;
}

/**
 * What normalizing `input` (an article or a list) must load first, or undefined when nothing is missing:
 * the full date parser when a date in it is text beyond the common forms (see `date-reading.ts`), or for
 * text that is not JSON what finds its mistake's position.
 * The promise never rejects.
 */
export function loadBeforeNormalizing(input: unknown): Promise<void> | undefined {
  if (input instanceof JsonParseFailure) return input.positionPending ? loadJsonPosition() : undefined;
  // The input itself too: an article may carry an `items` field of its own.
  const entries = [input, ...(listEntries(input) ?? []).slice(0, LIMITS.items)];
  const needed = entries.some((entry) => dateParserNeeded(field(entry, 'publishedAt')) || dateParserNeeded(field(entry, 'updatedAt')));
  return needed ? loadDateParser() : undefined;
}

/**
 * Normalizes a list: an array, `{items: [...]}`, or a single article (a list of one). Items without a
 * usable title are skipped with a warning; an empty list is valid.
 */
export function normalizeList(input: unknown, what = 'items', context: NormalizeContext = {}): Result<Article[]> {
  if (input instanceof JsonParseFailure) return fail(input.message, input.size > LIMITS.jsonChars ? 'too-large' : 'invalid-json');
  const entries = listEntries(input);
  if (!entries) return fail(`\`${what}\` must be a list of articles (an array or {items: [...]}), got ${typeName(input)}.`);

  const warnings: string[] = [];
  const items: Article[] = [];
  for (let i = 0; i < entries.length && items.length < LIMITS.items; i++) {
    const result = normalizeArticle(entries[i], `${what}[${i}]`, false, context);
    if (result.ok) items.push(result.value);
    else warnings.push(`${what}[${i}] was skipped: ${result.error.message}`);
  }
  if (entries.length > 0 && items.length === 0)
    return fail(`None of the ${entries.length} entries in \`${what}\` is an article with a title.`);
  return ok(items, warnings);
}
