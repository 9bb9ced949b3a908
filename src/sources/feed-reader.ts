/**
 * The feed reader: the code that turns a `src` (or inline data) into reader JSON, loaded on first use
 * (`feed-reader-loader.ts`): the source controller, HTTP with retries, the page-wide cache, and every
 * feed format. A page whose widgets get their data as a property or attribute never downloads it.
 */
export { clearSourceCache, requestSource } from './cache.js';
export { toReaderJson } from './formats/detect.js';
export { SourceController, inlineResult } from './source-controller.js';
