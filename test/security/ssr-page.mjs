// The hostile corpus (corpus.json) rendered by reader-widgets/ssr (the built dist/) into one HTML page,
// written to stdout: every case as an article's body, and in every plain-text field (title, summary,
// author, source, tag, image alt, URLs, an owner's attribute value) of an article, a related list and a
// ticker. `EXFIL` becomes the recording "third party" at the origin given as the first argument
// (test/security/server.mjs). Run in its own process: the server renderer installs a DOM shim in the
// process that imports it, which the test server must not get.
//   node test/security/ssr-page.mjs http://localhost:8000 > page.html
import { readFileSync } from 'node:fs';
import { renderArticleView, renderRelatedList, renderTrendingTicker } from 'reader-widgets/ssr';

const origin = process.argv[2] ?? 'http://localhost:8000';
const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));
const exfil = (id) => `${origin}/__security/exfil/${encodeURIComponent(id)}`;
const now = new Date(Date.UTC(2025, 11, 5, 12, 0, 0));

const cases = Object.values(corpus.classes)
  .flat()
  .map(({ id, html }) => ({ id, html: html.replaceAll('EXFIL', exfil(id)) }));

// The elements warn about every unsafe URL they skip: expected here, and not this script's output.
console.warn = () => {};

const parts = [];
const articles = cases.map(({ id, html }) => ({
  title: html,
  summary: html,
  bodyHtml: html,
  author: { name: html, url: html, avatar: html },
  source: { name: html, url: html },
  tags: [html],
  image: { src: html, alt: html },
  url: html,
  lang: 'en',
  id,
}));
for (const article of articles) {
  parts.push(await renderArticleView(article, { now, attributes: { 'structured-data': true, theme: article.title, hide: article.title } }));
}
// The lists: every case as an item, and as an owner's attribute value.
const items = articles.flatMap((article) => [
  article,
  { title: article.id, url: article.title, summary: article.title, image: article.title },
]);
for (const { html } of cases.slice(0, 20)) {
  parts.push(await renderRelatedList(items.slice(0, 4), { now, attributes: { layout: 'cards', exclude: html, rel: html, heading: html } }));
}
for (const layout of ['cards', 'list', 'compact']) parts.push(await renderRelatedList(items, { now, attributes: { layout } }));
for (const mode of ['static', 'rotate', 'scroll']) parts.push(await renderTrendingTicker(items, { now, attributes: { mode } }));

process.stdout.write(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>ssr corpus</title>
<script>window.__xss = (id) => parent.__xss(id);</script>
</head>
<body>
<div id="control"><img src="x-missing.png" onerror="__xss('control')"><img src="${exfil('control')}"></div>
${parts.join('\n')}
<p id="end" data-cases="${cases.length}">end</p>
</body>
</html>
`);
