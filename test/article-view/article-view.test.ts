import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { loadSeed, part, parts } from '../helpers.js';

const NOW = new Date(2025, 11, 5, 21, 32, 6); // three days after the seed's "2025-12-02 21:32:06", local time

/** Creates an <article-view>, gives it input through `setup`, and waits for load or error. */
async function render(setup: (el: ArticleView) => void, attrs: Record<string, string> = {}): Promise<ArticleView> {
  const el = document.createElement('article-view');
  el.now = NOW;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const settled = Promise.race([oneEvent(el, 'reader-load'), oneEvent(el, 'reader-error')]);
  setup(el);
  document.body.append(el);
  await settled;
  await el.updateComplete;
  return el;
}

const full = {
  title: 'The quiet return of the bookshop',
  url: '/bookshops.html',
  summary: 'Independent bookshops are opening again.',
  bodyHtml:
    '<p>First paragraph.</p><p>Second <a href="https://example.com/" target="_blank">link</a>.</p><img src="/photo.jpg" alt="A shop">',
  author: [{ name: 'Maya Okafor', url: 'https://example.com/maya', avatar: '/maya.png' }, 'Tom Lindqvist'],
  source: { name: 'The Weekend Reader', url: 'https://example.com/' },
  publishedAt: '2025-11-29 08:15:00',
  updatedAt: '2025-11-30T10:00:00Z',
  image: { src: '/lead.jpg', alt: 'Shelves of books', width: 1200, height: 800 },
  tags: ['books', 'high street'],
  views: 48213,
  lang: 'en',
};

describe('<article-view>', () => {
  afterEach(() => document.querySelectorAll('article-view').forEach((el) => el.remove()));

  it('renders the seed article from a property: 10 paragraphs, byline and a Chinese relative date', async () => {
    const seed = await loadSeed();
    const el = await render((el) => (el.article = seed.article));
    expect(part(el, 'title')!.textContent).to.equal(seed.article.title);
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(part(el, 'body')!.querySelectorAll('p')).to.have.length(10);
    expect(part(el, 'date')!.textContent).to.equal('3天前');
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal(new Date(2025, 11, 2, 21, 32, 6).toISOString());
    expect(part(el, 'date')!.title).to.contain('2025');
    expect(part(el, 'author')!.textContent).to.equal('创始人');
    expect(part(el, 'views')!.textContent).to.equal('0 次阅读');
    expect(part(el, 'reading-time')!.textContent).to.equal('阅读约 3 分钟');
    expect(part(el, 'article')!.getAttribute('lang')).to.equal('zh-CN');
  });

  it('renders from the `article` attribute (JSON text)', async () => {
    const el = await render((el) => el.setAttribute('article', JSON.stringify({ title: 'From an attribute', bodyHtml: '<p>Hi</p>' })));
    expect(part(el, 'title')!.textContent).to.equal('From an attribute');
    expect(part(el, 'body')!.textContent).to.equal('Hi');
  });

  it('writes one view in the singular, in the language of the article', async () => {
    const el = await render((el) => (el.article = { ...full, views: 1 }));
    expect(part(el, 'views')!.textContent).to.equal('1 view');
    el.article = { ...full, views: 1, lang: 'de' };
    await el.updateComplete;
    expect(part(el, 'views')!.textContent).to.equal('1 Aufruf');
  });

  it('renders every field', async () => {
    const el = await render((el) => (el.article = full));
    expect(part(el, 'summary')!.textContent).to.equal(full.summary);
    const authors = parts(el, 'author');
    expect(authors.map((a) => a.textContent)).to.deep.equal(['Maya Okafor', 'Tom Lindqvist']);
    expect(authors[0].getAttribute('href')).to.equal('https://example.com/maya');
    expect(authors[1].localName).to.equal('bdi');
    expect(part(el, 'avatar')!.getAttribute('src')).to.equal('/maya.png');
    expect(part(el, 'source')!.textContent).to.equal('The Weekend Reader');
    expect(part(el, 'date')!.textContent).to.equal('6 days ago');
    expect(part(el, 'updated')!.getAttribute('datetime')).to.equal('2025-11-30T10:00:00.000Z');
    expect(part(el, 'views')!.textContent).to.equal('48.2K views');
    expect(part(el, 'reading-time')!.textContent).to.equal('1 min read');
    const img = part(el, 'image')!.querySelector('img')!;
    expect([img.getAttribute('src'), img.alt, img.getAttribute('width'), img.getAttribute('height'), img.loading]).to.deep.equal([
      '/lead.jpg',
      'Shelves of books',
      '1200',
      '800',
      'lazy',
    ]);
    expect(getComputedStyle(img).aspectRatio).to.equal('auto 1200 / 800');
    expect(img.hasAttribute('style')).to.equal(false);
    expect(parts(el, 'tag').map((t) => t.textContent)).to.deep.equal(['books', 'high street']);
    const bodyLink = part(el, 'body')!.querySelector('a')!;
    expect(bodyLink.rel).to.equal('noopener noreferrer');
    const bodyImg = part(el, 'body')!.querySelector('img')!;
    expect([bodyImg.loading, bodyImg.decoding]).to.deep.equal(['lazy', 'async']);
  });

  it("shows the next article's lead image after a broken one (the hidden figure is not reused)", async () => {
    const el = await render((el) => (el.article = { title: 'Broken', image: { src: '/no-such-image.jpg', alt: '' } }));
    await waitUntil(() => part(el, 'image')?.hidden, 'the broken image hides its figure');
    el.article = { title: 'Fine', image: { src: '/test/fixtures/lead.svg', alt: 'A blue box' } };
    await oneEvent(el, 'reader-load');
    await el.updateComplete;
    const img = part(el, 'image')!.querySelector('img')!;
    await waitUntil(() => img.complete, 'the second image settles');
    // Loaded (WebKitGTK reports an SVG's natural width at its own scale, so only > 0 is asserted).
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(part(el, 'image')!.hidden).to.equal(false);
    expect(part(el, 'image')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('loads the lead image eagerly with high priority when image-loading="eager"', async () => {
    const el = await render((el) => (el.article = full), { 'image-loading': 'eager' });
    const img = part(el, 'image')!.querySelector('img')!;
    expect([img.getAttribute('loading'), img.getAttribute('fetchpriority')]).to.deep.equal(['eager', 'high']);
    el.imageLoading = 'lazy';
    await el.updateComplete;
    expect([img.getAttribute('loading'), img.hasAttribute('fetchpriority')]).to.deep.equal(['lazy', false]);
  });

  it('never parses the title as HTML', async () => {
    const el = await render((el) => (el.article = { title: '<img src=x onerror=alert(1)><b>bold</b>' }));
    expect(part(el, 'title')!.textContent).to.equal('<img src=x onerror=alert(1)><b>bold</b>');
    expect(part(el, 'title')!.children).to.have.length(0);
  });

  it('sets the heading level from heading-level, clamped to 1-6', async () => {
    const el = await render((el) => (el.article = { title: 'T' }), { 'heading-level': '3' });
    expect(part(el, 'title')!.localName).to.equal('h3');
    el.headingLevel = 9;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h6');
  });

  it('hides the pieces the owner lists in `hide`', async () => {
    const el = await render((el) => (el.article = full), { hide: 'views reading-time image tags' });
    expect([part(el, 'views'), part(el, 'reading-time'), part(el, 'image'), part(el, 'tags')]).to.deep.equal([null, null, null, null]);
    expect(part(el, 'author')).to.exist;
  });

  it('writes absolute dates with date-style="absolute" and follows the `locale` attribute', async () => {
    const el = await render((el) => (el.article = full), { 'date-style': 'absolute', locale: 'zh-CN' });
    expect(part(el, 'date')!.textContent).to.equal('2025年11月29日 08:15');
    expect(part(el, 'views')!.textContent).to.equal('4.8万 次阅读');
  });

  it('lets a property set after the attribute win', async () => {
    const el = await render((el) => el.setAttribute('article', JSON.stringify({ title: 'Attribute' })));
    const loaded = oneEvent(el, 'reader-load');
    el.article = { title: 'Property' };
    await loaded;
    expect(part(el, 'title')!.textContent).to.equal('Property');
  });

  it('lets an article set after src in the same task win, without fetching', async () => {
    const fetches: unknown[] = [];
    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => (fetches.push(args[0]), realFetch(...args));
    try {
      const el = await render((el) => {
        el.src = '/never-fetched.json';
        el.article = { title: 'Given last' };
      });
      expect(part(el, 'title')!.textContent).to.equal('Given last');
      expect(fetches).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('fires reader-load with the normalized data, bubbling and composed', async () => {
    const el = document.createElement('article-view');
    const heard = oneEvent(document, 'reader-load');
    el.article = { title: 'Event', publishedAt: 1764682326 };
    document.body.append(el);
    const event = await heard;
    expect(event.detail.data).to.deep.include({ title: 'Event' });
    expect((event.detail.data as { publishedAt: Date }).publishedAt).to.be.instanceOf(Date);
    expect(event.composed).to.equal(true);
  });

  describe('bad input', () => {
    const cases: Array<[string, (el: ArticleView) => void, RegExp]> = [
      ['text that is not JSON', (el) => el.setAttribute('article', '{"title": "x",, }'), /not valid JSON at position 14/],
      ['JSON that ends too early', (el) => el.setAttribute('article', '{"title": "x"'), /not valid JSON/],
      ['an empty attribute', (el) => el.setAttribute('article', ''), /not valid JSON/],
      ['a number', (el) => (el.article = 42), /must be an object with a title, got a number/],
      ['an object without a title', (el) => (el.article = { bodyHtml: '<p>x</p>' }), /`title` is missing/],
      ['a title of the wrong type', (el) => (el.article = { title: ['a'] }), /`title` must be text, got a list/],
      ['a huge title', (el) => (el.article = { title: 'x'.repeat(100_000) }), /`title` is too long/],
      ['a huge body', (el) => (el.article = { title: 'T', bodyHtml: '<p>' + 'x'.repeat(6_000_000) }), /`bodyHtml` is too large/],
      ['absurdly deep nesting', (el) => (el.article = { title: 'T', bodyHtml: '<div>'.repeat(10_000) }), /nested more than/],
    ];
    for (const [name, setup, expected] of cases) {
      it(`shows an error for ${name}, without throwing into the page`, async () => {
        const uncaught: unknown[] = [];
        const onError = (event: ErrorEvent) => uncaught.push(event.error);
        window.addEventListener('error', onError);
        const el = await render(setup);
        window.removeEventListener('error', onError);
        const error = part(el, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(error.textContent).to.match(expected);
        expect(uncaught).to.deep.equal([]);
      });
    }

    it('fires reader-error with the message and recovers on the next good input', async () => {
      const el = document.createElement('article-view');
      const failed = oneEvent(el, 'reader-error');
      el.setAttribute('article', 'nope');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.message).to.match(/not valid JSON/);
      expect(detail.error.code).to.equal('invalid-json');
      const loaded = oneEvent(el, 'reader-load');
      el.article = { title: 'Recovered' };
      await loaded;
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'title')!.textContent).to.equal('Recovered');
    });

    it('does not disturb other widgets on the page', async () => {
      const good = await render((el) => (el.article = { title: 'Good' }));
      await render((el) => el.setAttribute('article', '{'));
      expect(part(good, 'title')!.textContent).to.equal('Good');
    });
  });

  it('holds space with a placeholder while it has no data', async () => {
    const el = await fixture<ArticleView>(html`<article-view style="width: 400px"></article-view>`);
    const placeholder = part(el, 'placeholder')!;
    expect(placeholder.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  describe('theming', () => {
    afterEach(() => document.body.style.removeProperty('--reader-color-accent'));

    it('reads --reader-* custom properties from any ancestor', async () => {
      document.body.style.setProperty('--reader-color-accent', 'rgb(255, 0, 128)');
      const el = await render((el) => (el.article = full));
      expect(getComputedStyle(part(el, 'body')!.querySelector('a')!).color).to.equal('rgb(255, 0, 128)');
    });

    it('forces dark or light colours with the theme attribute', async () => {
      const el = await render((el) => (el.article = { title: 'T' }), { theme: 'dark' });
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(230, 230, 230)');
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(27, 29, 33)');
    });

    it('exposes parts for ::part() styling', async () => {
      const style = document.createElement('style');
      style.textContent = 'article-view::part(title) { text-transform: uppercase; }';
      document.head.append(style);
      const el = await render((el) => (el.article = { title: 'Parts' }));
      expect(getComputedStyle(part(el, 'title')!).textTransform).to.equal('uppercase');
      style.remove();
    });
  });

  it('marks right-to-left articles and isolates plain-text fields', async () => {
    const el = await render((el) => (el.article = { title: 'عودة المكتبات', lang: 'ar', author: 'ليلى' }));
    expect(part(el, 'article')!.dir).to.equal('rtl');
    expect(getComputedStyle(part(el, 'title')!).unicodeBidi).to.equal('isolate');
  });

  it('is accessible with the seed article', async () => {
    const seed = await loadSeed();
    const el = await render((el) => (el.article = seed.article));
    await expect(el).to.be.accessible();
  });

  it('is accessible with every field and in the error state', async () => {
    const el = await render((el) => (el.article = full));
    await expect(el).to.be.accessible();
    const failed = oneEvent(el, 'reader-error');
    el.setAttribute('article', '{');
    await failed;
    await el.updateComplete;
    expect(part(el, 'error'), 'the error state is what axe checks').to.exist;
    expect(part(el, 'title')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
