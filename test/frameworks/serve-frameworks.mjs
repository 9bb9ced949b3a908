// How the test server hands React and Vue to the browser, the way an app's bundler would.
// - React and ReactDOM ship CommonJS only. esbuild bundles them once into one ES module (one React
//   instance, `process.env.NODE_ENV` replaced as every bundler does), and each specifier (`react`,
//   `react/jsx-runtime`, `react-dom/client`, …) gets a small wrapper re-exporting its names, read from
//   the CommonJS module itself, so tests use ordinary named imports.
// - Vue's full ES build (with the template compiler) stands in for `vue`, so tests write templates
//   exactly as an app's .vue files would, compiled at run time.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const reactSpecifiers = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];
const prefix = '/__frameworks/';
const wrapperPath = (specifier) => `${prefix}${specifier.replaceAll('/', '__')}.js`;
const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

let bundle;
async function reactBundle() {
  bundle ??= build({
    stdin: {
      contents: `module.exports = {${reactSpecifiers.map((s) => `${JSON.stringify(s)}: require(${JSON.stringify(s)})`).join(', ')}};`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

let exportNames;
/** Each module's export names, read in a child Node (React's dev build writes to the console as it loads). */
function namesOf(specifier) {
  exportNames ??= JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(reactSpecifiers)}.map((s) => [s, Object.keys(require(s))]))))`,
      ],
      { encoding: 'utf8' },
    ),
  );
  return exportNames[specifier].filter(isIdentifier);
}

function wrapper(specifier) {
  const names = namesOf(specifier);
  return `import all from '${prefix}react-bundle.js';
const m = all[${JSON.stringify(specifier)}];
export default m;
export const { ${names.join(', ')} } = m;
`;
}

const frameworks = {
  name: 'framework-modules',
  resolveImport({ source }) {
    if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
    if (reactSpecifiers.includes(source)) return wrapperPath(source);
    return undefined;
  },
  async serve(context) {
    if (!context.path.startsWith(prefix)) return undefined;
    if (context.path === `${prefix}react-bundle.js`) return { body: await reactBundle(), type: 'js' };
    const specifier = reactSpecifiers.find((s) => wrapperPath(s) === context.path);
    return specifier ? { body: wrapper(specifier), type: 'js' } : undefined;
  },
};

export const frameworkPlugins = [frameworks];
