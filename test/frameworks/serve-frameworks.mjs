// How the test server hands React (18 and 19) and Vue to the browser, the way an app's bundler would.
// - React and ReactDOM ship CommonJS only. esbuild bundles them once into one ES module (one React
//   instance, `process.env.NODE_ENV` replaced as every bundler does), and each specifier (`react`,
//   `react/jsx-runtime`, `react-dom/client`, …) gets a small wrapper re-exporting its names, read from
//   the CommonJS module itself, so tests use ordinary named imports.
// - Vue's full ES build (with the template compiler) stands in for `vue`, so tests write templates
//   exactly as an app's .vue files would, compiled at run time.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const reactSpecifiers = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

// Two Reacts: the root's react@19, and react@18 from the npm workspace test/frameworks/react18 (its own
// node_modules, since react-dom@18 needs react@18 beside it). A module asks for React 18 by its path
// (test/frameworks/react18*.test.tsx) or by `?react=18` (src/react.ts as that test imports it), so
// `reader-widgets/react` itself is tested against both.
const reacts = {
  19: { dir: process.cwd(), prefix: '/__frameworks/react19/' },
  18: { dir: resolve(process.cwd(), 'test/frameworks/react18'), prefix: '/__frameworks/react18/' },
};
const wrapperPath = (react, specifier) => `${react.prefix}${specifier.replaceAll('/', '__')}.js`;

/** React and ReactDOM of one version, bundled once into one ES module (one React instance). */
function reactBundle(react) {
  react.bundle ??= build({
    stdin: {
      contents: `module.exports = {${reactSpecifiers.map((s) => `${JSON.stringify(s)}: require(${JSON.stringify(s)})`).join(', ')}};`,
      resolveDir: react.dir,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0].text);
  return react.bundle;
}

/** Each module's export names, read in a child Node (React's dev build writes to the console as it loads). */
function namesOf(react, specifier) {
  react.exportNames ??= JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(reactSpecifiers)}.map((s) => [s, Object.keys(require(s))]))))`,
      ],
      { encoding: 'utf8', cwd: react.dir },
    ),
  );
  return react.exportNames[specifier].filter(isIdentifier);
}

function wrapper(react, specifier) {
  const names = namesOf(react, specifier);
  return `import all from '${react.prefix}react-bundle.js';
const m = all[${JSON.stringify(specifier)}];
export default m;
export const { ${names.join(', ')} } = m;
`;
}

const wantsReact18 = (context) => /\/react18[^/]*\.test\.tsx$/.test(context.path) || context.URL.searchParams.get('react') === '18';

const frameworks = {
  name: 'framework-modules',
  resolveImport({ source, context }) {
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    const react = wantsReact18(context) ? reacts[18] : reacts[19];
    if (reactSpecifiers.includes(source)) return wrapperPath(react, source);
    // The React 18 test's `reader-widgets/react` must import React 18 too (its other imports stay shared).
    if (react === reacts[18] && /\/src\/react\.js$/.test(source)) return `${source.replace(/\.js$/, '.ts')}?react=18`;
    return undefined;
  },
  async serve(context) {
    const react = Object.values(reacts).find((r) => context.path.startsWith(r.prefix));
    if (!react) return undefined;
    if (context.path === `${react.prefix}react-bundle.js`) return { body: await reactBundle(react), type: 'js' };
    const specifier = reactSpecifiers.find((s) => wrapperPath(react, s) === context.path);
    return specifier ? { body: wrapper(react, specifier), type: 'js' } : undefined;
  },
};

export const frameworkPlugins = [frameworks];
