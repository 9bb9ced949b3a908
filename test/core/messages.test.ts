import { expect } from '@open-wc/testing';
import { errorReason, fill, fillCount, loadMessages, messagesFor, registerMessages, type Messages } from '../../src/core/messages.js';

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
      // Every text of a message: the message itself, or each of its plural forms.
      const texts = (key: keyof Messages) => {
        const message = table[key];
        return typeof message === 'string' ? [message] : Object.values(message);
      };
      for (const key of keys) {
        for (const text of texts(key)) expect(text.trim(), `${lang}.${key}`).not.to.equal('');
        const sameInEnglish = key === 'listSeparator' || (lang === 'fr' && key === 'pause');
        if (!sameInEnglish) expect(table[key], `${lang}.${key} is translated`).not.to.deep.equal(messagesFor('en')[key]);
      }
      for (const key of ['minRead', 'views', 'errorHttp'] as const)
        for (const text of texts(key)) expect(text, `${lang}.${key}`).to.include('{n}');
    }
  });

  it('lets owner overrides win over the table, ignoring what is not a string', () => {
    const strings = messagesFor('fr', { views: '{n} lectures', minRead: undefined, by: 42 as unknown as string });
    expect(strings.views).to.equal('{n} lectures');
    expect(strings.minRead).to.equal('{n} min de lecture');
    expect(strings.by).to.equal('Par');
    expect(messagesFor('fr').views).to.deep.equal({ one: '{n} vue', other: '{n} vues' });
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

describe('fill, fillCount and errorReason', () => {
  it('fills the number in', () => expect(fill(messagesFor('de').errorHttp, 404)).to.equal('Der Server antwortete mit Fehler 404.'));

  it('picks the plural form the language uses for the count', () => {
    const views = (lang: string, n: number) => fillCount(messagesFor(lang).views, n, lang);
    expect([views('en', 1), views('en', 0), views('en', 2)]).to.deep.equal(['1 view', '0 views', '2 views']);
    expect([views('fr', 0), views('fr', 1), views('fr', 2)]).to.deep.equal(['0 vue', '1 vue', '2 vues']);
    expect([views('de', 1), views('de', 5)]).to.deep.equal(['1 Aufruf', '5 Aufrufe']);
    expect(views('zh-CN', 1)).to.equal('1 次阅读');
    expect(fillCount(messagesFor('en').minRead, 1, 'en')).to.equal('1 min read');
  });

  it('takes plural forms from owner overrides, and ignores forms without `other`', () => {
    const strings = messagesFor('en', {
      views: { one: '{n} read', other: '{n} reads' },
      minRead: { one: '{n} minute' } as unknown as string,
    });
    expect(fillCount(strings.views, 1, 'en')).to.equal('1 read');
    expect(fillCount(strings.views, 3, 'en')).to.equal('3 reads');
    expect(strings.minRead).to.equal('{n} min read');
  });

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
