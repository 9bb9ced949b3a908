/**
 * Reading loose JSON safely: data from attributes, feeds and APIs is `unknown` until a field is read from
 * it here. Own properties only (`__proto__`, `constructor` and inherited keys never count as data), text
 * trimmed, nothing thrown. Used by the model's normalizer and by every feed adapter.
 */

export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property of `record` when it is an object; `undefined` otherwise. */
export function field(record: unknown, key: string): unknown {
  return isRecord(record) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Plain text from a string or a finite number: trimmed, cut to `max` characters; `undefined` when empty or of another type. */
export function text(value: unknown, max = Infinity): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return trimmed.length > max ? trimmed.slice(0, max) : trimmed;
}

/** A list as given, one value as a list of one, nothing (`undefined`, `null`) as an empty list. */
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/**
 * A copy of `record` without its `undefined` fields and empty lists, so what we build (reader JSON from an
 * adapter, JSON-LD for search engines) reads like something a person wrote.
 */
export function withoutEmpty<T extends object>(record: T): T {
  const result = {} as T;
  for (const key of Object.keys(record) as Array<keyof T>) {
    const value = record[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) result[key] = value;
  }
  return result;
}

/**
 * A byte-order mark is how many editors start a UTF-8 file (and how some servers send one): it is not part
 * of the JSON (RFC 8259 §8.1 lets a parser ignore it), but `JSON.parse` refuses it.
 */
export const byteOrderMarkLength = (text: string) => (text.charCodeAt(0) === 0xfeff ? 1 : 0);
