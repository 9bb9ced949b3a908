import { expect } from '@open-wc/testing';
import { LIMITS, loadBeforeNormalizing, normalizeArticle, normalizeList, parseJsonText } from '../../src/core/model.js';
import { loadDateParser } from '../../src/core/date-reading.js';

const value = <T>(result: { ok: boolean; value?: T }) => {
  expect(result.ok, JSON.stringify(result)).to.equal(true);
  return result.value as T;
};
const message = (result: { ok: boolean; error?: Error }) => {
  expect(result.ok).to.equal(false);
  return result.error!.message;
};

describe('normalizeArticle', () => {
  it('normalizes every field of the contract', () => {
    const article = value(
      normalizeArticle({
        title: '  Title  ',
        id: 42,
        url: '/a.html',
        summary: 'Sum',
        bodyHtml: '<p>x</p>',
        author: [{ name: 'Ada', url: 'https://a.example/', avatar: '/ada.png' }, 'Bo'],
        source: { name: 'Paper', url: 'https://paper.example/' },
        publishedAt: '2025-12-02T13:32:06Z',
        updatedAt: 1764700000,
        image: { src: '/i.jpg', alt: 'Alt', width: '800', height: 450, srcset: '/i.jpg 1x, /i2.jpg 2x' },
        tags: ['a', 'b', 'a', 3],
        views: '1200',
        lang: 'zh-cn',
      }),
    );
    expect(article).to.deep.include({
      title: 'Title',
      id: '42',
      url: '/a.html',
      summary: 'Sum',
      bodyHtml: '<p>x</p>',
      views: 1200,
      lang: 'zh-CN',
    });
    expect(article.authors).to.deep.equal([{ name: 'Ada', url: 'https://a.example/', avatar: '/ada.png' }, { name: 'Bo' }]);
    expect(article.source).to.deep.equal({ name: 'Paper', url: 'https://paper.example/' });
    expect(article.publishedAt!.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
    expect(article.updatedAt!.getTime()).to.equal(1764700000000);
    expect(article.image).to.deep.equal({ src: '/i.jpg', alt: 'Alt', width: 800, height: 450, srcset: '/i.jpg 1x, /i2.jpg 2x' });
    expect(article.tags).to.deep.equal(['a', 'b', '3']);
  });

  it('keeps an absolute http(s) baseUrl for the body, and says why another is skipped', () => {
    expect(value(normalizeArticle({ title: 'T', baseUrl: 'https://feed.example/rss' })).baseUrl).to.equal('https://feed.example/rss');
    const result = normalizeArticle({ title: 'T', baseUrl: 'javascript:alert(1)' });
    expect(value<{ baseUrl?: string }>(result).baseUrl).to.equal(undefined);
    expect((result as { warnings: string[] }).warnings.join(' ')).to.contain('`baseUrl` was skipped');
  });

  it('accepts a single author string and a source string', () => {
    const article = value(normalizeArticle({ title: 'T', author: '创始人', source: '新华社' }));
    expect(article.authors).to.deep.equal([{ name: '创始人' }]);
    expect(article.source).to.deep.equal({ name: '新华社', url: undefined });
  });

  it('drops unsafe URLs in every URL field, keeping the article', () => {
    const result = normalizeArticle({
      title: 'T',
      url: 'javascript:alert(1)',
      image: 'data:image/png;base64,AAAA',
      author: { name: 'A', url: 'vbscript:x', avatar: 'javascript:y' },
      source: { name: 'S', url: '//evil.example' },
    });
    const article = value(result);
    expect([article.url, article.image, article.authors[0].url, article.authors[0].avatar, article.source!.url]).to.deep.equal([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect((result as { warnings: string[] }).warnings.length).to.be.greaterThan(0);
  });

  it('says what is wrong with unusable input', () => {
    expect(message(normalizeArticle({}))).to.equal('`title` is missing from `article`.');
    expect(message(normalizeArticle({ title: '   ' }))).to.equal('`title` is missing from `article`.');
    expect(message(normalizeArticle({ title: { text: 'x' } }))).to.equal('`title` must be text, got an object.');
    expect(message(normalizeArticle('just text'))).to.equal('`article` must be an object with a title, got a string.');
    expect(message(normalizeArticle(null))).to.equal('`article` must be an object with a title, got null.');
    expect(message(normalizeArticle({ title: 'T', bodyHtml: 5 }))).to.equal('`bodyHtml` must be text, got a number.');
    expect(message(normalizeArticle({ title: 'x'.repeat(LIMITS.titleChars + 1) }))).to.match(/^`title` is too long/);
    expect(message(normalizeArticle({ title: 'T', bodyHtml: 'x'.repeat(LIMITS.bodyChars + 1) }))).to.match(/^`bodyHtml` is too large/);
  });

  it('reports bad JSON text with the position of the mistake, once what finds it is loaded (as the element does first)', async () => {
    const bad = parseJsonText('{"title": "x",, }', 'article');
    await loadBeforeNormalizing(bad);
    expect(message(normalizeArticle(bad))).to.equal('`article` is not valid JSON at position 14.');
    expect(message(normalizeArticle(parseJsonText('{"title": "x"', 'article')))).to.match(/^`article` is not valid JSON/);
  });

  it('shows the first article of a list given to an article element', () => {
    expect(value(normalizeArticle([{ title: 'First' }, { title: 'Second' }])).title).to.equal('First');
    expect(value(normalizeArticle({ items: [{ title: 'Only' }] })).title).to.equal('Only');
    expect(message(normalizeArticle([]))).to.equal('`article` is an empty list; expected one article.');
  });

  it('survives data objects whose own toString is not a function (found by fast-check)', () => {
    const hostile = JSON.parse('{"publishedAt": {"toString": ""}, "title": 0}');
    const result = normalizeArticle(hostile);
    expect(value(result).publishedAt).to.equal(undefined);
    expect((result as { warnings: string[] }).warnings).to.include('`publishedAt` was skipped: an object is not a date.');
  });

  it('never reads inherited or prototype keys as data', () => {
    const hostile = JSON.parse('{"__proto__": {"title": "polluted"}, "constructor": {"prototype": {"x": 1}}}');
    expect(normalizeArticle(hostile).ok).to.equal(false);
    expect(({} as Record<string, unknown>).title).to.equal(undefined);
  });
});

describe('normalizeList', () => {
  it('accepts an array, {items}, and a single article', () => {
    expect(value(normalizeList([{ title: 'A' }, { title: 'B' }])).map((a) => a.title)).to.deep.equal(['A', 'B']);
    expect(value(normalizeList({ items: [{ title: 'A' }] })).map((a) => a.title)).to.deep.equal(['A']);
    expect(value(normalizeList({ title: 'Solo' })).map((a) => a.title)).to.deep.equal(['Solo']);
  });
  it('keeps an empty list as a valid, empty result', () => {
    expect(value(normalizeList([]))).to.deep.equal([]);
  });
  it('skips items without a title with a warning', () => {
    const result = normalizeList([{ title: 'A' }, { summary: 'no title' }, 7, [[[]]]]);
    expect(value(result).map((a) => a.title)).to.deep.equal(['A']);
    expect((result as { warnings: string[] }).warnings).to.have.length(3);
  });
  it('fails when nothing usable is left, or the shape is wrong', () => {
    expect(message(normalizeList([{}, {}]))).to.equal('None of the 2 entries in `items` is an article with a title.');
    expect(message(normalizeList('x'))).to.match(/must be a list of articles/);
  });
});

describe('loadBeforeNormalizing', () => {
  it('asks for the full date parser only for dates beyond the common forms, and reads them once it is in', async () => {
    // This file's first use of the full parser: until it loads, only ISO 8601, epoch numbers and Dates are read.
    expect(loadBeforeNormalizing({ title: 'T', publishedAt: '2025-12-02T21:32', updatedAt: 1764682326 })).to.equal(undefined);
    expect(loadBeforeNormalizing([{ title: 'T', publishedAt: new Date() }, { title: 'U' }])).to.equal(undefined);
    const rss = { title: 'T', publishedAt: 'Tue, 02 Dec 2025 21:32:06 +0800' };
    const load = loadBeforeNormalizing({ items: [{ title: 'S' }, rss] });
    expect(load).to.be.instanceOf(Promise);
    await load;
    expect(loadBeforeNormalizing(rss)).to.equal(undefined);
    expect(value(normalizeArticle(rss)).publishedAt?.toISOString()).to.equal('2025-12-02T13:32:06.000Z');
  });
});

describe('normalizeArticle: dates in the language of the data or the page', () => {
  const december2 = new Date(2025, 11, 2, 21, 32).toISOString();
  before(() => loadDateParser());
  it("reads an all-numeric date in the data's own language", () => {
    const result = normalizeArticle({ title: 'T', lang: 'de', publishedAt: '02.12.2025 21:32' });
    expect(result.ok && result.value.publishedAt?.toISOString()).to.equal(december2);
  });
  it("falls back to the page's language when the data declares none, the data's own first", () => {
    const page = normalizeArticle({ title: 'T', publishedAt: '12/02/2025 21:32' }, 'article', true, { lang: 'en-US' });
    expect(page.ok && page.value.publishedAt?.toISOString()).to.equal(december2);
    const own = normalizeList([{ title: 'T', lang: 'fr', publishedAt: '02/12/2025 21:32' }], 'items', { lang: 'en-US' });
    expect(own.ok && own.value[0].publishedAt?.toISOString()).to.equal(december2);
  });
  it('refuses an ambiguous one with a warning rather than guess', () => {
    const result = normalizeArticle({ title: 'T', publishedAt: '02.12.2025' });
    expect(result.ok && result.value.publishedAt).to.equal(undefined);
    expect(result.ok && result.warnings.join(' ')).to.contain('`publishedAt` was skipped: "02.12.2025" is not a date.');
  });
});
