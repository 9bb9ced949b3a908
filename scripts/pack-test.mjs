// The package from the outside (npm run test:pack, after npm run build): packs the library, installs the
// tarball into fresh apps under .tmp/pack-test/, and checks what an app developer or site owner meets:
//   1. the exports map resolves every entry (Node resolution, as bundlers do), and the files exist
//   2. types resolve from the package (tsc on a consumer file, with @ts-expect-error proving they are real)
//   3. Vite builds: `sideEffects` + tree-shaking (an app importing only one list element carries no
//      DOMPurify; an app importing a class from `reader-widgets/classes` registers no tag)
//   4. a fresh Vite + React 18 app using reader-widgets/react (objects as properties, onReaderSelect routing)
//   5. the built apps and the CDN files in the tarball run in headless Chromium with no console errors
// Offline-friendly: npm installs with --prefer-offline from the registry cache.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp/pack-test');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const seed = JSON.parse(readFileSync(join(root, 'demo/data/seed-portal.json'), 'utf8'));
const results = { passed: 0, failed: 0 };

function check(name, condition, detail = '') {
  if (condition) results.passed++;
  else results.failed++;
  console.log(`${condition ? '  ok ' : '  FAIL'} ${name}${!condition && detail ? `\n       ${detail}` : ''}`);
}

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/cdn/reader-widgets.js'))) {
  console.error('pack-test: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

// Element subpaths: those in the exports map whose source exists.
const elements = Object.keys(pkg.exports)
  .map((key) => key.slice(2))
  .filter((name) => /^[a-z]+-[a-z-]+$/.test(name) && existsSync(join(root, `src/${name}/define.ts`)));
const dataAttribute = (tag) => (tag === 'article-view' ? 'article' : 'items');
const sampleData = (tag) => (tag === 'article-view' ? seed.article : seed.trending);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// --- pack and install -------------------------------------------------------------------------------
// --ignore-scripts: `prepack` would build again; this script runs after `npm run build`.
console.log('npm pack');
const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root))[0];
const tarball = join(work, packed.filename);
const files = packed.files.map((f) => f.path);
console.log(
  `  ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`,
);
for (const required of [
  'package.json',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/classes.js',
  'dist/cdn/reader-widgets.js',
  'dist/cdn/reader-widgets.iife.js',
  'dist/cdn/reader-widgets.css',
  'types/react.d.ts',
  'types/vue.d.ts',
  'types/svelte.d.ts',
  'dist/react.js',
  'dist/react.d.ts',
  'CHANGELOG.md',
  'web-types.json',
  'vscode.html-custom-data.json',
]) {
  check(`tarball has ${required}`, files.includes(required));
}
check('tarball has no tests, demo or scripts', !files.some((f) => /^(test|demo|scripts|bench|\.tmp)\//.test(f)));

const app = join(work, 'app');
mkdirSync(join(app, 'src'), { recursive: true });
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2));
console.log('npm install <tarball> into a fresh app');
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
const installed = join(app, 'node_modules/reader-widgets');

// --- 1. exports map ---------------------------------------------------------------------------------
console.log('exports map');
const specifiers = [
  'reader-widgets',
  'reader-widgets/classes',
  'reader-widgets/formats',
  'reader-widgets/react',
  ...elements.map((e) => `reader-widgets/${e}`),
  'reader-widgets/custom-elements.json',
  'reader-widgets/package.json',
  'reader-widgets/cdn/reader-widgets.js',
];
const resolved = JSON.parse(
  run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => { try { return import.meta.resolve(s); } catch (e) { return 'ERROR ' + e.message; } })))`,
    ],
    app,
  ),
);
specifiers.forEach((specifier, i) => {
  const url = resolved[i];
  const ok = url.startsWith('file://') && existsSync(new URL(url)) && new URL(url).pathname.startsWith(installed);
  check(`${specifier} → ${ok ? relative(installed, new URL(url).pathname) : url}`, ok);
});
check(
  'package.json names custom-elements.json',
  JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).customElements === 'custom-elements.json',
);

// --- 1b. the bin: `npx reader-widgets render` from the installed tarball ---------------------------
// In an app of its own, with the renderer it needs (@lit-labs/ssr, an optional peer) next to it.
console.log('the reader-widgets command');
check('package.json names the bin', pkg.bin?.['reader-widgets'] === './cli/reader-widgets.js' && files.includes('cli/reader-widgets.js'));
const cliApp = join(work, 'cli-app');
mkdirSync(cliApp, { recursive: true });
writeFileSync(join(cliApp, 'package.json'), JSON.stringify({ name: 'pack-test-cli', private: true, type: 'module' }, null, 2));
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, '@lit-labs/ssr'], cliApp);
writeFileSync(join(cliApp, 'trending.json'), JSON.stringify(seed.trending));
const cliPage = `<!doctype html>\n<p>before</p>\n<trending-ticker src="trending.json" mode="static"></trending-ticker>\n<p>after</p>\n`;
writeFileSync(join(cliApp, 'page.html'), cliPage);
try {
  run('npx', ['--no-install', 'reader-widgets', 'render', 'page.html', '-o', 'out.html', '--check'], cliApp);
  const out = readFileSync(join(cliApp, 'out.html'), 'utf8');
  check(
    'npx reader-widgets render page.html -o out.html --check: the ticker as declarative shadow DOM, the rest as it was',
    out.startsWith('<!doctype html>\n<p>before</p>\n') &&
      out.endsWith('\n<p>after</p>\n') &&
      /<trending-ticker[^>]*><template [^>]*shadowrootmode="open"/.test(out) &&
      !out.includes('src="trending.json"'),
    out.slice(0, 300),
  );
} catch (error) {
  check('npx reader-widgets render page.html -o out.html --check', false, String(error.stderr || error.message).trim());
}

// --- 2. types ---------------------------------------------------------------------------------------
console.log('types');
writeFileSync(
  join(app, 'tsconfig.json'),
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['src/types-check.ts'],
    },
    null,
    2,
  ),
);
writeFileSync(
  join(app, 'src/types-check.ts'),
  `import { ArticleView, type Article, type ArticleInput } from 'reader-widgets/classes';
import type { CustomElements } from 'reader-widgets/types/jsx';
import 'reader-widgets';
${elements.map((tag) => `import { ${pascal(tag)} as ${pascal(tag)}Defined } from 'reader-widgets/${tag}';`).join('\n')}

const input: ArticleInput = { title: 'Hello' };
export const view: ArticleView = document.createElement('article-view');
view.article = input;
${elements.map((tag) => `export const ${tag.replace(/-/g, '_')}: ${pascal(tag)}Defined = document.createElement('${tag}');`).join('\n')}
document.addEventListener('reader-load', (event) => event.detail.data);
export const title = (article: Article) => article.title.toUpperCase();
export const theme: NonNullable<CustomElements['article-view']['theme']> = 'dark';
// @ts-expect-error the generated JSX types know the themes
export const badTheme: NonNullable<CustomElements['article-view']['theme']> = 'blue';
// @ts-expect-error the element classes are typed
view.headingLevel = 'two';
`,
);
try {
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')], app);
  check('a consumer file type-checks against the package (classes, element subpaths, types/jsx)', true);
} catch (error) {
  check(
    'a consumer file type-checks against the package (classes, element subpaths, types/jsx)',
    false,
    String(error.stdout || error.message).trim(),
  );
}

// --- 3. Vite builds: sideEffects and tree-shaking ---------------------------------------------------
console.log('vite builds');
const apps = {
  full: `import 'reader-widgets';`,
  classes: `import { ArticleView } from 'reader-widgets/classes';\nwindow.ArticleViewClass = ArticleView;`,
  ...Object.fromEntries(elements.map((tag) => [tag, `import 'reader-widgets/${tag}';`])),
};
const bundleText = {};
const entryText = {};
for (const [name, code] of Object.entries(apps)) {
  const dir = join(app, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), `${code}\nwindow.appReady = true;\n`);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title><script type="module" src="./main.js"></script></head><body></body></html>`,
  );
  await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    base: './',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  const js = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
  bundleText[name] = js.map((f) => readFileSync(join(dir, 'dist/assets', f), 'utf8')).join('\n');
  const entry = readFileSync(join(dir, 'dist/index.html'), 'utf8').match(/src="\.\/assets\/([^"]+\.js)"/)[1];
  entryText[name] = readFileSync(join(dir, 'dist/assets', entry), 'utf8');
  const kb = js.reduce((sum, f) => sum + statSync(join(dir, 'dist/assets', f)).size, 0) / 1024;
  console.log(`  built ${name}: ${js.length} JS file(s), ${kb.toFixed(1)} kB`);
}
// A fresh Vite + React 18 app: reader-widgets/react passes objects as properties and routes on onReaderSelect.
console.log('a Vite + React 18 app');
const react18 = join(work, 'react18');
mkdirSync(react18, { recursive: true });
writeFileSync(join(react18, 'package.json'), JSON.stringify({ name: 'pack-test-react18', private: true, type: 'module' }, null, 2));
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, 'react@18', 'react-dom@18'], react18);
writeFileSync(join(react18, 'seed.json'), JSON.stringify(seed));
writeFileSync(
  join(react18, 'main.jsx'),
  `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ArticleView, RelatedList, TrendingTicker } from 'reader-widgets/react';
import seed from './seed.json';

const related = [{ title: 'Related one', url: '/news/r1' }, { title: 'Related two', url: '/news/r2' }];
function App() {
  const [article, setArticle] = useState(seed.article);
  const select = (event) => {
    event.preventDefault();
    window.routed = (window.routed ?? 0) + 1;
    setArticle(event.detail.item);
  };
  return (
    <>
      <ArticleView article={article} onReaderLoad={() => (window.loads = (window.loads ?? 0) + 1)} />
      <RelatedList items={related} onReaderSelect={select} />
      <TrendingTicker items={seed.trending} mode="static" onReaderSelect={select} />
    </>
  );
}
createRoot(document.getElementById('root')).render(<App />);
window.reactVersion = (await import('react')).version;
window.appReady = true;
`,
);
writeFileSync(
  join(react18, 'index.html'),
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React 18</title><script type="module" src="./main.jsx"></script></head><body><div id="root"></div></body></html>',
);
await build({
  configFile: false,
  root: react18,
  logLevel: 'silent',
  base: './',
  build: { outDir: join(react18, 'dist'), emptyOutDir: true, target: 'es2022' },
});
console.log('  built react18');

// DOMPurify's own markers: its config names survive minification as strings.
const hasDompurify = (text) => /ALLOWED_ATTR|SAFE_FOR_TEMPLATES|RETURN_DOM_FRAGMENT/.test(text);
check(
  'the full app carries DOMPurify (for article bodies), in a lazy chunk only',
  hasDompurify(bundleText.full) && !hasDompurify(entryText.full),
);
for (const tag of elements.filter((t) => t !== 'article-view')) {
  check(`an app importing only reader-widgets/${tag} carries no DOMPurify`, !hasDompurify(bundleText[tag]));
}

// --- 4. in the browser: built apps and the CDN files ------------------------------------------------
const cdn = join(work, 'cdn');
mkdirSync(cdn, { recursive: true });
const markup = elements
  .map(
    (tag) =>
      `<${tag} ${dataAttribute(tag)}='${JSON.stringify(sampleData(tag)).replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'${tag === 'trending-ticker' ? ' mode="static"' : ''}></${tag}>`,
  )
  .join('\n');
const cdnBase = '../app/node_modules/reader-widgets/dist/cdn';
const page = (title, script) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${script}</head><body>\n${markup}\n</body></html>`;
writeFileSync(join(cdn, 'module.html'), page('CDN module', `<script type="module" src="${cdnBase}/reader-widgets.js"></script>`));
writeFileSync(join(cdn, 'iife.html'), page('CDN classic script', `<script src="${cdnBase}/reader-widgets.iife.js"></script>`));
for (const tag of elements) {
  writeFileSync(
    join(cdn, `${tag}.html`),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${tag}</title><script type="module" src="${cdnBase}/${tag}.js"></script></head><body>${markup}</body></html>`,
  );
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = join(work, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(work) || !existsSync(path) || statSync(path).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });

/** Opens a page, waits for `ready` (a function run in the page), returns what `probe` reads and the console errors. */
async function visit(path, ready, probe, ...args) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    await tab.goto(`${origin}/${path}`, { waitUntil: 'load' });
    await tab.waitForFunction(ready, { timeout: 10000 }, ...args);
    return { value: await tab.evaluate(probe), problems };
  } catch (error) {
    return { value: undefined, problems: [...problems, error.message] };
  } finally {
    await tab.close();
  }
}

const defined = () =>
  Object.fromEntries(['article-view', 'related-list', 'trending-ticker'].map((t) => [t, customElements.get(t) !== undefined]));
try {
  console.log('built apps in Chromium');
  const classes = await visit(
    'app/classes/dist/index.html',
    () => window.appReady === true,
    () => ({
      defined: Object.values({
        ...Object.fromEntries(['article-view', 'related-list', 'trending-ticker'].map((t) => [t, customElements.get(t) !== undefined])),
      }),
      isClass: typeof window.ArticleViewClass === 'function',
    }),
  );
  check(
    'reader-widgets/classes registers no tag and gives the class',
    classes.value?.isClass === true && classes.value.defined.every((d) => d === false) && classes.problems.length === 0,
    JSON.stringify(classes),
  );
  const full = await visit('app/full/dist/index.html', () => window.appReady === true, defined);
  check(
    `import 'reader-widgets' registers ${elements.join(', ')}`,
    elements.every((t) => full.value?.[t]) && full.problems.length === 0,
    JSON.stringify(full),
  );
  for (const tag of elements) {
    const one = await visit(`app/${tag}/dist/index.html`, () => window.appReady === true, defined);
    const others = elements.filter((t) => t !== tag);
    check(
      `import 'reader-widgets/${tag}' registers <${tag}> only (sideEffects keeps it)`,
      one.value?.[tag] === true && others.every((t) => one.value[t] === false) && one.problems.length === 0,
      JSON.stringify(one),
    );
  }

  console.log('the React 18 app in Chromium');
  const react18Page = await visit(
    'react18/dist/index.html',
    () =>
      window.appReady === true &&
      ['article-view', 'related-list', 'trending-ticker'].every((t) =>
        document.querySelector(t)?.shadowRoot?.querySelector('[part~="title"]'),
      ),
    () => ({
      version: window.reactVersion,
      shown: ['article-view', 'related-list', 'trending-ticker'].map((tag) => {
        const el = document.querySelector(tag);
        return {
          tag,
          attribute: el?.getAttribute(tag === 'article-view' ? 'article' : 'items') ?? null,
          error: el?.shadowRoot?.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
          titles: [...(el?.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].length,
        };
      }),
    }),
  );
  check(
    'React 18: <ArticleView>, <RelatedList>, <TrendingTicker> render objects (no attribute strings, no error state)',
    /^18\./.test(react18Page.value?.version) &&
      react18Page.value.shown.every((s) => s.attribute === null && s.error === null && s.titles > 0) &&
      react18Page.problems.length === 0,
    JSON.stringify(react18Page),
  );
  const routed = await visit(
    'react18/dist/index.html',
    () => window.appReady === true && document.querySelector('related-list')?.shadowRoot?.querySelector('[part~="link"]'),
    async () => {
      const before = location.href;
      document.querySelector('related-list').shadowRoot.querySelectorAll('[part~="link"]')[1].click();
      const article = document.querySelector('article-view');
      for (let frame = 0; frame < 120 && article.shadowRoot.querySelector('[part~="title"]')?.textContent !== 'Related two'; frame++) {
        await new Promise(requestAnimationFrame);
      }
      return {
        stayed: location.href === before,
        routed: window.routed,
        title: article.shadowRoot.querySelector('[part~="title"]')?.textContent,
      };
    },
  );
  check(
    'React 18: onReaderSelect routes in the app (preventDefault, no navigation, the article swaps)',
    routed.value?.stayed === true && routed.value.routed === 1 && routed.value.title === 'Related two' && routed.problems.length === 0,
    JSON.stringify(routed),
  );

  console.log('CDN files from a plain HTML page');
  const rendered = (tags) =>
    tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector('[part~="title"]')));
  const titles = () =>
    [...document.body.children].map(
      (el) => `${el.localName}: ${el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim().slice(0, 20)}`,
    );
  for (const [file, tags] of [['module.html', elements], ['iife.html', elements], ...elements.map((tag) => [`${tag}.html`, [tag]])]) {
    const result = await visit(`cdn/${file}`, rendered, titles, tags);
    const articleShown = !tags.includes('article-view') || result.value?.includes(`article-view: ${seed.article.title.slice(0, 20)}`);
    check(
      `${file}: ${tags.map((t) => `<${t}>`).join(' ')} render, no console errors`,
      result.value !== undefined && articleShown && result.problems.length === 0,
      result.problems.join('\n       ') || JSON.stringify(result.value),
    );
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`\npack-test: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
