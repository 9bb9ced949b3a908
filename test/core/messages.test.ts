import { expect } from '@open-wc/testing';
import { errorReason, fill, loadMessages, messagesFor, registerMessages, type Messages } from '../../src/core/messages.js';

const BUILT_IN = ['zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'ar'];

describe('loading a language', () => {
  it('loads a built-in table on demand, English until then', async () => {
    expect(messagesFor('ja-JP').related).to.equal('Related');
    const loading = loadMessages('ja-JP');
    expect(loading).to.be.instanceOf(Promise);
    expect(loadMessages('ja'), 'one load per table').to.equal(loading);
    await loading;
    expect(messagesFor('ja-JP').related).to.equal('関連記事');
    expect(loadMessages('ja')).to.equal(undefined);
  });

  it('has nothing to load for English, a language without a table, or no valid tag', () => {
    for (const lang of ['en', 'en-GB', 'pt-BR', '', undefined, 'not a tag!', '__proto__'])
      expect(loadMessages(lang), String(lang)).to.equal(undefined);
  });
});

describe('messagesFor', () => {
  before(() => Promise.all(BUILT_IN.map(loadMessages)));
  const related: Array<[string | undefined, string]> = [
    ['en', 'Related'],
    ['en-GB', 'Related'],
    ['zh-CN', '相关文章'],
    ['zh', '相关文章'],
    ['zh-Hans', '相关文章'],
    ['zh-SG', '相关文章'],
    ['zh-Hans-HK', '相关文章'],
    ['zh-TW', '相關文章'],
    ['zh-Hant', '相關文章'],
    ['zh-HK', '相關文章'],
    ['zh-MO', '相關文章'],
    ['zh-hant-tw', '相關文章'],
    ['ja', '関連記事'],
    ['ja-JP', '関連記事'],
    ['ko-KR', '관련 기사'],
    ['es', 'Relacionados'],
    ['es-419', 'Relacionados'],
    ['fr-CA', 'À lire aussi'],
    ['de-AT', 'Mehr zum Thema'],
    ['ar', 'مقالات ذات صلة'],
    ['ar-EG', 'مقالات ذات صلة'],
    ['pt-BR', 'Related'],
    ['', 'Related'],
    [undefined, 'Related'],
    ['not a tag!', 'Related'],
    ['__proto__', 'Related'],
  ];
  for (const [lang, expected] of related) {
    it(`picks the table for ${JSON.stringify(lang)}`, () => expect(messagesFor(lang).related).to.equal(expected));
  }

  it('has every key, non-empty, in every built-in language', () => {
    const keys = Object.keys(messagesFor('en')) as Array<keyof Messages>;
    expect(keys.length).to.be.greaterThan(15);
    for (const lang of BUILT_IN) {
      const table = messagesFor(lang);
      expect(Object.keys(table), lang).to.have.members(keys);
      for (const key of keys) {
        expect(table[key].trim(), `${lang}.${key}`).not.to.equal('');
        const sameInEnglish = key === 'listSeparator' || (lang === 'fr' && key === 'pause');
        if (!sameInEnglish) expect(table[key], `${lang}.${key} is translated`).not.to.equal(messagesFor('en')[key]);
      }
      for (const key of ['minRead', 'views', 'errorHttp'] as const) expect(table[key], `${lang}.${key}`).to.include('{n}');
    }
  });

  it('lets owner overrides win over the table, ignoring what is not a string', () => {
    const strings = messagesFor('fr', { views: '{n} lectures', minRead: undefined, by: 42 as unknown as string });
    expect(strings.views).to.equal('{n} lectures');
    expect(strings.minRead).to.equal('{n} min de lecture');
    expect(strings.by).to.equal('Par');
    expect(messagesFor('fr').views).to.equal('{n} vues');
  });

  it('takes a registered language, falling back to English for keys it leaves out', () => {
    registerMessages('pt', { related: 'Relacionados', trending: 'Em alta' });
    expect(messagesFor('pt-BR').trending).to.equal('Em alta');
    expect(messagesFor('pt-BR').pause).to.equal('Pause');
    registerMessages('pt', { pause: 'Pausar' });
    expect(messagesFor('pt').trending).to.equal('Em alta');
    expect(messagesFor('pt').pause).to.equal('Pausar');
  });

  it('prefers a registered regional table over the language one', () => {
    registerMessages('zh-HK', { related: '相關報道' });
    expect(messagesFor('zh-HK').related).to.equal('相關報道');
    expect(messagesFor('zh-HK').pause, 'the rest from the Traditional table').to.equal('暫停');
    expect(messagesFor('zh-TW').related).to.equal('相關文章');
  });
});

describe('fill and errorReason', () => {
  it('fills the number in', () => expect(fill(messagesFor('de').minRead, 4)).to.equal('4 Min. Lesezeit'));

  it('names the reason by error code, with the HTTP status', () => {
    const fr = messagesFor('fr');
    expect(errorReason(fr, { code: 'http', status: 404 })).to.equal('Le serveur a répondu par l’erreur 404.');
    expect(errorReason(fr, { code: 'timeout' })).to.equal(fr.errorTimeout);
    expect(errorReason(fr, { code: 'fetch-failed' })).to.equal(fr.errorNetwork);
    expect(errorReason(fr, { code: 'too-large' })).to.equal(fr.errorTooLarge);
    for (const code of ['invalid-json', 'invalid-shape', 'unsupported-format'] as const)
      expect(errorReason(fr, { code })).to.equal(fr.errorData);
  });
});
