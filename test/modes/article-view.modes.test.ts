/**
 * <article-view> in the three render modes (issue 16): what a reader sees and can do, whether the
 * article was rendered in the browser, on a server (no script), or on a server then hydrated. See modes.ts.
 */
// First: Lit's hydration support, before anything loads LitElement.
import '../../src/hydrate.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { part, parts, text } from '../helpers.js';
import { describeModes } from './modes.js';

// Without a body, but for the test of the body: a server sanitizes a body in jsdom, which takes a
// worker a second or two to load (each server-rendered fixture is a new worker).
const article = {
  title: 'The quiet return of the bookshop',
  url: '/bookshops.html',
  summary: 'Independent bookshops are opening again.',
  author: [{ name: 'Maya Okafor', url: 'https://example.com/maya' }, 'Tom Lindqvist'],
  source: { name: 'The Weekend Reader', url: 'https://example.com/' },
  publishedAt: '2025-11-29T08:15:00Z',
  image: { src: '/lead.jpg', alt: 'Shelves of books', width: 1200, height: 800 },
  tags: ['books', 'high street'],
  views: 48213,
  lang: 'en',
};
const bodyHtml =
  '<p>First paragraph.</p><p>Second <a href="https://example.com/" target="_blank">link</a>.</p>' +
  '<img src="/photo.jpg" alt="A shop" onerror="window.__ran = true"><script>window.__ran = true</script>';

describeModes('<article-view>', ({ fixture, interactive }) => {
  it('shows every field once: title, summary, byline, date, views, reading time, lead image, tags', async () => {
    const el = await fixture<ArticleView>(html`<article-view .article=${article}></article-view>`);
    expect(parts(el, 'title').map(text)).to.deep.equal([article.title]);
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(text(part(el, 'summary'))).to.equal(article.summary);
    const authors = parts(el, 'author');
    expect(authors.map(text)).to.deep.equal(['Maya Okafor', 'Tom Lindqvist']);
    expect(authors[0].getAttribute('href')).to.equal('https://example.com/maya');
    expect(text(part(el, 'source'))).to.equal('The Weekend Reader');
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2025-11-29T08:15:00.000Z');
    expect(text(part(el, 'date'))).to.match(/2025|ago/);
    expect(text(part(el, 'views'))).to.equal('48.2K views');
    expect(text(part(el, 'reading-time'))).to.equal('1 min read');
    const img = part(el, 'image')!.querySelector('img')!;
    expect([img.getAttribute('src'), img.alt, img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([
      '/lead.jpg',
      'Shelves of books',
      '1200',
      '800',
    ]);
    expect(parts(el, 'tag').map(text)).to.deep.equal(['books', 'high street']);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(part(el, 'placeholder')).to.equal(null);
  });

  it('shows the sanitized body once, and the reading time from it: its paragraphs and link, without the script or the event handler', async () => {
    const el = await fixture<ArticleView>(html`<article-view .article=${{ ...article, bodyHtml }}></article-view>`);
    expect(text(part(el, 'reading-time'))).to.equal('1 min read');
    expect(parts(el, 'body')).to.have.length(1);
    const body = part(el, 'body')!;
    expect([...body.querySelectorAll('p')].map(text)).to.deep.equal(['First paragraph.', 'Second link.']);
    expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/');
    expect(body.querySelector('a')!.rel).to.equal('noopener noreferrer');
    expect(body.querySelector('img')!.alt).to.equal('A shop');
    expect(body.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    expect(body.querySelector('script')).to.equal(null);
    expect((window as { __ran?: boolean }).__ran).to.equal(undefined);
  });

  it('heading-level and hide: an h1, without the pieces hidden', async () => {
    const el = await fixture<ArticleView>(
      html`<article-view heading-level="1" hide="views tags image" .article=${article}></article-view>`,
    );
    expect(part(el, 'title')!.localName).to.equal('h1');
    expect([part(el, 'views'), part(el, 'tags'), part(el, 'image')]).to.deep.equal([null, null, null]);
    expect(parts(el, 'author')).to.have.length(2);
  });

  it("the article's own language: its words in German", async () => {
    const el = await fixture<ArticleView>(html`<article-view .article=${{ ...article, views: 1, lang: 'de' }}></article-view>`);
    expect(text(part(el, 'views'))).to.equal('1 Aufruf');
    expect(part(el, 'article')!.getAttribute('lang')).to.equal('de');
  });

  it('data that is not an article: an alert a reader understands, no article', async () => {
    const el = await fixture<ArticleView>(html`<article-view .article=${{ summary: 'No title' }}></article-view>`);
    const alert = part(el, 'error');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(text(alert?.querySelector('.error-message'))).to.match(/^This content could not be shown\./);
    expect(part(el, 'title')).to.equal(null);
  });

  if (!interactive) return;

  it('later changes: a new article replaces title and body', async () => {
    const el = await fixture<ArticleView>(html`<article-view .article=${article}></article-view>`);
    el.article = { title: 'A second story', bodyHtml: '<p>Only this.</p>' };
    await el.updateComplete;
    expect(parts(el, 'title').map(text)).to.deep.equal(['A second story']);
    expect(text(part(el, 'body'))).to.equal('Only this.');
    expect(part(el, 'views')).to.equal(null);
    el.headingLevel = 3;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h3');
  });
});
