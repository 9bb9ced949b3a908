// Runs svelte-check on the Svelte consumer files: ArticlePage.svelte must be clean, and Wrong.svelte must
// fail on exactly the lines that follow an `<!-- expect-error: … -->` comment (Svelte markup has no
// @ts-expect-error of its own).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const run = spawnSync(
  process.execPath,
  ['node_modules/svelte-check/bin/svelte-check', '--workspace', dir, '--tsconfig', `${dir}tsconfig.json`, '--output', 'machine', '--fail-on-warnings'],
  { encoding: 'utf8' },
);
const problems = run.stdout
  .split('\n')
  .map((line) => line.match(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/))
  .filter(Boolean)
  .map(([, kind, file, line, message]) => ({ kind, file, line: Number(line), message }));
if (!/COMPLETED/.test(run.stdout)) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

const expected = readFileSync(`${dir}Wrong.svelte`, 'utf8')
  .split('\n')
  .flatMap((text, i) => (text.includes('<!-- expect-error:') ? [i + 2] : []));
const failures = [];
for (const line of expected) {
  if (!problems.some((p) => p.file === 'Wrong.svelte' && p.kind === 'ERROR' && p.line === line)) failures.push(`Wrong.svelte:${line} type-checked but should not`);
}
for (const p of problems) {
  if (!(p.file === 'Wrong.svelte' && p.kind === 'ERROR' && expected.includes(p.line))) failures.push(`${p.file}:${p.line} ${p.kind}: ${p.message}`);
}
if (failures.length) {
  console.error(`svelte types: ${failures.length} problem(s)\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`svelte types: ArticlePage.svelte clean, ${expected.length} expected errors in Wrong.svelte`);
