/** Reads the format fixtures in test/fixtures/formats with the real `fetch` (before any test stubs it). */
const realFetch = window.fetch.bind(window);
const texts = new Map<string, Promise<string>>();

export function fixture(name: string): Promise<string> {
  let text = texts.get(name);
  if (!text) texts.set(name, (text = realFetch(new URL(`../fixtures/formats/${name}`, import.meta.url)).then((r) => r.text())));
  return text;
}

export const CONTENT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

export const typeOf = (name: string) => CONTENT_TYPES[name.split('.').pop()!];
