// ReDoS check (part of `npm run lint`): every regular expression literal in src/ is scored with
// redos-detector, which counts the ways a pattern can match one input. A high score means an input
// that fails to match can make the engine backtrack exponentially or polynomially; ESLint's
// eslint-plugin-regexp rules (eslint.config.js) catch the related "super-linear move" case (a search
// restarting at every character). Over untrusted text, rewrite such a pattern or use a scanner loop.
// Run: node scripts/check-regex.mjs [file-or-dir …] (default: src/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSafe } from 'redos-detector';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
/** Highest accepted score: a few ways to match a prefix is fine, hundreds are not. */
const MAX_SCORE = 10;
/** Patterns that score higher but only ever see a short, bounded input: the pattern, and why it is fine. */
const BOUNDED = new Map([['^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*["\']([\\w.:-]+)["\']', 'http.ts reads only the first 200 bytes with it']]);

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

/** Every regex literal in a file, with its line. */
function* regexLiterals(path) {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = function* (node) {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const slash = literal.lastIndexOf('/');
      yield {
        pattern: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
        line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
      };
    }
    for (const child of node.getChildren(file)) yield* visit(child);
  };
  yield* visit(file);
}

let checked = 0;
const problems = [];
const roots = process.argv.length > 2 ? process.argv.slice(2) : [join(ROOT, 'src')];
const paths = roots.flatMap((root) => (/\.tsx?$/.test(root) ? [root] : [...sourceFiles(root)]));
for (const path of paths) {
  for (const { pattern, flags, line } of regexLiterals(path)) {
    checked++;
    if (BOUNDED.has(pattern)) continue;
    // Scored as anchored at one position: redos-detector then measures backtracking there, while a
    // search restarting at every position (the "move" case) is ESLint's regexp/no-super-linear-move.
    // (Unanchored, it flags even `/a0*5/`, which is linear.) Only the i, u and s flags change the score.
    const anchored = new RegExp(`^(?:${pattern})`, flags.replace(/[^ius]/g, ''));
    const result = isSafe(anchored, { maxScore: MAX_SCORE, maxSteps: 20000, timeout: 5000 });
    if (!result.safe) {
      const why = result.error
        ? `could not be proven safe (${result.error})`
        : `score ${result.score.infinite ? 'infinite' : result.score.value}`;
      problems.push(`${relative(ROOT, path)}:${line}  /${pattern}/${flags}  ${why}`);
    }
  }
}
if (problems.length > 0) {
  console.error(`ReDoS check: ${problems.length} of ${checked} regular expressions may backtrack super-linearly:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`ReDoS check: ${checked} regular expressions in src/, none over score ${MAX_SCORE}.`);
