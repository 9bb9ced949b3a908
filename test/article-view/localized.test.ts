import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';

async function loaded(el: ArticleView, set: () => void): Promise<void> {
  const done = Promise.race([oneEvent(el, 'reader-load'), oneEvent(el, 'reader-error')]);
  set();
  await done;
}

describe("<article-view> words in the reader's language", () => {
  const now = new Date('2025-12-03T00:00:00Z');
  const input = { title: 'T', views: 1234, tags: ['a'], bodyHtml: '<p>' + 'word '.repeat(400) + '</p>' };
  const cases: Array<[string, RegExp, RegExp, string]> = [
    ['fr', /1\s234 vues/, /2 min de lecture/, 'Mots-clés'],
    ['de', /1\.234 Aufrufe/, /2 Min\. Lesezeit/, 'Schlagwörter'],
    ['ja', /1,234回閲覧/, /2分で読めます/, 'タグ'],
    ['zh-TW', /1,234 次閱讀/, /閱讀約 2 分鐘/, '標籤'],
    // Arabic digits are the browser's choice (Latin or Arabic-Indic, by its CLDR version).
    [
      'ar',
      new RegExp(`المشاهدات: ${new Intl.NumberFormat('ar').format(1234)}`),
      new RegExp(`مدة القراءة ${new Intl.NumberFormat('ar').format(2)} د`),
      'الوسوم',
    ],
  ];
  for (const [lang, views, minutes, tags] of cases) {
    it(`prints its own words in ${lang}`, async () => {
      const el = await fixture<ArticleView>(html`<div lang=${lang}><article-view .now=${now}></article-view></div>`).then(
        (d) => d.firstElementChild as ArticleView,
      );
      await loaded(el, () => (el.article = input));
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="views"]')!.textContent).to.match(views);
      expect(root.querySelector('[part="reading-time"]')!.textContent).to.match(minutes);
      expect(root.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal(tags);
    });
  }

  it("joins author names the language's way", async () => {
    const el = await fixture<ArticleView>(html`<article-view></article-view>`);
    await loaded(el, () => (el.article = { title: 'T', lang: 'ar', author: ['ليلى', 'عمر'] }));
    expect(el.shadowRoot!.querySelector('.authors')!.textContent!.replace(/\s+/g, ' ')).to.include('ليلى، عمر');
  });

  it('lets the owner override a word through the messages property', async () => {
    const el = await fixture<ArticleView>(html`<article-view lang="fr"></article-view>`);
    el.messages = { views: '{n} lectures' };
    await loaded(el, () => (el.article = { title: 'T', views: 12 }));
    expect(el.shadowRoot!.querySelector('[part="views"]')!.textContent).to.equal('12 lectures');
  });

  it('takes overrides as JSON in the messages attribute, for pages without scripts of their own', async () => {
    const el = await fixture<ArticleView>(html`<article-view lang="de" messages='{"views": "{n} Leser"}'></article-view>`);
    await loaded(el, () => (el.article = { title: 'T', views: 12, tags: ['a'] }));
    expect(el.shadowRoot!.querySelector('[part="views"]')!.textContent).to.equal('12 Leser');
    expect(el.shadowRoot!.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Schlagwörter');
  });

  it('ignores a messages attribute that is not a JSON object, telling the owner why', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<ArticleView>(html`<article-view lang="fr" messages='{"views": '></article-view>`);
      await loaded(el, () => (el.article = { title: 'T', views: 12 }));
      expect(el.shadowRoot!.querySelector('[part="views"]')!.textContent).to.equal('12 vues');
      expect(warn.calledWithMatch(/`messages` attribute was ignored: `messages` is not valid JSON/)).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it("explains an error in the reader's language and keeps the precise detail for the owner", async () => {
    const el = await fixture<ArticleView>(html`<article-view lang="es"></article-view>`);
    await loaded(el, () => el.setAttribute('article', '{'));
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.include('No se puede mostrar este contenido.');
    expect(error.textContent).to.include('Los datos no tienen un formato legible.');
    expect(error.querySelector('[lang="en"]')!.textContent).to.match(/not valid JSON/);
  });
});
