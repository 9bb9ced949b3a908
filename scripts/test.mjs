// `npm test`: the whole browser suite in every engine, one web-test-runner run per engine (one browser
// at a time on a small machine), then one line of counts per engine. Exits non-zero when any engine
// failed, could not start, or is not installed.
//
//   npm test                                  Chromium, Firefox ESR and WebKit
//   npm test -- --engine chromium             one engine (a comma list picks several); or ENGINES=...
//   npm test -- --engine webkit "test/core/**/*.test.ts"   anything else goes to web-test-runner
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { engines, parseEngines } from './browsers.mjs';
import { missingBrowsersMessage } from './check-browser.mjs';

const wtrBin = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');

function parseArgs(argv) {
  const chosen = [];
  const rest = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--engine' || arg === '--engines') chosen.push(argv[(i += 1)] ?? '');
    else if (arg.startsWith('--engine=') || arg.startsWith('--engines=')) chosen.push(arg.slice(arg.indexOf('=') + 1));
    else rest.push(arg);
  }
  return { engineList: chosen.length ? chosen.join(',') : process.env.ENGINES, rest };
}

let names;
const { engineList, rest } = parseArgs(process.argv.slice(2));
try {
  names = parseEngines(engineList);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const missing = missingBrowsersMessage(names);
if (missing) {
  console.error(missing);
  process.exit(1);
}

let interrupted = false;
let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Pass it on (a second Ctrl-C is harmless: the runner stops once), let the test runner shut its
    // browser down, then stop instead of starting the next engine.
    interrupted = true;
    current?.kill(signal);
  });
}

function runEngine(name) {
  const dir = mkdtempSync(join(tmpdir(), 'reader-test-'));
  const countsFile = join(dir, 'counts.json');
  const started = Date.now();
  return new Promise((resolve) => {
    current = spawn(process.execPath, [wtrBin, ...rest], {
      stdio: 'inherit',
      env: { ...process.env, ENGINES: name, READER_TEST_COUNTS: countsFile },
    });
    current.on('exit', (code, signal) => {
      current = undefined;
      let counts;
      try {
        counts = JSON.parse(readFileSync(countsFile, 'utf8'));
      } catch {
        // The runner never got to report (bad arguments, no files, a crash).
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ name, code: code ?? 1, signal, counts, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const results = [];
for (const name of names) {
  if (interrupted) break;
  console.log(`\n=== ${engines[name].label}: web-test-runner ${rest.join(' ')}`.trimEnd() + '\n');
  results.push(await runEngine(name));
}

const pad = (value, width) => String(value).padStart(width);
console.log('\nBrowser tests by engine:');
for (const { name, code, signal, counts, seconds } of results) {
  const verdict = code === 0 ? 'ok' : `FAILED (${signal ? `killed by ${signal}` : `exit ${code}`})`;
  const line = counts
    ? `${pad(counts.files, 3)} files ${pad(counts.passed, 5)} passed ${pad(counts.failed, 3)} failed ${pad(counts.skipped, 3)} skipped`
    : '  no results';
  console.log(`  ${engines[name].label.padEnd(31)} ${line}  ${pad(seconds.toFixed(0), 4)} s  ${verdict}`);
  for (const file of counts?.brokenFiles ?? []) console.log(`      errors in ${relative(process.cwd(), file)}`);
}
if (interrupted) console.log('  (interrupted: the remaining engines did not run)');

const failed = interrupted || results.some((result) => result.code !== 0);
process.exit(failed ? 1 : 0);
