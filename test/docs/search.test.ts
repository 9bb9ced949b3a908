// The docs site's search, over the site's real pages (served from demo/docs/ by the test server).
import { expect } from '@open-wc/testing';
import { markdownToHtml } from '../../demo/docs/markdown.js';
import { MARKDOWN_PAGES, PAGES } from '../../demo/docs/pages.js';
import { search, sectionsOf, type SearchEntry } from '../../demo/docs/search.js';
import { assignHeadingIds } from '../../demo/docs/toc.js';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const source = async (path: string) => (await fetch(`/demo/docs/${path}`)).text();

async function pageEntries(href: string): Promise<SearchEntry[]> {
  const page = PAGES.find((p) => p.href === href)!;
  const entries = sectionsOf(parse(await source(href)).querySelector('.docs-main')!, page);
  if (page.markdown && page.markdown !== 'formats') {
    const html = markdownToHtml(await source(`${page.markdown}.md`), { headingOffset: 0, sitePages: MARKDOWN_PAGES });
    entries.push(...sectionsOf(parse(`<main>${html}</main>`).querySelector('main')!, page));
  }
  return entries;
}

describe('docs search', () => {
  let index: SearchEntry[];
  before(async () => {
    index = (await Promise.all(['index.html', 'frameworks.html', 'article-view.html', 'languages.html'].map(pageEntries))).flat();
  });

  it('finds the Vue section for isCustomElement', () => {
    const [first] = search(index, 'isCustomElement');
    expect(first.entry.href).to.equal('frameworks.html#vue');
    expect(first.entry.page).to.equal('Frameworks');
    expect(first.snippet).to.contain('isCustomElement');
  });

  it('ranks a heading match above a passing mention, across HTML and Markdown pages', () => {
    const results = search(index, 'changing the words');
    expect(results[0].entry.href).to.equal('languages.html#changing-the-words');
    expect(search(index, 'registerMessages')[0].entry.page).to.equal('Languages');
  });

  it('needs every word of the query, in any case', () => {
    expect(search(index, 'ARABIC right')).to.have.length.greaterThan(0);
    expect(search(index, 'arabic zebra')).to.deep.equal([]);
    expect(search(index, '   ')).to.deep.equal([]);
  });

  it('finds Chinese text, which has no spaces between words', async () => {
    const ticker = await pageEntries('trending-ticker.html');
    expect(search(ticker, '热点')[0].entry.href).to.equal('trending-ticker.html#scrolling');
  });

  it('links to anchors the page really has once its headings get ids', async () => {
    for (const href of ['index.html', 'frameworks.html', 'article-view.html']) {
      const main = parse(await source(href)).querySelector('.docs-main')!;
      assignHeadingIds(main);
      for (const entry of sectionsOf(
        main,
        PAGES.find((p) => p.href === href)!,
      )) {
        const [, fragment] = entry.href.split('#');
        if (fragment) expect(main.querySelector(`[id="${fragment}"]`), entry.href).to.exist;
      }
    }
  });
});

describe('docs Markdown', () => {
  it('links a Markdown page to its site page and keeps other Markdown links as text', () => {
    const html = markdownToHtml(
      'See [Languages](languages.md#dates), [the README](../README.md) and [MDN](https://developer.mozilla.org/).',
      {
        sitePages: MARKDOWN_PAGES,
      },
    );
    const p = parse(html).querySelector('p')!;
    expect([...p.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      './languages.html#dates',
      'https://developer.mozilla.org/',
    ]);
    expect(p.textContent).to.contain('the README');
  });

  it('keeps a list item that wraps onto indented lines in one item', () => {
    const doc = parse(
      markdownToHtml('- `Access-Control-Allow-Origin: *` on the response. Without it\n  the browser hides the answer.\n- Second\n\nAfter.'),
    );
    expect([...doc.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Access-Control-Allow-Origin: * on the response. Without it the browser hides the answer.',
      'Second',
    ]);
    expect(doc.querySelector('p')!.textContent).to.equal('After.');
  });

  it('gives headings the ids the contents and search link to', () => {
    const doc = parse(markdownToHtml('# Title\n\n## Which field fills `part`\n\n## Loading\n\n## Loading', { headingOffset: 0 }));
    expect([...doc.querySelectorAll('h1, h2')].map((h) => `${h.tagName}#${h.id}`)).to.deep.equal([
      'H1#title',
      'H2#which-field-fills-part',
      'H2#loading',
      'H2#loading-2',
    ]);
  });
});
