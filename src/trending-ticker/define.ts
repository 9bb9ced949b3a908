import { TrendingTicker } from './trending-ticker.js';
import { define } from '../base/define.js';

define('trending-ticker', TrendingTicker);

export { TrendingTicker };
