/**
 * `import 'reader-widgets/hydrate'`: the elements for a page rendered on a server (`reader-widgets/ssr`,
 * or `npx reader-widgets render`). Loads Lit's hydration support first, then registers the three
 * elements: each one adopts its server-rendered shadow root (declarative shadow DOM) and the data next to
 * it instead of rendering and fetching again. Import it before anything else that loads Lit's
 * `LitElement` (the support must be installed before that class is first evaluated), and instead of
 * `reader-widgets`. The script-tag equivalent is `dist/cdn/reader-widgets.hydrate.js`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
