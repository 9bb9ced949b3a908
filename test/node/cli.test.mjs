// The `reader-widgets render` command (issue 16): a static page's widgets pre-rendered as declarative shadow
// DOM, run as an owner runs it (the package's bin, in a child process) on pages written to a temporary
// folder, with feeds from local files, inline data and a local HTTP server. Runs on the BUILT dist/ (the
// command imports reader-widgets/ssr and /formats): `npm run build:npm && npm run test:node`.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

const BIN = new URL('../../cli/reader-widgets.js', import.meta.url).pathname;
const seed = JSON.parse(readFileSync(new URL('../../demo/data/seed-portal.json', import.meta.url), 'utf8'));
const items = seed.trending.map((item, i) => ({ ...item, url: `/news/${i + 1}` }));
const dir = mkdtempSync(join(tmpdir(), 'reader-widgets-cli-'));

/** Runs the command; resolves with its exit code and output (never rejects on a non-zero exit). */
function cli(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Writes `page` as a file, renders it to another, returns the result and the output's text. */
async function renderFile(name, page, ...args) {
  writeFileSync(join(dir, name), page);
  const result = await cli('render', name, '-o', `${name}.out.html`, ...args);
  let out;
  try {
    out = readFileSync(join(dir, `${name}.out.html`), 'utf8');
  } catch {
    out = undefined;
  }
  return { ...result, out };
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Blog</title><link>https://blog.example/</link>
<item><title>First &amp; foremost</title><link>/posts/first</link><pubDate>Tue, 02 Dec 2025 08:00:00 GMT</pubDate></item>
<item><title>Second post</title><link>https://blog.example/posts/second</link></item>
</channel></rss>`;

let server;
let origin;
before(async () => {
  writeFileSync(join(dir, 'article.json'), JSON.stringify(seed.article));
  writeFileSync(join(dir, 'trending.json'), JSON.stringify(items));
  writeFileSync(join(dir, 'big.json'), JSON.stringify(items.map((item) => ({ ...item, summary: 'x'.repeat(400) }))));
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/feed.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(items));
    else if (path === '/feed.rss') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
    else if (path === '/page.html') res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Welcome</title><p>Hi');
    else if (path === '/streamed-big') {
      // No content-length: the limit must be counted as the body arrives.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(items.map((item) => ({ ...item, summary: 'y'.repeat(4000) }))));
    } else if (path === '/hang') {
      // Answers nothing: only the command's timeout ends the wait.
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The shadow root's markup of the first `tag` in `html`, without Lit's hydration comments. */
function shadowOf(html, tag) {
  const start = html.indexOf(`<${tag}`);
  assert.ok(start >= 0, `no <${tag}> in the output`);
  const match = /<template [^>]*shadowrootmode="open"[^>]*>([^]*?)<\/template>/.exec(html.slice(start));
  assert.ok(match, `<${tag}> has no declarative shadow root`);
  return match[1].replace(/<!--\/?lit-[^>]*-->|<\?>/g, '').replace(/\s+/g, ' ');
}

const linkTitles = (shadow) => [...shadow.matchAll(/<a part="title link"[^>]*>([^<]*)<\/a ?>/g)].map((m) => m[1]);

test('a local src file: the element rendered in place as DSD, with its attributes and without src', async () => {
  const page = `<!doctype html><html lang="zh-CN"><body>\n<article-view src="article.json" heading-level="1" hide="views"></article-view>\n</body></html>\n`;
  const { code, stderr, out } = await renderFile('local.html', page);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /rendered 1 of 1 element into local\.html\.out\.html/);
  assert.ok(!out.includes('src="article.json"'), 'src is gone: the client must not fetch again');
  assert.match(out, /<article-view[^>]* heading-level="1"/);
  const shadow = shadowOf(out, 'article-view');
  assert.ok(shadow.includes(`<h1 part="title" class="title">${seed.article.title}</h1>`), 'the title, a level-1 heading');
  assert.ok(!shadow.includes('part="views"'), 'hide="views" applied');
});

test('--csp-hashes: the style-src hash of each rendered style block, as the browser computes it over the text', async () => {
  const page = '<related-list src="trending.json"></related-list><trending-ticker src="trending.json"></trending-ticker>';
  const { code, stderr, out } = await renderFile('csp.html', page, '--csp-hashes');
  assert.equal(code, 0, stderr);
  const printed = /style-src ((?:'sha256-[\w+/=]+' ?)+)\n/.exec(stderr)?.[1].trim().split(' ');
  const expected = [
    ...new Set(
      [...out.matchAll(/<style>([^]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`),
    ),
  ];
  assert.equal(expected.length, 2, 'one style block per element');
  assert.deepEqual(printed, expected);
});

test('a root-relative src is read from --root; stdout without -o', async () => {
  writeFileSync(join(dir, 'root-relative.html'), '<trending-ticker src="/trending.json" mode="static"></trending-ticker>');
  const { code, stdout, stderr } = await cli('render', 'root-relative.html', '--root', dir, '--quiet');
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '', '--quiet prints no summary');
  const shadow = shadowOf(stdout, 'trending-ticker');
  for (const item of items) assert.ok(shadow.includes(`href="${item.url}"`), item.url);
});

test('inline data: the JSON script child is used and dropped; slotted children are kept as written', async () => {
  const page = `<related-list layout="list">
  <h3 slot="heading">Read next</h3>
  <script type="application/json">[{"title":"One","url":"/one"},{"title":"Two &amp; more","url":"/two"}]</script>
</related-list>`;
  const { code, stderr, out } = await renderFile('inline.html', page);
  assert.equal(code, 0, stderr);
  assert.deepEqual(linkTitles(shadowOf(out, 'related-list')), ['One', 'Two &amp;amp; more']);
  assert.ok(out.includes('<h3 slot="heading">Read next</h3>'), 'the slotted heading, as it was');
  assert.ok(!out.includes('<script type="application/json">[{'), 'the inline data script is replaced by the hydration data');
  assert.match(out, /<\/template>[^]*<h3 slot="heading">Read next<\/h3>\s*<\/related-list>(<!--[^>]*-->)*$/);
});

test('data in the items attribute renders too, and the attribute is not repeated', async () => {
  const page = `<trending-ticker mode="static" items='[{"title":"Attr one","url":"/a1"}]'></trending-ticker>`;
  const { code, stderr, out } = await renderFile('attribute.html', page);
  assert.equal(code, 0, stderr);
  assert.match(shadowOf(out, 'trending-ticker'), /<a part="link" class="link" href="\/a1" ?><span part="title"[^>]*>Attr one</);
  assert.ok(!out.includes("items='"), 'no items attribute in the output');
});

test('an http(s) src: JSON and RSS from a server, through the library’s feed code', async () => {
  const page = `<related-list src="${origin}/feed.json"></related-list><related-list src="${origin}/feed.rss" layout="compact"></related-list>`;
  const { code, stderr, out } = await renderFile('http.html', page, '--check');
  assert.equal(code, 0, stderr);
  assert.match(stderr, /rendered 2 of 2 elements/);
  assert.deepEqual(
    linkTitles(shadowOf(out, 'related-list')),
    items.map((item) => item.title),
  );
  const second = out.slice(out.indexOf('</related-list>') + 1);
  const rssShadow = shadowOf(second, 'related-list');
  assert.deepEqual(linkTitles(rssShadow), ['First &amp; foremost', 'Second post']);
  assert.ok(rssShadow.includes(`href="${origin}/posts/first"`), "a feed's relative link resolves against the feed's URL");
});

test('--check: a web page without article data is "not a feed"', () =>
  failsWith(
    'html.html',
    `<related-list src="${origin}/page.html"></related-list>`,
    'not a feed',
    /web page \("Welcome"\) instead of data/,
  ));

test('bytes around the elements are kept exactly (BOM, CRLF, comments, odd casing and quoting, entities)', async () => {
  const segments = [
    '\ufeff<!DOCTYPE html>\r\n<HTML Lang=zh-CN><!-- a comment <article-view> -->\r\n<p class=x>caf&eacute; &amp; 新闻</p>\r\n  ',
    '<Article-View SRC=article.json Heading-Level=2></Article-View>',
    '\r\n<pre>  keep   this  </pre><textarea><related-list src="article.json"></related-list></textarea>\r\n',
    `<related-list src='${origin}/feed.json' limit="2"></related-list>`,
    '\r\n<script>if (a < b && "<related-list>") {}</script>\r\n</HTML>',
  ];
  const page = segments.join('');
  const { code, stderr, out } = await renderFile('bytes.html', page);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /rendered 2 of 2 elements/);
  const raw = readFileSync(join(dir, 'bytes.html.out.html'));
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the byte-order mark is kept');
  // Lit's hydration comments may wrap a rendered element: they belong to it.
  const rendered = (tag) => new RegExp(`^(<!--[^>]*-->)*<${tag}[^]*</${tag}>(<!--[^>]*-->)*$`);
  assert.ok(out.startsWith(segments[0]), 'everything before the first element, unchanged');
  assert.ok(out.endsWith(segments[4]), 'everything after the last element, unchanged');
  const between = out.indexOf(segments[2], segments[0].length);
  assert.ok(between > 0, 'everything between the elements, unchanged (the textarea text is not an element)');
  assert.match(out.slice(segments[0].length, between), rendered('article-view'));
  assert.match(out.slice(between + segments[2].length, out.length - segments[4].length), rendered('related-list'));
});

/** Renders a page of one failing element with --check, and checks the message and that it was left as it was. */
async function failsWith(name, element, kind, reason, ...args) {
  const page = `<!doctype html>\n<body>\n  <p>x</p> ${element}\n</body>\n`;
  const { code, stderr, out } = await renderFile(name, page, '--check', ...args);
  assert.equal(code, 1, `exit status 1 with --check\n${stderr}`);
  const tag = /^<([a-z-]+)/.exec(element)[1];
  const src = / src="([^"]*)"/.exec(element)?.[1];
  const head = `${name}:3:12 <${tag}${src === undefined ? '' : ` src="${src}"`}>: ${kind}: `;
  assert.ok(stderr.includes(head), `the message names the element, its src and line:column:\n${stderr}`);
  assert.match(stderr.slice(stderr.indexOf(head) + head.length).split('\n')[0], reason);
  assert.equal(out, page, 'the page is written with the element left as it was');
}

test('--check: a missing local file is "unreachable"', () =>
  failsWith('missing.html', '<related-list src="nope/missing.json"></related-list>', 'unreachable', /^no such file .*nope\/missing\.json/));

test('--check: a server that is not there is "unreachable"', async () => {
  const closed = createServer();
  await new Promise((done) => closed.listen(0, '127.0.0.1', done));
  const port = closed.address().port;
  await new Promise((done) => closed.close(done));
  await failsWith('refused.html', `<related-list src="http://127.0.0.1:${port}/feed.json"></related-list>`, 'unreachable', /ECONNREFUSED/);
});

test('--check: a server that never answers is "unreachable" after --timeout', () =>
  failsWith(
    'hang.html',
    `<trending-ticker src="${origin}/hang"></trending-ticker>`,
    'unreachable',
    /^no answer within 0\.5 s/,
    '--timeout',
    '0.5',
  ));

test('--check: an HTTP error status is named', () =>
  failsWith('404.html', `<related-list src="${origin}/missing.json"></related-list>`, 'HTTP error', /^HTTP 404 Not Found/));

test('--check: a local file over --max-size is "too large"', () =>
  failsWith('big-file.html', '<related-list src="big.json"></related-list>', 'too large', /^larger than 2 KB/, '--max-size', '2KB'));

test('--check: a streamed answer without a length is cut off at --max-size', () =>
  failsWith(
    'big-http.html',
    `<related-list src="${origin}/streamed-big"></related-list>`,
    'too large',
    /^larger than 10 KB/,
    '--max-size',
    '10KB',
  ));

test('--check: inline JSON that does not parse is "not a feed"', () =>
  failsWith('badjson.html', '<article-view><script type="application/json">{"title": </script></article-view>', 'not a feed', /JSON/));

test('--check: data the element cannot show (an article without a title) is "bad data", with the element’s own message', () =>
  failsWith('notitle.html', '<article-view article=\'{"summary":"no title"}\'></article-view>', 'bad data', /title/i));

test('without --check: the element is left as it was with a warning, the others render, exit 0', async () => {
  const page = `<related-list src="gone.json"></related-list>\n<related-list src="trending.json"></related-list>`;
  const { code, stderr, out } = await renderFile('warn.html', page);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /warn\.html:1:1 <related-list src="gone\.json">: unreachable: no such file .*; left as it was/);
  assert.match(stderr, /rendered 1 of 2 elements/);
  assert.match(out, /^<related-list src="gone\.json"><\/related-list>\n(<!--[^>]*-->)*<related-list[^>]*><template shadowroot/);
  assert.ok(!out.includes('src="trending.json"'));
});

test('a page loading reader-widgets.js from a CDN: a hint by default, the hydrate file with --hydrate', async () => {
  const script = '<script type="module" src="https://cdn.jsdelivr.net/npm/reader-widgets@0.2/dist/cdn/reader-widgets.js"></script>';
  const page = `<head>${script}</head><body><trending-ticker src="trending.json"></trending-ticker></body>`;
  const plain = await renderFile('hint.html', page);
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(
    plain.stderr,
    /hint: hint\.html:1:7: this page loads \S+\/reader-widgets\.js; for server-rendered elements load \S+\/reader-widgets\.hydrate\.js instead/,
  );
  assert.ok(plain.out.includes(script), 'without --hydrate the script is untouched');
  const rewritten = await renderFile('hydrate.html', page, '--hydrate');
  assert.equal(rewritten.code, 0, rewritten.stderr);
  assert.ok(rewritten.out.startsWith(`<head>${script.replace('reader-widgets.js', 'reader-widgets.hydrate.js')}</head><body>`));
  assert.ok(!rewritten.stderr.includes('hint'));
});

test('--help, --version, and exit status 2 for bad arguments or an unreadable page', async () => {
  const help = await cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: reader-widgets render <page\.html>/);
  assert.match(help.stdout, /--check/);
  const version = await cli('--version');
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  for (const args of [
    [],
    ['build'],
    ['render'],
    ['render', 'nowhere.html'],
    ['render', 'x.html', '--bogus'],
    ['render', 'x.html', '--max-size', 'lots'],
  ]) {
    const result = await cli(...args);
    assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /^reader-widgets: .+\nRun `reader-widgets --help` for usage\.\n$/);
  }
  writeFileSync(join(dir, 'latin1.html'), Buffer.from('<p>caf\xe9</p>', 'latin1'));
  const latin1 = await cli('render', 'latin1.html');
  assert.equal(latin1.code, 2);
  assert.match(latin1.stderr, /latin1\.html is not UTF-8/);
});
