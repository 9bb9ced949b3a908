// Lets Node import the TypeScript sources (src/**/*.ts) as they are, for the server renders the hydration
// tests make in web-test-runner's Node process (a worker, see ssr-plugin.mjs). Imported first in such a
// worker. (test/modes's workers load a bundle of src/ instead: see test/modes/ssr-worker-init.mjs.)
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
