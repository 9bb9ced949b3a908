import { data, setUpPage } from './docs.js';
import type { TrendingTicker } from '../../src/classes.js';

setUpPage();
const seed = await data<{ trending: unknown[] }>('seed-portal.json');
document.querySelector<TrendingTicker>('#hero-ticker')!.items = seed.trending;
