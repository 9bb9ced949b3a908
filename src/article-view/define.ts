import { ArticleView } from './article-view.js';
import { define } from '../base/define.js';

define('article-view', ArticleView);

export { ArticleView };
