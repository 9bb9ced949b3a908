/**
 * Malformed and adversarial data, generated: random JSON, prototype-pollution keys, deep nesting, huge
 * strings and arrays, invalid dates of every kind. The normalizer and the format adapters never throw and
 * never pollute a prototype; <article-view> always ends rendered or in its error state, never with an
 * exception; huge or deep input is refused before any expensive work.
 */
import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { LIMITS, normalizeArticle, normalizeList, type Article } from '../../src/core/model.js';
import { safeUrl } from '../../src/core/urls.js';
import { toReaderJson } from '../../src/sources/formats/detect.js';
import { part } from '../helpers.js';
import { FIXED_NOW } from './harness.js';

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => PROTOTYPES.map((proto) => Object.getOwnPropertyNames(proto).sort().join(','));
const pristine = snapshot();

function expectNoPollution() {
  expect(snapshot()).to.deep.equal(pristine);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'title', 'bodyHtml', 'isAdmin', 'src', 'url', 'items']) expect(probe[key], key).to.equal(undefined);
}

// ---- generators -------------------------------------------------------------------------------------

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
const FIELD_KEYS = [
  'title',
  'id',
  'url',
  'summary',
  'bodyHtml',
  'author',
  'source',
  'publishedAt',
  'updatedAt',
  'image',
  'tags',
  'views',
  'lang',
  'items',
  'name',
  'src',
  'srcset',
  'avatar',
  'alt',
  'width',
  'height',
];

/** Dates as feeds get them wrong. */
const badDate = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'now',
    'Invalid Date',
    'NaN',
    '2025-02-31',
    '2025-13-01',
    '2025-00-10',
    '9999-99-99',
    '0000-00-00T00:00:00Z',
    '-271821-04-19T00:00:00Z',
    '+275760-09-13T00:00:00.001Z',
    '1e400',
    '-1e400',
    '2025-12-02 25:61:61',
    'Tue, 32 Dec 2025 00:00:00 GMT',
    '2025-12-02T00:00:00+99:99',
    '１２３４',
    '2025-12-02T00:00:00Z\u0000',
    'x'.repeat(10_000),
  ),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, Number.MAX_VALUE, -Number.MAX_VALUE, 8.64e15 + 1, -8.64e15 - 1),
  fc.integer(),
  fc.bigInt().map((n) => n.toString()),
  fc.string(),
);

const leaf = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  badDate,
);

/** A JSON value with hostile keys mixed in, as text (JSON.parse makes `__proto__` a real own key). */
const hostileJsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf.map((v) => JSON.stringify(v) ?? 'null'),
    fc.array(tie('value'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...FIELD_KEYS), fc.string({ maxLength: 8 })), tie('value')), {
        maxLength: 8,
      })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

/** Something shaped like an article, with any field possibly wrong. */
const articleLike = fc
  .record(
    {
      title: fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.integer(),
        fc.constant(null),
        fc.constant('<img src=x onerror=__xss(1)>'),
      ),
      bodyHtml: fc.oneof(
        fc.string(),
        fc.constantFrom('<p>ok</p>', '<img src=x onerror=__xss(1)>', '<div>'.repeat(300), '<svg><script>__xss(1)</script>'),
      ),
      publishedAt: badDate,
      updatedAt: badDate,
      url: fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('javascript:__xss(1)', '//evil.example', 'data:,x')),
      image: fc.oneof(
        fc.string(),
        fc.record({ src: fc.oneof(fc.webUrl(), fc.string()), srcset: fc.string(), width: fc.double(), height: leaf }),
      ),
      author: fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.record({ name: leaf, url: fc.string(), avatar: fc.string() })))),
      tags: fc.oneof(fc.array(leaf, { maxLength: 80 }), leaf),
      views: leaf,
      lang: fc.oneof(fc.string(), fc.constantFrom('zh-CN', 'ar', 'en-US-u-ca-islamic', 'x-invalid-', '__proto__')),
    },
    { requiredKeys: [] },
  )
  .chain((record) =>
    fc.array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS), hostileJsonText), { maxLength: 3 }).map((extra) => {
      const text = JSON.stringify(record);
      const extras = extra.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',');
      return extras ? `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}${extras}}` : text;
    }),
  );

// ---- invariants -------------------------------------------------------------------------------------

function expectValidArticle(article: Article) {
  expect(article.title).to.be.a('string').and.not.equal('');
  expect(article.title.length).to.be.at.most(LIMITS.titleChars);
  for (const url of [article.url, article.image?.src, article.source?.url, ...article.authors.flatMap((a) => [a.url, a.avatar])]) {
    if (url !== undefined) expect(safeUrl(url, 'link'), url).to.equal(url);
  }
  for (const date of [article.publishedAt, article.updatedAt]) {
    if (date !== undefined) expect(Number.isFinite(date.getTime()), String(date)).to.equal(true);
  }
  expect(article.tags.length).to.be.at.most(LIMITS.tags);
  for (const tag of article.tags) expect(tag).to.be.a('string');
  expect(article.authors.length).to.be.at.most(LIMITS.people);
  if (article.views !== undefined) expect(Number.isFinite(article.views) && article.views >= 0).to.equal(true);
}

describe('normalizer and adapters under generated input', () => {
  afterEach(expectNoPollution);

  it('normalizeArticle never throws on any JSON value; what it accepts is valid', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJsonText, articleLike), (text) => {
        const result = normalizeArticle(JSON.parse(text));
        if (result.ok) expectValidArticle(result.value);
        else expect(result.error.message).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 600 },
    );
  });

  it('normalizeList never throws; every item it keeps is valid', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileJsonText, articleLike), { maxLength: 12 }), fc.boolean(), (texts, wrap) => {
        const list = JSON.parse(`[${texts.join(',')}]`);
        const result = normalizeList(wrap ? { items: list } : list);
        if (result.ok) result.value.forEach(expectValidArticle);
        else expect(result.error.message).to.be.a('string');
      }),
      { numRuns: 300 },
    );
  });

  it('invalid dates of every kind are dropped, never an Invalid Date', () => {
    fc.assert(
      fc.property(badDate, badDate, (publishedAt, updatedAt) => {
        const result = normalizeArticle({ title: 't', publishedAt, updatedAt });
        expect(result.ok).to.equal(true);
        if (result.ok) expectValidArticle(result.value);
      }),
      { numRuns: 500 },
    );
  });

  it('the format adapters never throw on any body and content type', () => {
    const contentType = fc.constantFrom(
      'application/json',
      'application/feed+json',
      'application/rss+xml',
      'application/atom+xml',
      'text/xml',
      'text/html',
      '',
      'application/ld+json',
      'text/plain; charset=utf-8',
    );
    const xmlish = fc.constantFrom(
      '<?xml version="1.0"?><rss><channel><item><title>&lt;b&gt;</title><link>javascript:__xss(1)</link></item></channel></rss>',
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title></item></channel></rss>',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;script&gt;__xss(1)&lt;/script&gt;</title><link href="data:,x"/></entry></feed>',
      '<rss><channel>' + '<item>'.repeat(2000),
      '{"version":"https://jsonfeed.org/version/1.1","items":[{"__proto__":{"polluted":1},"title":"x","content_html":"<img src=x onerror=__xss(1)>"}]}',
      '[{"title":{"rendered":"<b>wp</b>"},"content":{"rendered":"<script>__xss(1)</script>"},"__proto__":{"polluted":1}}]',
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","constructor":{"prototype":{"polluted":1}}}',
    );
    fc.assert(
      fc.property(fc.oneof(hostileJsonText, articleLike, xmlish, fc.string()), contentType, (body, type) => {
        const result = toReaderJson(body, type);
        if (result.ok) {
          const article = normalizeArticle(result.value);
          if (article.ok) expectValidArticle(article.value);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('<article-view> under generated input', () => {
  let errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => (errors = []));
  afterEach(expectNoPollution);

  /** Waits for the element to settle and says which state it is in. */
  async function stateOf(el: ArticleView, done: Promise<string>): Promise<'ready' | 'error'> {
    await done;
    await el.updateComplete;
    if (part(el, 'error')) {
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent!.trim()).to.not.equal('');
      return 'error';
    }
    expect(part(el, 'title'), 'rendered title').to.exist;
    return 'ready';
  }

  const settled = (el: HTMLElement) =>
    Promise.race([oneEvent(el, 'reader-load').then(() => 'load'), oneEvent(el, 'reader-error').then(() => 'error')]);

  it('always ends rendered or in the error state, from the attribute or the property, never throwing', async () => {
    const el = document.createElement('article-view');
    el.now = FIXED_NOW;
    document.body.append(el);
    let states = { ready: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileJsonText, articleLike, fc.string()), fc.boolean(), async (text, viaAttribute) => {
        // The same element throughout: a fresh one each time would hide bugs in leaving the previous state.
        // Clear the input first, so even a value equal to the last one is a change that must settle.
        el.removeAttribute('article');
        el.article = undefined;
        await el.updateComplete;
        const done = settled(el);
        if (viaAttribute) el.setAttribute('article', text);
        else {
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch {
            value = text;
          }
          el.article = value;
        }
        states[await stateOf(el, done)]++;
        expect(errors).to.deep.equal([]);
      }),
      { numRuns: 150 },
    );
    // Both outcomes were exercised (a generator that only ever produced errors would prove little).
    expect(states.ready).to.be.greaterThan(0);
    expect(states.error).to.be.greaterThan(0);
    states = { ready: 0, error: 0 };
    el.remove();
  });

  async function render(article: unknown): Promise<ArticleView> {
    const el = document.createElement('article-view');
    el.now = FIXED_NOW;
    const done = settled(el);
    el.article = article;
    document.body.append(el);
    await stateOf(el, done);
    return el;
  }

  it('10,000 nested <div>s end in the error state, refused before sanitizing', async () => {
    const el = await render({ title: 'deep', bodyHtml: '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000) });
    expect(part(el, 'error')!.textContent).to.match(/nested more than \d+ levels/);
    el.remove();
  });

  it('10,000 unclosed nested inline tags end in the error state too', async () => {
    const el = await render({ title: 'deep', bodyHtml: '<b><i><span>'.repeat(3_400) });
    expect(part(el, 'error')!.textContent).to.match(/nested more than \d+ levels/);
    el.remove();
  });

  // The depth limit is the parsed tree's: tags the parser reads differently from a naive count cannot
  // get past it (HTML ignores `/>` on a <div>; a stray end tag closes nothing; a table cell sits 4 deep).
  for (const [name, bodyHtml] of [
    ['200 self-closed <div/>s (each opens a <div>)', '<div/>'.repeat(200) + 'x'],
    ['200 <div>s each followed by a stray </b>', '<div></b>'.repeat(200) + 'x'],
    ['60 tables nested in cells (240 levels)', '<table><td>'.repeat(60) + 'x'],
  ]) {
    it(`${name} end in the error state`, async () => {
      const el = await render({ title: 'deep', bodyHtml });
      expect(part(el, 'error')!.textContent).to.match(/nested more than \d+ levels/);
      el.remove();
    });
  }

  it('a body over the size limit ends in the error state', async () => {
    const el = await render({ title: 'big', bodyHtml: '<p>' + 'a'.repeat(LIMITS.bodyChars) + '</p>' });
    expect(part(el, 'error')!.textContent).to.match(/too large/);
    el.remove();
  });

  it('a 1,000,000-character title ends in the error state', async () => {
    const el = await render({ title: 'x'.repeat(1_000_000) });
    expect(part(el, 'error')!.textContent).to.match(/too long/);
    el.remove();
  });

  it('huge arrays are cut to the limits (tags, authors), not rendered in full', async () => {
    const tags = Array.from({ length: 200_000 }, (_, i) => `tag${i}`);
    const author = Array.from({ length: 100_000 }, (_, i) => `Author ${i}`);
    const el = await render({ title: 'many', tags, author });
    expect(el.shadowRoot!.querySelectorAll('[part="tag"]')).to.have.length(LIMITS.tags);
    expect(el.shadowRoot!.querySelectorAll('[part="author"]')).to.have.length(LIMITS.people);
    el.remove();
  });

  it('a list of 200,000 entries keeps at most LIMITS.items', () => {
    const result = normalizeList(Array.from({ length: 200_000 }, (_, i) => ({ title: `t${i}` })));
    expect(result.ok && result.value.length).to.equal(LIMITS.items);
  });

  it('JSON nested 5,000 levels deep in the attribute ends in a state, not a stack overflow', async () => {
    const el = document.createElement('article-view');
    const done = settled(el);
    el.setAttribute(
      'article',
      '{"title":"deep","author":' +
        '['.repeat(5_000) +
        ']'.repeat(5_000) +
        ',"image":' +
        '{"src":'.repeat(5_000) +
        '"x"' +
        '}'.repeat(5_000) +
        '}',
    );
    document.body.append(el);
    await stateOf(el, done);
    expect(errors).to.deep.equal([]);
    el.remove();
  });

  it('prototype-pollution payloads in the attribute leave every prototype alone', async () => {
    for (const text of [
      '{"title":"p","__proto__":{"polluted":1,"title":"x"}}',
      '{"title":"p","constructor":{"prototype":{"polluted":1}}}',
      '{"items":[{"title":"a","__proto__":{"isAdmin":true}}],"__proto__":{"items":[]}}',
      '{"__proto__":{"title":"inherited"}}',
      '{"title":"p","author":{"name":"n","__proto__":{"url":"javascript:__xss(1)"}},"image":{"__proto__":{"src":"//evil.example/x.png"}}}',
    ]) {
      const el = document.createElement('article-view');
      const done = settled(el);
      el.setAttribute('article', text);
      document.body.append(el);
      const state = await stateOf(el, done);
      // An object whose only title is inherited has no title.
      if (text.startsWith('{"__proto__":{"title"')) expect(state).to.equal('error');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"], img[src*="evil"]')).to.equal(null);
      el.remove();
    }
  });
});
