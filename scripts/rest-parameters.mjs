// A build plugin for the script-tag builds (vite.config.ts, modes `cdn` and `cdn-iife`).
//
// Libraries compiled by Babel spell a rest parameter as a copy loop over `arguments`:
//   function (thisArg) { for (var _len = arguments.length, args = new Array(_len > 1 ? _len - 1 : 0), _key = 1; …) args[_key - 1] = arguments[_key]; … }
// oxc's minifier turns that loop into `var args = [...arguments].slice(1)`, which V8 runs far slower.
// DOMPurify calls such a wrapper (`unapply`, around every String/Array/RegExp method it uses) several
// times per node: with the rewrite, sanitizing a 1 MB article body took 2.6x as long in Chromium.
// This plugin turns the loop back into the rest parameter it was compiled from (`function (thisArg,
// ...args)`, same value, same `length`), which the minifier keeps and V8 optimizes.

/** One copy step of the loop: `args[_key - 1] = arguments[_key];`. */
const COPY = String.raw`\k<args>\[\k<key>(?: - \k<start>)?\] = arguments\[\k<key>\];`;
/** A function head followed by Babel's rest-parameter loop (its body with or without braces). */
const BABEL_REST_LOOP = new RegExp(
  String.raw`function(?<name>\s*[\w$]*\s*)\((?<params>[\w$\s,]*)\)\s*\{(?<space>\s*)` +
    String.raw`for \(var (?<len>[\w$]+) = arguments\.length, (?<args>[\w$]+) = new Array\(\k<len>(?: > (?<skip>\d+) \? \k<len> - \k<skip> : 0)?\), ` +
    String.raw`(?<key>[\w$]+) = (?<start>\d+); \k<key> < \k<len>; \k<key>\+\+\) ` +
    `(?:\\{\\s*${COPY}\\s*\\}|${COPY})`,
  'g',
);

/** Rewrites the loops in one module's code; returns the new code and how many it rewrote. */
export function restoreRestParameters(code) {
  let count = 0;
  const result = code.replace(BABEL_REST_LOOP, (...match) => {
    const { name, params, space, args, skip, start } = match.at(-1);
    const named = params
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    // Only the plain form: the loop copies every argument after the named parameters.
    if (Number(start) !== named.length || Number(skip ?? 0) !== named.length) return match[0];
    count += 1;
    return `function${name}(${[...named, `...${args}`].join(', ')}) {${space}`;
  });
  return { code: result, count };
}

/** Vite/Rolldown plugin: applies `restoreRestParameters` to DOMPurify (warns if nothing matched, e.g. after an update). */
export function restParameters() {
  return {
    name: 'reader-rest-parameters',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]dompurify[\\/]/.test(id)) return null;
      const { code: rewritten, count } = restoreRestParameters(code);
      if (count === 0) {
        this.warn(`no Babel rest-parameter loop found in ${id}: check that DOMPurify's wrappers still minify to a rest parameter`);
        return null;
      }
      return { code: rewritten, map: null };
    },
  };
}
