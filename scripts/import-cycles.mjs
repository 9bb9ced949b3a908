// `npm run lint` part: no import cycles in src/, type-only imports and `import()` included (ESLint's
// import-x/no-cycle checks value imports as you edit; it skips type-only ones). Arrows point down:
// elements → base → sources → core, and what a lazy chunk needs it imports downward, never back.
// Exits non-zero and prints each cycle when there is one.
//
//   node scripts/import-cycles.mjs [dir]   (default: src)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
        ? [join(dir, entry.name)]
        : [],
  );

/** A relative specifier as written (`./x.js`) to the source file it names (`./x.ts`). */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base, `${base}.ts`, join(base, 'index.ts')];
  return candidates.find((file) => existsSync(file) && /\.tsx?$/.test(file));
}

// Every import, export-from, `import()` and `typeof import()` of each file (TypeScript's own scanner).
const graph = new Map();
for (const file of files(root)) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  graph.set(file, [...new Set(importedFiles.map((i) => resolveImport(file, i.fileName)).filter(Boolean))]);
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(file) {
  state.set(file, { index, low: index, onStack: true });
  index++;
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (!state.has(next)) {
      visit(next);
      state.get(file).low = Math.min(state.get(file).low, state.get(next).low);
    } else if (state.get(next).onStack) state.get(file).low = Math.min(state.get(file).low, state.get(next).index);
  }
  if (state.get(file).low === state.get(file).index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component);
  }
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

/** The shortest loop from a component's first file back to it, for the message. */
function loop(component) {
  const inside = new Set(component);
  const start = component[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift();
    for (const next of graph.get(at)) {
      if (next === start) {
        const path = [start];
        for (let step = at; step !== start; step = previous.get(step)) path.splice(1, 0, step);
        return [...path, start];
      }
      if (inside.has(next) && !previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    }
  }
  return component;
}

const name = (file) => relative(process.cwd(), file);
if (cycles.length > 0) {
  console.error(`Import cycles in ${name(root)}/ (type-only imports and import() count too):`);
  for (const component of cycles) console.error(`  ${loop(component).map(name).join(' → ')}`);
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} modules in ${name(root)}/.`);
