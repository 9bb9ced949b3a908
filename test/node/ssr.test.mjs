// reader-widgets/ssr (issue 16, first step): the three elements rendered in Node to HTML with declarative
// shadow DOM, from the seed fixture. Runs on the built dist/: `npm run build:npm && npm run test:node`.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticleView, renderRelatedList, renderTrendingTicker } from 'reader-widgets/ssr';

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

test('renderArticleView: no body yet, and the output says so', async () => {
  const markup = await renderArticleView(seed.article);
  assert.ok(!markup.includes('近日,日本首相高市早苗'), 'the body is not rendered');
  assert.match(markup, /<!-- reader-widgets\/ssr: the article body is not server-rendered yet[^>]*--><\/template>/);
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
