import { expect } from '@open-wc/testing';
import { asArray, field, isRecord, text, withoutEmpty } from '../../src/core/loose-json.js';

describe('loose JSON: one reader for the model and every adapter', () => {
  it('reads own properties only, from anything', () => {
    const record = JSON.parse('{"title": "T", "__proto__": {"url": "javascript:alert(1)"}}');
    expect(field(record, 'title')).to.equal('T');
    expect(field(record, 'url')).to.equal(undefined);
    expect(field(record, 'constructor')).to.equal(undefined);
    expect(field(null, 'title')).to.equal(undefined);
    expect(field(['T'], '0')).to.equal(undefined);
    expect([isRecord({}), isRecord([]), isRecord(null), isRecord('x')]).to.deep.equal([true, false, false, false]);
  });
  it('reads text from strings and finite numbers, trimmed and cut, never from anything else', () => {
    expect(text('  Hello  ')).to.equal('Hello');
    expect(text(42)).to.equal('42');
    expect(text('abcdef', 3)).to.equal('abc');
    for (const value of ['', '   ', NaN, Infinity, null, undefined, {}, [], true]) expect(text(value), String(value)).to.equal(undefined);
  });
  it('makes lists of one value or none', () => {
    expect(asArray([1, 2])).to.deep.equal([1, 2]);
    expect(asArray('a')).to.deep.equal(['a']);
    expect(asArray(null)).to.deep.equal([]);
    expect(asArray(undefined)).to.deep.equal([]);
  });
  it('drops undefined fields and empty lists into a copy, leaving the original as it was', () => {
    const original = { name: 'A', url: undefined, tags: [] as string[], views: 0, alt: '' };
    expect(withoutEmpty(original)).to.deep.equal({ name: 'A', views: 0, alt: '' });
    expect(Object.keys(original)).to.deep.equal(['name', 'url', 'tags', 'views', 'alt']);
  });
});
