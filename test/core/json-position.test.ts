// The position in "not valid JSON at position N" comes from the library's own scan, not from the
// engine's JSON.parse message (WebKit's names no position at all), so every engine says the same.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { jsonErrorOffset } from '../../src/core/json-position.js';
import { loadJsonPosition, parseJsonText, JsonParseFailure } from '../../src/core/model.js';

const failure = (text: string) => {
  const result = parseJsonText(text, 'items');
  expect(result).to.be.instanceOf(JsonParseFailure);
  return (result as JsonParseFailure).message;
};

describe('JSON error positions', () => {
  before(() => loadJsonPosition()); // a lazy chunk: elements load it before showing a JSON error
  const invalid: Array<[string, number]> = [
    ['{"title": "x",, }', 14],
    ['[1, 2,]', 6],
    ['{"a" 1}', 5],
    ["{'a': 1}", 1],
    ['{"a": tru}', 6],
    ['{"a": 01}', 7],
    ['[1] x', 4],
    ['{"a": "b\\q"}', 9],
    ['{"a": "\\u12G4"}', 8],
    ['["tab\there"]', 5],
    ['\uFEFF\uFEFF[]', 1], // one byte-order mark is allowed (an editor's), a second one is not
    ['\uFEFF{"a" 1}', 6],
    ['[-]', 1],
    ['{"a": 1,}', 8],
    ['{,}', 1],
  ];
  for (const [text, offset] of invalid) {
    it(`finds the mistake in ${JSON.stringify(text)} at ${offset}`, () => {
      expect(() => JSON.parse(text.replace(/^\uFEFF/, ''))).to.throw();
      expect(jsonErrorOffset(text)).to.equal(offset);
      expect(failure(text)).to.equal(`\`items\` is not valid JSON at position ${offset}.`);
    });
  }

  for (const text of ['', '   ', '{"title": "x"', '[1, [2, {"a": "b', '"open', '{"a":']) {
    it(`says ${JSON.stringify(text)} ends too early`, () => {
      expect(() => JSON.parse(text)).to.throw();
      expect(failure(text)).to.equal('`items` is not valid JSON (it ends too early).');
    });
  }

  it('finds nothing wrong in any text JSON.stringify writes, however deep', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, value && typeof value === 'object' ? 1 : undefined);
        expect(jsonErrorOffset(text)).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    expect(jsonErrorOffset(deep)).to.equal(undefined);
  });

  it('agrees with JSON.parse on where valid text gets broken', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom(',', '}', ']', ':', '"', 'x', '\u0001'), (value, at, junk) => {
        const text = JSON.stringify(value);
        const cut = at % (text.length + 1);
        const broken = text.slice(0, cut) + junk + text.slice(cut);
        let parses = true;
        try {
          JSON.parse(broken);
        } catch {
          parses = false;
        }
        const offset = jsonErrorOffset(broken);
        expect(offset === undefined, broken).to.equal(parses);
        if (offset !== undefined) expect(offset).to.be.within(0, broken.length);
      }),
      { numRuns: 500 },
    );
  });
});
