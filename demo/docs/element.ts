// Element pages: the live examples that need an object set as a property (the others use `src`).
import { data, setUpPage } from './docs.js';
import type { ArticleView, TrendingTicker } from '../../src/classes.js';

setUpPage();
const seed = await data<{ article: object; trending: unknown[] }>('seed-portal.json');
const seedArticle = document.querySelector<ArticleView>('#seed-article');
if (seedArticle) seedArticle.article = seed.article;
for (const ticker of document.querySelectorAll<TrendingTicker>('trending-ticker[id^="ticker-"]')) ticker.items = seed.trending;
