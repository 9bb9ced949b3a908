// Test-server routes that serve the script-tag build the way owners' sites serve it (web-test-runner
// middleware, Koa style). The build is made for the tests (`vite build --mode cdn` into .tmp/cdn-test,
// once per test run, on first use); READER_CDN_TEST_DIR=dist/cdn tests an existing build instead.
// Every route is under /__cdn/<token>/, so each test page has its own request log:
// - build/<file>: the built files, never cached by the browser (a second fetch is a second request)
// - latest/<file>: a 302 redirect to build/<file> (an unversioned CDN URL that redirects to a versioned one)
// - data/<name>: a feed (an article list), never cached
// - page?script=<url>&widget=<tag>…: a page with those widgets (all with src="data/feed") and those
//   module scripts; it records console warnings in `window.__warnings` and load events in `window.__loaded`
// - /__cdn/log?token=<token>: the paths that token's routes were asked for, in order.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
const log = new Map();
let built;

function buildDir() {
  if (process.env.READER_CDN_TEST_DIR) return Promise.resolve(resolve(root, process.env.READER_CDN_TEST_DIR));
  const outDir = join(root, '.tmp/cdn-test');
  built ??= promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'cdn'], {
    cwd: root,
    env: { ...process.env, READER_CDN_OUT_DIR: outDir },
  }).then(() => outDir);
  return built;
}

const FEED = JSON.stringify({
  items: [
    { title: 'Harbour reopens after the storm', url: 'https://news.example/harbour', summary: 'Ferries run again.' },
    { title: 'Night trains return', url: 'https://news.example/trains' },
  ],
});

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function page(scripts, widgets) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CDN page</title>
<script>
  window.__warnings = [];
  window.__loaded = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.__warnings.push(args.map(String).join(' ')); warn(...args); };
  addEventListener('reader-load', (event) => window.__loaded.push(event.target.localName));
  addEventListener('reader-error', (event) => window.__loaded.push(event.target.localName + ' error: ' + event.detail.message));
</script>
${scripts.map((src) => `<script type="module" src="${escape(src)}"></script>`).join('\n')}
</head>
<body>
${widgets.map((tag) => `<${tag} src="data/feed"></${tag}>`).join('\n')}
</body>
</html>`;
}

export async function cdnMiddleware(ctx, next) {
  if (ctx.path === '/__cdn/log') {
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(log.get(String(ctx.query.token)) ?? []);
    return;
  }
  const route = /^\/__cdn\/([\w-]+)\/(build|latest|data|page)(?:\/(.*))?$/.exec(ctx.path);
  if (!route) return next();
  const [, token, kind, rest = ''] = route;
  if (!log.has(token)) log.set(token, []);
  log.get(token).push(`${kind}/${rest}`);
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'page') {
    ctx.type = 'text/html';
    ctx.body = page([ctx.query.script ?? []].flat(), [ctx.query.widget ?? []].flat());
  } else if (kind === 'data') {
    ctx.type = 'application/json';
    ctx.body = FEED;
  } else if (kind === 'latest') {
    ctx.status = 302;
    ctx.redirect(`/__cdn/${token}/build/${rest}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
  } else {
    const dir = await buildDir();
    const file = normalize(join(dir, rest));
    if (!file.startsWith(dir + '/')) return next();
    try {
      ctx.body = await readFile(file);
      ctx.type = 'text/javascript';
    } catch {
      ctx.status = 404;
    }
  }
}
