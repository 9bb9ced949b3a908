import { registerDateLocale } from '../src/index.js';
import { ar } from 'date-fns/locale/ar';
import type { ArticleView, RelatedList } from '../src/classes.js';

const article = document.querySelector<ArticleView>('#article')!;
const related = document.querySelector<RelatedList>('#related')!;

/** The side column's related block: a list in the portal's style, or cards with the current article left out. */
function showRelated(items: unknown, options: Partial<Pick<RelatedList, 'layout' | 'exclude' | 'heading' | 'empty'>> = {}) {
  related.layout = options.layout ?? 'list';
  related.exclude = options.exclude;
  related.heading = options.heading;
  related.empty = options.empty;
  related.items = items;
}

const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;

const pages = {
  seed: async () => {
    const seed = await (await fetch('./seed-portal.json')).json();
    document.documentElement.lang = 'zh-CN';
    document.querySelector('#page-title')!.textContent = '国际新闻';
    article.article = seed.article;
    showRelated(seed.related); // the seed's related block is empty: a quiet empty state under 相关文章
    return seed;
  },
  english: async () => {
    document.documentElement.lang = 'en';
    document.querySelector('#page-title')!.textContent = 'Culture';
    article.article = await (await fetch('./english-article.json')).json();
    showRelated(await (await fetch('./english-related.json')).json(), { layout: 'cards', exclude: 'en-1', heading: 'More from Culture' });
  },
  arabic: async () => {
    document.documentElement.lang = 'ar';
    document.querySelector('#page-title')!.textContent = 'ثقافة';
    article.article = await (await fetch('./arabic-article.json')).json();
    showRelated([], { heading: 'مقالات ذات صلة', empty: 'لا توجد مقالات ذات صلة بعد.' });
  },
};

// Date words beyond English and Chinese are opt-in, so they are not in every bundle.
registerDateLocale('ar', ar);

async function show(page: keyof typeof pages) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.page-switch')) {
    button.setAttribute('aria-pressed', String(button.dataset.page === page));
  }
  document.documentElement.dir = page === 'arabic' ? 'rtl' : 'ltr';
  await pages[page]();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.page-switch')) {
  button.addEventListener('click', () => show(button.dataset.page as keyof typeof pages));
}

themeSelect.addEventListener('change', () => {
  const theme = themeSelect.value;
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll('article-view, related-list, trending-ticker')) el.setAttribute('theme', theme);
});

document.addEventListener('reader-error', (event) => console.warn('reader-error', event.detail.message));

const requested = new URLSearchParams(location.search).get('page');
void show(requested && requested in pages ? (requested as keyof typeof pages) : 'seed');
