// Lets Node import the TypeScript sources (src/**/*.ts) as they are, for the server renders the hydration
// tests make in web-test-runner's Node process (a worker per render, see ssr-plugin.mjs and
// litSsrPlugin's `workerInitModules` in web-test-runner.config.mjs). Imported first in such a worker.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
