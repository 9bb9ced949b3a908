/**
 * Where bad JSON goes wrong, for the owner's error detail ("`items` is not valid JSON at position 17").
 * Only bad input needs it, so it is a lazy chunk: the model's `loadBeforeNormalizing` loads it before an
 * element shows a JSON error, and the feed reader, which reports its own, carries it (`detect.ts`).
 */
import { byteOrderMarkLength } from './loose-json.js';

/**
 * Where bad JSON goes wrong, worded the same in every engine. The engines' own messages differ (V8
 * gives a position, Firefox a line and column, WebKit neither), so the text is scanned here instead;
 * this runs only after `JSON.parse` has already failed.
 */
export function jsonErrorPosition(text: string): string {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return '';
  return offset >= text.trimEnd().length ? ' (it ends too early)' : ` at position ${offset}`;
}

const JSON_SPACE = /[ \t\n\r]*/y;
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_LITERAL = /true|false|null/y;

/** The offset of the first character that makes `text` invalid JSON (RFC 8259; a leading byte-order mark is not), or undefined if valid. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = byteOrderMarkLength(text);
  const closers: string[] = []; // what closes each open object or array, innermost last
  const skipSpace = () => {
    JSON_SPACE.lastIndex = i;
    JSON_SPACE.exec(text);
    i = JSON_SPACE.lastIndex;
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  /** Moves past one string; on a mistake inside it, leaves `i` at the mistake and returns false. */
  const string = () => {
    for (i += 1; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 0x22) return ((i += 1), true);
      if (code < 0x20) return false;
      if (code === 0x5c) {
        const escape = text[i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return ((i += 1), false);
          i += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 1;
        else return ((i += 1), false);
      }
    }
    return false;
  };
  // After a value: a comma, the closer of the open container, or (at the top) the end of the text.
  const afterValue = (): 'value' | 'key' | 'after' | 'done' | 'error' => {
    skipSpace();
    const closer = closers.at(-1);
    if (closer === undefined) return i === text.length ? 'done' : 'error';
    if (text[i] === ',') return ((i += 1), closer === '}' ? 'key' : 'value');
    if (text[i] === closer) return ((i += 1), closers.pop(), 'after');
    return 'error';
  };
  let expect: 'value' | 'first-value' | 'key' | 'first-key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    if (expect === 'after') {
      const next = afterValue();
      if (next === 'done') return undefined;
      if (next === 'error') return i;
      expect = next;
      continue;
    }
    const c = text[i];
    if (expect === 'first-key' || expect === 'key') {
      if (expect === 'first-key' && c === '}') {
        i += 1;
        closers.pop();
      } else {
        if (c !== '"' || !string()) return i;
        skipSpace();
        if (text[i] !== ':') return i;
        i += 1;
        expect = 'value';
        continue;
      }
    } else if (expect === 'first-value' && c === ']') {
      i += 1;
      closers.pop();
    } else if (c === '{' || c === '[') {
      i += 1;
      closers.push(c === '{' ? '}' : ']');
      expect = c === '{' ? 'first-key' : 'first-value';
      continue;
    } else if (c === '"') {
      if (!string()) return i;
    } else if (!match(JSON_NUMBER) && !match(JSON_LITERAL)) {
      return i;
    }
    expect = 'after';
  }
}
