/**
 * The one rule for an attribute value an element does not take (`layout="grid"`, `limit="ten"`): the
 * element uses the attribute's default, and tells the owner once, in the console, per element,
 * attribute and value. Nothing throws and nothing else changes.
 */

const told = new WeakMap<object, Set<string>>();

function warnOnce(host: HTMLElement, attribute: string, value: unknown, why: string, fallback: unknown): void {
  // What the owner wrote (`limit="ten"`, not the NaN it became), else the property's value.
  const shown = (host.getAttribute?.(attribute) ?? String(value)).slice(0, 60);
  const key = `${attribute}=${shown}`;
  let seen = told.get(host);
  if (!seen) told.set(host, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`<${host.localName}>: ${attribute}="${shown}" ${why}; using ${fallback === undefined ? 'the default' : fallback}.`);
}

/** `value` if it is one of `allowed`, else `allowed[0]` (the default), with the warning above for a value that is set. */
export function oneOf<T extends string>(host: HTMLElement, attribute: string, value: string | undefined, allowed: readonly T[]): T {
  if ((allowed as readonly (string | undefined)[]).includes(value)) return value as T;
  if (value !== undefined && value !== null) warnOnce(host, attribute, value, `is not one of ${allowed.join(', ')}`, allowed[0]);
  return allowed[0];
}

/** `value` if it is a number, else `fallback` (the attribute's default), with the warning above. */
export function aNumber<T extends number | undefined>(
  host: HTMLElement,
  attribute: string,
  value: number | undefined,
  fallback: T,
): number | T {
  if (value === undefined || value === null || Number.isFinite(value)) return value ?? fallback;
  warnOnce(host, attribute, value, 'is not a number', fallback);
  return fallback;
}
