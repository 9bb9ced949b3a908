// Browser tests: every test/**/*.test.ts runs in a real headless browser. TypeScript (with Lit's
// decorators) is compiled on the fly by esbuild from the source, never from dist/.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/browsers.mjs';

const browsers = [
  chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } }),
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // Focus and hover tests need the page to themselves.
  concurrency: 1,
  concurrentBrowsers: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  testFramework: { config: { timeout: 10000 } },
};
