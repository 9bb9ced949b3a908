import { expect } from '@open-wc/testing';
import { characterReferenceAt, decodeCharacterReferences, type NameLookup } from '../../src/core/character-references.js';

// A few of HTML's names, case-sensitive as HTML reads them; a Map, as every caller's table is.
const names = new Map([
  ['amp', 38],
  ['eacute', 233],
  ['Eacute', 201],
  ['copy', 169],
  ['colon', 58],
]);
const html: NameLookup = (name) => names.get(name);
const anyCase: NameLookup = (name) => names.get(name.toLowerCase());

/** Where the reference at 0 ends and what it reads, or `undefined`. */
const at0 = (text: string, lookup = html, prefix = false) => {
  const found = characterReferenceAt(text, 0, lookup, { names: prefix ? 'prefix' : 'whole' });
  return found && { text: found.text, length: found.length, closed: found.closed, numeric: found.numeric };
};

describe('core: character references (one reader for the text of HTML fields, the XML repair and the URL check)', () => {
  it('reads names the lookup knows, with or without their semicolon, case as the lookup says', () => {
    expect(at0('&eacute; x')).to.deep.equal({ text: 'é', length: 8, closed: true, numeric: false });
    expect(at0('&Eacute;')).to.deep.include({ text: 'É', length: 8 });
    expect(at0('&copy 2025')).to.deep.equal({ text: '©', length: 5, closed: false, numeric: false });
    expect(at0('&EACUTE;'), 'HTML names are case-sensitive').to.equal(undefined);
    expect(at0('&EACUTE;', anyCase)).to.deep.include({ text: 'é', closed: true });
    expect(at0('&zzqx;'), 'unknown name').to.equal(undefined);
  });

  it('reads the whole run of letters and digits as the name, or (prefix) its longest known start', () => {
    expect(at0('&copyx;'), 'copyx is no name').to.equal(undefined);
    expect(at0('&copy2025'), 'neither is copy2025').to.equal(undefined);
    expect(at0('&colonalert(1)', html, true)).to.deep.equal({ text: ':', length: 6, closed: false, numeric: false });
    expect(at0(`&colon${'x'.repeat(100)}`, html, true), 'a long run still has its start read').to.deep.include({ text: ':' });
    expect(at0(`&${'a'.repeat(40)};`), 'longer than any name').to.equal(undefined);
  });

  it('never finds a name on Object.prototype', () => {
    const table = new Map([['amp', 38]]);
    for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(
        at0(`&${name};`, (n) => table.get(n)),
        name,
      ).to.equal(undefined);
    }
  });

  it('reads decimal numbers, any number of digits, semicolon optional', () => {
    expect(at0('&#233;')).to.deep.equal({ text: 'é', length: 6, closed: true, numeric: true });
    expect(at0('&#58alert')).to.deep.equal({ text: ':', length: 4, closed: false, numeric: true });
    expect(at0('&#0000000058;'), 'leading zeros, as HTML reads them').to.deep.include({ text: ':', length: 13, closed: true });
    expect(at0('&#128512;')).to.deep.include({ text: '😀' });
  });

  it('reads hex numbers after x or X, digits in either case', () => {
    expect(at0('&#xE9;')).to.deep.equal({ text: 'é', length: 6, closed: true, numeric: true });
    expect(at0('&#Xe9;')).to.deep.include({ text: 'é', closed: true });
    expect(at0('&#x3Ajs')).to.deep.include({ text: ':', length: 5, closed: false });
    expect(at0('&#x3Aalert'), 'a is a hex digit').to.deep.include({ text: 'Ϊ', length: 6 });
    expect(at0('&#x1F600;')).to.deep.include({ text: '😀' });
  });

  it('reads 0, surrogates and numbers past U+10FFFF as U+FFFD, and 128-159 as windows-1252 (as HTML does)', () => {
    expect(at0('&#0;')).to.deep.include({ text: '\ufffd', closed: true });
    expect(at0('&#xD800;')).to.deep.include({ text: '\ufffd' });
    expect(at0('&#x110000;')).to.deep.include({ text: '\ufffd' });
    expect(at0(`&#${'9'.repeat(400)};`), 'no overflow into a real character').to.deep.include({ text: '\ufffd', length: 403 });
    expect(at0('&#150;')).to.deep.include({ text: '–' });
    expect(at0('&#x80;')).to.deep.include({ text: '€' });
    expect(at0('&#129;'), 'a hole in windows-1252 stays itself').to.deep.include({ text: '\u0081' });
  });

  it('finds no reference where there is none', () => {
    for (const text of ['&', '& amp;', '&#;', '&#x;', '&#xg;', '&#-1;', 'amp;', '&;']) expect(at0(text), text).to.equal(undefined);
  });

  it('decodes every reference in a text and leaves every other & as it is', () => {
    expect(decodeCharacterReferences('AT&T &amp; caf&eacute; &#x41;&#66 &zz; &', html)).to.equal('AT&T & café AB &zz; &');
    expect(decodeCharacterReferences('java&#x9;script&colon;x', anyCase, { names: 'prefix' })).to.equal('java\tscript:x');
    expect(decodeCharacterReferences('no references', html)).to.equal('no references');
  });
});
