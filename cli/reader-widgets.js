#!/usr/bin/env node
/**
 * The `reader-widgets` command (the package's `bin`). One subcommand, `render`: pre-renders the widgets
 * of a static HTML page as declarative shadow DOM (see cli/render-page.js, and "Server rendering" in the
 * docs). Argument parsing, messages and exit codes live here.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes } from './load-data.js';

const EXIT = { ok: 0, notRendered: 1, usage: 2 };
const DEFAULT_TIMEOUT_S = 10;
const DEFAULT_MAX_BYTES = 6 * 1024 * 1024; // what the elements read in the browser (sourceSettings.maxBytes)

const HELP = `Usage: reader-widgets render <page.html> [-o <out.html>] [options]

Pre-renders the <article-view>, <related-list> and <trending-ticker> elements of an HTML page
as declarative shadow DOM, with their data, so their content is in the page's first bytes.
An element is rendered when it has data: a src (a file path relative to the page, or an
http(s) URL), an article/items attribute, or a <script type="application/json"> child.
Everything else in the page is kept byte for byte. The page should then load
reader-widgets.hydrate.js (or import 'reader-widgets/hydrate') instead of reader-widgets.js.

Needs @lit-labs/ssr installed next to reader-widgets, and jsdom for article bodies and
RSS/Atom feeds:  npm install --save-dev reader-widgets @lit-labs/ssr jsdom

Options:
  -o, --output <file>    where to write the page (default: standard output)
      --check            exit with status 1 if any element could not be rendered
      --page-url <url>   the page's address on the site: links, exclude and rel resolve against it
      --root <dir>       what a root-relative src ("/data/feed.json") is relative to
                         (default: the page's folder)
      --time-zone <zone> the IANA time zone absolute dates are written in (default: UTC)
      --timeout <s>      how long a remote src may take, in seconds (default: ${DEFAULT_TIMEOUT_S})
      --max-size <size>  the largest data read, e.g. 500KB or 2MB (default: ${formatBytes(DEFAULT_MAX_BYTES)})
      --csp-hashes       print the style-src hashes of the rendered elements' styles, for a
                         Content-Security-Policy without 'unsafe-inline'
      --hydrate          also point a <script src=".../reader-widgets.js"> at reader-widgets.hydrate.js
  -q, --quiet            print problems only, no summary
  -h, --help             show this help
  -v, --version          show the version

An element that cannot be rendered (unreachable, HTTP error, too large, not a feed, bad data)
is left as it was, so it still loads in the browser, with a warning naming it and why.

Exit status: 0 done (warnings may have been printed); 1 --check and some element was not
rendered (the output is still written); 2 bad arguments, or the page could not be read.`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  check: { type: 'boolean' },
  'page-url': { type: 'string' },
  root: { type: 'string' },
  'time-zone': { type: 'string' },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
  hydrate: { type: 'boolean' },
  'csp-hashes': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

class UsageError extends Error {}

/** `500KB`, `2MB`, `1.5 MiB`, `300000` → bytes. */
function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m)?\s*$/i.exec(text);
  if (!match) throw new UsageError(`--max-size "${text}" is not a size (e.g. 500KB, 2MB)`);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  return Math.floor(Number(match[1]) * (unit === 'm' ? 1024 * 1024 : unit === 'k' ? 1024 : 1));
}

function parseTimeout(text) {
  const seconds = Number(text);
  if (!(seconds > 0)) throw new UsageError(`--timeout "${text}" is not a number of seconds`);
  return seconds * 1000;
}

function checkTimeZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new UsageError(`--time-zone "${zone}" is not an IANA time zone (e.g. Europe/Paris)`);
  }
  return zone;
}

function checkPageUrl(url) {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UsageError(`--page-url "${url}" is not an http(s) URL`);
  return url;
}

/** Reads the page as UTF-8, keeping a byte-order mark, so the output differs only where elements were. */
async function readPage(file) {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file} (${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text; save it as UTF-8 first`);
  }
}

/** Imports the renderer, or explains what to install. */
async function checkRenderer() {
  try {
    await import('@lit-labs/ssr');
  } catch {
    throw new UsageError('rendering needs @lit-labs/ssr installed next to reader-widgets: npm install --save-dev @lit-labs/ssr jsdom');
  }
}

const describe = ({ tag, src, line, column }, file) => `${file}:${line}:${column} <${tag}${src === undefined ? '' : ` src="${src}"`}>`;

const KIND = {
  unreachable: 'unreachable',
  http: 'HTTP error',
  'too-large': 'too large',
  'not-a-feed': 'not a feed',
  unsupported: 'unsupported src',
  'bad-data': 'bad data',
  'render-failed': 'could not be rendered',
};

async function render(args, values) {
  if (args.length !== 1)
    throw new UsageError(args.length ? 'render takes one page' : 'render needs a page: reader-widgets render page.html -o out.html');
  const input = args[0];
  const pageDir = dirname(resolve(input));
  const options = {
    pageDir,
    root: resolve(values.root ?? pageDir),
    pageUrl: values['page-url'] === undefined ? undefined : checkPageUrl(values['page-url']),
    timeZone: values['time-zone'] === undefined ? undefined : checkTimeZone(values['time-zone']),
    timeoutMs: values.timeout === undefined ? DEFAULT_TIMEOUT_S * 1000 : parseTimeout(values.timeout),
    maxBytes: values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']),
    hydrateScript: values.hydrate === true,
  };
  const html = await readPage(input);
  await checkRenderer();
  const { renderPage } = await import('./render-page.js');
  const result = await renderPage(html, options);

  for (const problem of result.problems) {
    const outcome = values.check ? 'not rendered' : 'left as it was';
    console.error(`reader-widgets: ${describe(problem, input)}: ${KIND[problem.kind] ?? problem.kind}: ${problem.message}; ${outcome}`);
  }
  for (const hint of result.hints) console.error(`reader-widgets: hint: ${input}:${hint}`);
  if (values['csp-hashes'] && result.styleHashes.length > 0) console.error(`reader-widgets: style-src ${result.styleHashes.join(' ')}`);
  if (values.output === undefined) process.stdout.write(result.html);
  else await writeFile(values.output, result.html);
  if (!values.quiet) {
    const total = result.rendered.length + result.problems.length;
    const into = values.output === undefined ? '' : ` into ${values.output}`;
    console.error(`reader-widgets: rendered ${result.rendered.length} of ${total} element${total === 1 ? '' : 's'}${into}`);
  }
  return values.check && result.problems.length > 0 ? EXIT.notRendered : EXIT.ok;
}

async function main(argv) {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    console.log(pkg.version);
    return EXIT.ok;
  }
  const [command, ...args] = positionals;
  if (command === 'render') return render(args, values);
  throw new UsageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || error?.code?.startsWith?.('ERR_PARSE_ARGS');
  console.error(`reader-widgets: ${usage ? error.message : (error?.stack ?? error)}`);
  if (usage) console.error('Run `reader-widgets --help` for usage.');
  process.exitCode = usage ? EXIT.usage : EXIT.notRendered; // an unexpected error: nothing can be promised
}
