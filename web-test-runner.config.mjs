// Browser tests: every test/**/*.test.ts runs in a real headless browser. TypeScript (with Lit's
// decorators) is compiled on the fly by esbuild from the source, never from dist/.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath, firefoxPath, parseEngines, withStartRetries } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { frameworkPlugins } from './test/frameworks/serve-frameworks.mjs';
import { securityMiddleware } from './test/security/server.mjs';
import { cdnMiddleware } from './test/cdn/cdn-server.mjs';
import { failingChunkMiddleware } from './test/base/failing-chunk-server.mjs';
import { corsMiddleware } from './test/sources/cors-server.mjs';
import { hydrateCdnMiddleware, serverRenderPlugin } from './test/hydrate/ssr-plugin.mjs';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';

// Engines: ENGINES=chromium,firefox,webkit picks them; a plain `web-test-runner` run (the quick loop
// on one file) uses Chromium alone. `npm test` (scripts/test.mjs) runs every engine, one run each.
const launchers = {
  chromium: () =>
    withStartRetries(
      chromeLauncher({
        launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs, timeout: 90000 },
      }),
      { label: 'Chromium' },
    ),
  // Firefox ESR through puppeteer's WebDriver BiDi: no geckodriver, no downloaded browser.
  firefox: () =>
    withStartRetries(
      chromeLauncher({
        launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, timeout: 90000 },
      }),
      { label: 'Firefox' },
    ),
  // Loaded only when asked for, so the other engines run without WebKit's packages installed.
  webkit: async () => (await import('./scripts/webkit-launcher.mjs')).webkitLauncher(),
};
const browsers = await Promise.all(parseEngines(process.env.ENGINES || 'chromium').map((name) => launchers[name]()));

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: true,
  browsers,
  // Focus and hover tests need the page to themselves (and WebKit's driver runs files in iframes otherwise).
  concurrency: 1,
  concurrentBrowsers: 1,
  // Generous limits: the machines that run this are small and shared, and WebKit starts a display first.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 180000,
  reporters: [defaultReporter(), countReporter()],
  // serverRenderPlugin: elements rendered as a server renders them, for test/hydrate. litSsrPlugin: the
  // `lit-ssr-render` command of @lit-labs/testing's ssrFixture, for test/modes (a Node worker per
  // fixture, which first loads this module: the elements from src/, readied for the fixture's render).
  plugins: [
    ...frameworkPlugins,
    serverRenderPlugin(),
    litSsrPlugin({ workerInitModules: ['./test/modes/ssr-worker-init.mjs'] }),
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  // Strict-CSP pages and a request-recording "third party" for test/security; a feed host on another
  // origin that refuses preflights for test/sources/cross-origin.test.ts; the script-tag build served
  // as owners' sites serve it for test/cdn; the hydrating script-tag build for test/hydrate; a lazy chunk
  // that fails to load for test/base/lazy-chunk-failures.test.ts.
  middleware: [securityMiddleware, corsMiddleware, cdnMiddleware, hydrateCdnMiddleware, failingChunkMiddleware],
  // A ceiling for a hung test, not a speed check: axe over the long seed article takes several seconds in
  // Firefox and WebKit on a busy two-core machine.
  testFramework: { config: { timeout: 30000 } },
};
