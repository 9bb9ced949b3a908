// reader-widgets/ssr (issue 16): the three elements rendered in Node to HTML in the wire format of
// SSR-FORMAT.md (declarative shadow DOM, hydration data, JSON-LD), from the seed fixture and from bad
// input. Runs on the built dist/: `npm run build:npm && npm run test:node`. The output is read back with
// jsdom where what matters is what a browser's parser makes of it (scripts that must not break out).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';
import {
  renderArticleView,
  renderRelatedList,
  renderTrendingTicker,
  streamArticleView,
  streamRelatedList,
  streamTrendingTicker,
} from 'reader-widgets/ssr';

const seed = JSON.parse(readFileSync(new URL('../../demo/data/seed-portal.json', import.meta.url), 'utf8'));
const items = seed.trending.map((item, i) => ({ ...item, url: `/news/${i + 1}`, publishedAt: '2025-12-01T08:00:00Z' }));

/** The shadow root's markup (between the template's tags), without Lit's hydration comments. */
function shadowRoot(markup) {
  const match = /<template shadowroot(?:mode)?="open"[^>]*>([^]*)<\/template>/.exec(markup);
  assert.ok(match, `no declarative shadow root in:\n${markup.slice(0, 300)}`);
  return match[1].replace(/<!--\/?lit-[^>]*-->|<\?>/g, '').replace(/\s+/g, ' ');
}

test('renderArticleView: the host, its attributes and a shadow root with styles, title and byline', async () => {
  const markup = await renderArticleView(seed.article, { attributes: { hide: 'views', 'heading-level': 1 } });
  assert.match(markup, /^(<!--[^>]*-->)*<article-view[^>]* hide="views"/);
  assert.match(markup, /heading-level="1"/);
  assert.match(markup, /<template [^>]*shadowrootmode="open"/);
  const root = shadowRoot(markup);
  assert.match(root, /^<style>[^]*:host[^]*<\/style>/);
  assert.ok(root.includes(`<h1 part="title" class="title">${seed.article.title}</h1>`), 'the title, as a level-1 heading');
  assert.match(root, /<p part="byline"[^]*<bdi part="author">创始人<\/bdi>/);
  assert.match(root, /<time part="date" datetime="2025-12-02T/);
  assert.ok(!root.includes('part="views"'), 'hide="views" applied');
  assert.match(root, /lang="zh-CN"/);
});

test('renderRelatedList: a date only the full date parser reads (RSS) is rendered, not left out', async () => {
  const markup = await renderRelatedList([{ title: 'From a feed', url: '/a', publishedAt: 'Tue, 02 Dec 2025 21:32:06 +0800' }]);
  assert.match(shadowRoot(markup), /<time part="date" datetime="2025-12-02T13:32:06.000Z"/);
});

test('HTML in titles, names and attribute values is escaped', async () => {
  const article = { title: '<img src=x onerror=alert(1)> & "q"', author: { name: '<b>Ann</b>' } };
  const markup = await renderArticleView(article, { attributes: { theme: '"><script>alert(1)</script>' } });
  assert.ok(!markup.includes('<img src=x'), 'no <img> from the title');
  assert.ok(!markup.includes('<b>Ann'), 'no <b> from the name');
  assert.ok(!markup.includes('<script>'), 'no <script> from an attribute value');
  assert.ok(
    markup.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;') ||
      markup.includes('&lt;img src=x onerror=alert(1)&gt; &amp; "q"'),
  );
});

test('an invalid attribute name is left out with a warning, never thrown', async (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const markup = await renderRelatedList(items, { attributes: { 'x onload=alert(1)': '', layout: 'compact' } });
  assert.ok(!markup.includes('onload'), 'the bad name is not in the output');
  assert.match(markup, /<related-list[^>]* layout="compact"/);
  assert.match(String(warn.mock.calls[0]?.arguments[0]), /"x onload=alert\(1\)" is not an attribute name/);
});

for (const layout of ['list', 'compact', 'cards']) {
  test(`renderRelatedList, layout=${layout}: the heading and every item's linked title`, async () => {
    const markup = await renderRelatedList(items, { attributes: { layout } });
    assert.match(markup, new RegExp(`^(<!--[^>]*-->)*<related-list[^>]* layout="${layout}"`));
    const root = shadowRoot(markup);
    assert.match(root, /<h2 part="heading"[^>]*>Related<\/h2>/);
    const links = [...root.matchAll(/<a part="title link" class="title"[^>]*href="([^"]+)"[^>]*>([^<]*)<\/a ?>/g)];
    assert.deepEqual(
      links.map(([, href, title]) => [href, title]),
      items.map((item) => [item.url, item.title]),
    );
    if (layout !== 'compact') assert.match(root, /<time part="date" datetime="2025-12-01T08:00:00.000Z">/);
  });
}

test('renderRelatedList with limit: only that many items', async () => {
  const root = shadowRoot(await renderRelatedList(items, { attributes: { limit: 3 } }));
  assert.equal(root.match(/<li part="item"/g)?.length, 3);
});

test('renderTrendingTicker, static: the heading and every headline, ranked', async () => {
  const root = shadowRoot(await renderTrendingTicker(items, { attributes: { mode: 'static' } }));
  assert.match(root, />Trending</);
  for (const item of items) assert.ok(root.includes(`href="${item.url}"`), item.url);
  assert.ok(root.includes('“小小艺术家”绘画评选微信投票'), 'the first headline');
});

test("locale: the element's own words in that language, loaded before the render", async () => {
  const root = shadowRoot(await renderTrendingTicker(items, { attributes: { locale: 'de' } }));
  assert.match(root, />Im Trend</);
  assert.ok(!root.includes('>Trending<'));
});

/** A stream's whole text. */
async function read(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

/** The output as a browser's parser reads it (jsdom): the host, its shadow template's content, its scripts. */
function parse(markup) {
  const { document } = new JSDOM(`<!doctype html><body>${markup}`).window;
  const host = document.body.firstElementChild;
  const template = host.querySelector(':scope > template');
  const script = (selector) => host.querySelector(`:scope > script${selector}`);
  return {
    document,
    host,
    root: template?.content,
    hydration: JSON.parse(script('[data-reader-hydrate]').textContent),
    jsonLd: script('[data-reader-structured-data]') && JSON.parse(script('[data-reader-structured-data]').textContent),
  };
}

const bodyHtml =
  '<p id="first">Hello <b>world</b> <a href="javascript:alert(1)">x</a> <a href="/about" target="_blank">about</a></p>' +
  '<img src="/a.png" onerror="alert(1)"><script>alert(1)</script><iframe src="https://evil.example/"></iframe>';

test('renderArticleView with a body: sanitized on the server into the shadow root, with the same rules as the browser', async () => {
  const { root, hydration } = parse(await renderArticleView({ title: 'T', bodyHtml, lang: 'en' }));
  const body = root.querySelector('[part~="body"]');
  assert.equal(body.querySelector('p#user-content-first b').textContent, 'world', 'ids prefixed, as in the browser');
  assert.equal(body.querySelector('script, iframe, [onerror]'), null, 'no script, iframe or handler');
  assert.ok(!body.innerHTML.includes('javascript:'), 'no javascript: URL');
  assert.equal(body.querySelector('a[target]').getAttribute('rel'), 'noopener noreferrer', 'the hooks ran');
  assert.equal(body.querySelector('img').getAttribute('loading'), 'lazy');
  assert.equal(body.getAttribute('aria-busy'), 'false');
  assert.match(root.querySelector('[part="reading-time"]').textContent, /1 min read/);
  assert.equal(hydration.serverBody, true);
  assert.deepEqual(hydration.data, { title: 'T', lang: 'en' }, 'the hydration data is the input without its body');
});

test('hydration data: the input, the language, the clock and the zone the server rendered with; no src', async () => {
  const now = '2025-12-03T00:00:00.000Z';
  const markup = await renderRelatedList(items, { now, timeZone: 'Asia/Shanghai', lang: 'de', attributes: { src: '/feed.json' } });
  const { host, hydration } = parse(markup);
  assert.deepEqual(hydration, { data: items, lang: 'de', now, timeZone: 'Asia/Shanghai', serverBody: false });
  assert.equal(host.hasAttribute('src'), false, 'no src: the server gives data');
  const defaults = parse(await renderTrendingTicker(items)).hydration;
  assert.equal(defaults.timeZone, 'UTC');
  assert.equal(defaults.lang, 'en');
  assert.ok(Math.abs(Date.parse(defaults.now) - Date.now()) < 60_000, 'now: the time of the render');
});

test('dates: relative against `now`, absolute in `timeZone` (UTC by default)', async () => {
  const item = [{ title: 'A', url: '/a', publishedAt: '2025-12-01T20:30:00Z' }];
  const relative = parse(await renderRelatedList(item, { now: '2025-12-01T23:30:00Z', attributes: { 'date-style': 'relative' } }));
  assert.equal(relative.root.querySelector('time').textContent, '3 hours ago');
  const utc = parse(await renderRelatedList(item, { attributes: { 'date-style': 'absolute' } }));
  assert.match(utc.root.querySelector('time').textContent, /Dec 1, 2025, 8:30\s?PM/);
});

test('dates: absolute in the `timeZone` given', async () => {
  const item = [{ title: 'A', url: '/a', publishedAt: '2025-12-01T20:30:00Z' }];
  const { root } = parse(await renderRelatedList(item, { timeZone: 'Asia/Shanghai', attributes: { 'date-style': 'absolute' } }));
  assert.match(root.querySelector('time').textContent, /Dec 2, 2025, 4:30\s?AM/);
});

test('pageUrl: exclude and rel resolve against the page the element goes into', async () => {
  const list = [
    { title: 'Here', url: 'https://news.example/a/1' },
    { title: 'Same site', url: '/a/2' },
    { title: 'Elsewhere', url: 'https://other.example/b' },
  ];
  const options = { pageUrl: 'https://news.example/a/1', attributes: { exclude: '1', target: '_blank' } };
  const { root } = parse(await renderRelatedList(list, options));
  const links = [...root.querySelectorAll('a[part~="link"]')].map((a) => [a.textContent, a.getAttribute('rel')]);
  assert.deepEqual(links, [
    ['Same site', 'noopener'],
    ['Elsewhere', 'noopener noreferrer'],
  ]);
});

test('structured-data: the NewsArticle JSON-LD in the light DOM, its URL resolved against pageUrl', async () => {
  const article = { title: 'T', url: '/news/1', publishedAt: '2025-12-01T08:00:00Z', bodyHtml: '<p>x</p>' };
  const { jsonLd, host } = parse(
    await renderArticleView(article, { pageUrl: 'https://news.example/', attributes: { 'structured-data': true } }),
  );
  assert.equal(jsonLd['@type'], 'NewsArticle');
  assert.equal(jsonLd.headline, 'T');
  assert.equal(jsonLd.url, 'https://news.example/news/1');
  assert.ok(host.hasAttribute('structured-data'));
  const without = parse(await renderArticleView(article)).jsonLd;
  assert.equal(without, null, 'none without the attribute');
});

for (const mode of ['scroll', 'rotate', 'static']) {
  test(`renderTrendingTicker, mode=${mode}: every headline in the shadow root`, async () => {
    const { root, host } = parse(await renderTrendingTicker(items, { attributes: { mode } }));
    assert.equal(host.getAttribute('mode'), mode);
    const hrefs = new Set([...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    for (const item of items) assert.ok(hrefs.has(item.url), item.url);
  });
}

test('a right-to-left language: words and direction (ar)', async () => {
  const { root, hydration } = parse(await renderRelatedList(items, { lang: 'ar' }));
  assert.equal(hydration.lang, 'ar');
  const section = root.querySelector('[part="base"]');
  assert.equal(section.getAttribute('dir'), 'rtl');
  assert.notEqual(root.querySelector('[part="heading"]').textContent, 'Related');
});

test("zh-CN: the article's own language chooses the words, before the page's (lang)", async () => {
  const { root, hydration } = parse(await renderArticleView(seed.article, { lang: 'de' }));
  assert.equal(hydration.lang, 'zh-CN');
  assert.match(root.querySelector('[part="reading-time"]').textContent, /分钟/);
});

const badInputs = [
  ['article-view', renderArticleView, 'not an article'],
  ['article-view', renderArticleView, { summary: 'no title' }],
  ['article-view', renderArticleView, null],
  ['related-list', renderRelatedList, { not: 'a list' }],
  ['trending-ticker', renderTrendingTicker, 42],
];
for (const [tag, render, input] of badInputs) {
  test(`bad data to <${tag}> (${JSON.stringify(input)}): the error state, rendered, never thrown`, async () => {
    const { host, root, hydration } = parse(await render(input));
    assert.equal(host.localName, tag);
    const error = root.querySelector('[part="error"]');
    assert.ok(error, 'part="error"');
    assert.equal(error.getAttribute('role'), 'alert');
    assert.equal(hydration.error, true);
  });
}

test('a body over the limits ends in the error state (size, depth)', async () => {
  const big = { title: 'Big', bodyHtml: `<p>${'x'.repeat(5_000_001)}</p>` };
  const deep = { title: 'Deep', bodyHtml: '<div>'.repeat(200) + 'x' };
  for (const article of [big, deep]) {
    const { root, hydration } = parse(await renderArticleView(article));
    assert.ok(root.querySelector('[part="error"][role="alert"]'), article.title);
    assert.equal(hydration.error, true);
    assert.equal(hydration.serverBody, false);
  }
});

test('</script>, <!-- and ]]> in any field never break out of the hydration JSON or the JSON-LD', async () => {
  const hostile = '</script><script>alert(1)</script>\u2028<!--<script>]]>';
  const article = { title: hostile, summary: hostile, author: { name: hostile }, tags: [hostile], url: `/x?q=${hostile}` };
  const markup = await renderArticleView(article, { attributes: { 'structured-data': true, theme: hostile } });
  const scripts = markup.match(/<script[^>]*>[\s\S]*?<\/script>/g);
  assert.equal(scripts.length, 2, 'two scripts, neither broken out of');
  for (const script of scripts) {
    const json = script.slice(script.indexOf('>') + 1, -'</script>'.length);
    assert.ok(!/[<>]/.test(json), `nothing in the JSON a parser could read as markup: ${json.slice(0, 80)}`);
  }
  const { host, hydration, jsonLd, document } = parse(markup);
  assert.equal(hydration.data.title, hostile);
  assert.equal(jsonLd.headline, hostile);
  assert.equal(host.getAttribute('theme'), hostile, 'the attribute value round-trips, escaped');
  assert.equal(document.querySelectorAll('script').length, 2);
});

test('streaming gives exactly the string result, for every element', async () => {
  const now = '2025-12-03T00:00:00Z';
  const article = { ...seed.article };
  assert.equal(await read(streamArticleView(article, { now })), await renderArticleView(article, { now }));
  assert.equal(
    await read(streamRelatedList(items, { now, attributes: { layout: 'cards' } })),
    await renderRelatedList(items, { now, attributes: { layout: 'cards' } }),
  );
  assert.equal(await read(streamTrendingTicker(items, { now })), await renderTrendingTicker(items, { now }));
});

// The body and the light DOM are written into the output as they are, not parsed again by @lit-labs/ssr
// (src/ssr/raw-html.ts). The bytes must be those @lit-labs/ssr writes for `unsafeHTML` of the same HTML:
// Lit's hydration markers around the body's part stay right. An app rendering <article-view> with
// @lit-labs/ssr itself still goes through `unsafeHTML`, so its shadow root is the reference.
const TOKEN_LIKE = 'reader-widgets-raw-0b7e3c52-9d1a-4f7e-8a2b-1c3d5e7f9a0b';
const bodies = {
  seed: seed.article.bodyHtml,
  entities: '<p title="a &quot;b&quot; &amp; c">x &nbsp; &lt; &gt; &amp; é 😀</p><pre>\n\nkept</pre><p>a<br>b</p>',
  'custom element tags and a template': '<p>a<article-view>x</article-view><x-foo>y</x-foo><template><b>t</b></template></p>',
  'nothing left after sanitizing': '<script>alert(1)</script><iframe src="https://evil.example"></iframe>',
  'text that looks like a stand-in': `<p>${TOKEN_LIKE}</p><p><b>${TOKEN_LIKE}</b> <!--lit-part x--> lit$123$</p>`,
  'text between the blocks': 'top & tail\u00a0<p>one</p>\n\n<p>two</p> 1 < 2 > 0 <b>bold</b>\n',
};

/** The body's HTML as jsdom serializes the sanitized fragment (a copy's `innerHTML`), for comparison. */
const sanitizedHtml = async (bodyHtml) => {
  const { sanitizeBodyIn } = await import('../../dist/core/sanitize.js');
  const { document } = new JSDOM('').window;
  const box = document.createElement('div');
  box.append(sanitizeBodyIn(document.defaultView, bodyHtml).cloneNode(true));
  return box.innerHTML;
};

/** The declarative shadow root (`<template shadowrootmode>`) of an output, whole. */
const shadowTemplate = (markup) => {
  const start = markup.indexOf('<template shadowroot');
  assert.ok(start >= 0, `no declarative shadow root in:\n${markup.slice(0, 300)}`);
  return markup.slice(start, markup.indexOf('</template>', start) + '</template>'.length);
};

/** `<article-view>` rendered by an app's own @lit-labs/ssr render, with the state `renderArticleView` gives it. */
async function renderedByApp(article, now) {
  const [{ render }, { collectResult }, { html }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit'),
  ]);
  return collectResult(render(html`<article-view .article=${article} .now=${now} .timeZone=${'UTC'}></article-view>`));
}

for (const [name, bodyHtml] of Object.entries(bodies)) {
  test(`a body written as it is (${name}): the shadow root byte for byte as @lit-labs/ssr writes it through unsafeHTML`, async () => {
    const now = new Date('2025-12-03T00:00:00Z');
    const article = name === 'seed' ? seed.article : { title: `Title ${TOKEN_LIKE}`, bodyHtml, lang: 'en' };
    const markup = await renderArticleView(article, { now });
    const expected = shadowTemplate(await renderedByApp(article, now));
    assert.match(expected, /part="body"/);
    assert.equal(shadowTemplate(markup), expected);
    const body = /<div part="body"[^>]*><!--lit-part [^>]*-->([^]*)<!--\/lit-part--><\/div>/.exec(markup)[1];
    assert.equal(body, (await sanitizedHtml(article.bodyHtml)) || '<?>', 'the sanitized fragment as jsdom serializes it');
    assert.equal(await read(streamArticleView(article, { now })), markup, 'streamed: the same bytes');
    assert.ok(!markup.replaceAll(TOKEN_LIKE, '').includes('reader-widgets-raw-'), 'no stand-in left in the output');
  });
}

test('text that looks like a stand-in injects nothing: the body and the title stay text, each where it was', async () => {
  const now = new Date('2025-12-03T00:00:00Z');
  const article = { title: TOKEN_LIKE, summary: `<b>${TOKEN_LIKE}</b>`, bodyHtml: `<p>${TOKEN_LIKE}</p>` };
  const { root } = parse(await renderArticleView(article, { now }));
  assert.equal(root.querySelector('[part="title"]').textContent, TOKEN_LIKE);
  assert.equal(root.querySelector('[part="summary"]').textContent, `<b>${TOKEN_LIKE}</b>`);
  assert.equal(root.querySelector('[part~="body"]').innerHTML.replace(/<!--[^>]*-->/g, ''), `<p>${TOKEN_LIKE}</p>`);
  assert.equal(root.querySelectorAll('[part~="body"]').length, 1);
});

test('two renders at once, each with its own body, streamed interleaved: each output holds its own body only', async () => {
  const now = new Date('2025-12-03T00:00:00Z');
  const one = { title: 'One', bodyHtml: '<p>first body</p>' };
  const two = { title: 'Two', bodyHtml: '<p>second body</p>' };
  const [a, b] = await Promise.all([read(streamArticleView(one, { now })), read(streamArticleView(two, { now }))]);
  assert.equal(a, await renderArticleView(one, { now }));
  assert.equal(b, await renderArticleView(two, { now }));
  assert.ok(a.includes('first body') && !a.includes('second body'));
  assert.ok(b.includes('second body') && !b.includes('first body'));
});

test('without jsdom installed, an article body gives a clear error state and message, not a crash', async () => {
  // A resolve hook that makes `jsdom` unresolvable, as in an app that did not install it.
  const hook = `data:text/javascript,export async function resolve(s, c, next) { if (s === 'jsdom') throw Object.assign(new Error('no jsdom'), { code: 'ERR_MODULE_NOT_FOUND' }); return next(s, c); }`;
  const script = `
    import { register } from 'node:module';
    register(${JSON.stringify(hook)});
    const { renderArticleView } = await import('reader-widgets/ssr');
    console.log(await renderArticleView({ title: 'T', bodyHtml: '<p>x</p>' }));`;
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: new URL('../../', import.meta.url),
  });
  assert.match(stderr, /needs jsdom \(npm install jsdom\)/);
  const { root } = parse(stdout);
  assert.ok(root.querySelector('[part="error"][role="alert"]'));
  assert.match(root.querySelector('[part="error-detail"]').textContent, /needs jsdom/);
});
