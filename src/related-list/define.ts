import { RelatedList } from './related-list.js';
import { define } from '../base/define.js';

define('related-list', RelatedList);

export { RelatedList };
