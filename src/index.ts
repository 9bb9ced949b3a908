/**
 * `import 'reader-widgets'` registers every element (this is the package's only side effect) and
 * exports the classes and types.
 */
import './article-view/define.js';
import './related-list/define.js';
import './trending-ticker/define.js';

export * from './classes.js';
