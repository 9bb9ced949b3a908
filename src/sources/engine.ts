/**
 * The code that turns a `src` (or inline data) into reader JSON: the source controller, HTTP with
 * retries, the page-wide cache, and every feed format. Elements load it on first use (`engine-loader.ts`), so a page whose widgets get
 * their data as a property or attribute never downloads it, and each element's own file stays small.
 */
export { clearSourceCache, requestSource } from './cache.js';
export { toReaderJson } from './formats/detect.js';
export { SourceController, inlineResult } from './source-controller.js';
