import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { loadSeed } from '../helpers.js';

const jsonLdScripts = (el: Element) => [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];

async function loaded(el: ArticleView, set: () => void): Promise<void> {
  const done = Promise.race([oneEvent(el, 'reader-load'), oneEvent(el, 'reader-error')]);
  set();
  await done;
}

describe('<article-view structured-data>', () => {
  it('puts NewsArticle JSON-LD for the seed article in its light DOM, where crawlers read it', async () => {
    const seed = await loadSeed();
    const el = await fixture<ArticleView>(html`<article-view structured-data></article-view>`);
    await loaded(el, () => (el.article = seed.article));
    const [script] = jsonLdScripts(el);
    expect(script, 'a JSON-LD script child').to.exist;
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('NewsArticle');
    expect(data.headline).to.equal(seed.article.title);
    expect(data.datePublished).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(data.inLanguage).to.equal('zh-CN');
  });

  it('emits nothing without the attribute', async () => {
    const el = await fixture<ArticleView>(html`<article-view></article-view>`);
    await loaded(el, () => (el.article = { title: 'Plain' }));
    expect(jsonLdScripts(el)).to.have.length(0);
  });

  it('keeps one script, updated when the article changes and removed on error or when the attribute goes', async () => {
    const el = await fixture<ArticleView>(html`<article-view structured-data></article-view>`);
    await loaded(el, () => (el.article = { title: 'First' }));
    await loaded(el, () => (el.article = { title: 'Second', url: '/second.html' }));
    expect(jsonLdScripts(el)).to.have.length(1);
    const data = JSON.parse(jsonLdScripts(el)[0].textContent!);
    expect(data.headline).to.equal('Second');
    expect(data.url).to.equal(new URL('/second.html', document.baseURI).href);

    await loaded(el, () => el.setAttribute('article', '{ not json'));
    expect(jsonLdScripts(el)).to.have.length(0);

    await loaded(el, () => (el.article = { title: 'Third' }));
    expect(JSON.parse(jsonLdScripts(el)[0].textContent!).headline).to.equal('Third');
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(jsonLdScripts(el)).to.have.length(0);
  });

  it('reuses a JSON-LD script already rendered into the page instead of adding a second', async () => {
    const el = await fixture<ArticleView>(
      html`<article-view structured-data
        ><script type="application/ld+json" data-reader-structured-data>
          { "headline": "old" }
        </script></article-view
      >`,
    );
    await loaded(el, () => (el.article = { title: 'Fresh' }));
    expect(jsonLdScripts(el)).to.have.length(1);
    expect(JSON.parse(jsonLdScripts(el)[0].textContent!).headline).to.equal('Fresh');
  });

  it('cannot be broken out of by a hostile title, even when the page is serialized', async () => {
    const title = 'x</script><script>window.__pwned = 1</script><!--';
    const el = await fixture<ArticleView>(html`<article-view structured-data></article-view>`);
    await loaded(el, () => (el.article = { title }));
    const markup = el.outerHTML;
    expect(markup).not.to.include('</script><script>');
    const reparsed = new DOMParser().parseFromString(markup, 'text/html');
    const scripts = reparsed.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0].textContent!).headline).to.equal(title);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
