import '../src/index.js';
import type { ArticleView, RelatedList, TrendingTicker } from '../src/classes.js';

const article = document.querySelector<ArticleView>('#article')!;
const related = document.querySelector<RelatedList>('#related')!;
const trending = document.querySelector<TrendingTicker>('#trending')!;
// ?ticker=rotate or ?ticker=static shows the ticker's other modes.
trending.mode = (new URLSearchParams(location.search).get('ticker') as TrendingTicker['mode']) ?? 'scroll';

const englishTrending = [
  {
    id: 'en-t1',
    title: 'Harbour bridge reopens after a two-year restoration',
    summary: 'Engineers replaced 4,000 rivets and repainted the span in its original grey.',
    url: '#bridge',
  },
  {
    id: 'en-t2',
    title: 'City library extends weekend opening hours',
    summary: 'All branches will stay open until 8 pm on Saturdays from next month.',
    url: '#library',
  },
  {
    id: 'en-t3',
    title: 'Night market returns to the old port',
    summary: 'Forty stalls, live music and a late ferry back across the bay.',
    url: '#market',
  },
  {
    id: 'en-t4',
    title: 'Orchestra announces a season of free lunchtime concerts',
    summary: 'Twelve short programmes in the concert hall foyer, no tickets needed.',
    url: '#concerts',
  },
  {
    id: 'en-t5',
    title: 'New cycle lane links the station and the university',
    summary: 'The 3 km route is separated from traffic along its whole length.',
    url: '#cycle',
  },
];
const arabicTrending = [
  {
    id: 'ar-t1',
    title: 'افتتاح معرض الكتاب السنوي في وسط المدينة',
    summary: 'يشارك أكثر من مئتي ناشر في دورة هذا العام.',
    url: '#book-fair',
  },
  {
    id: 'ar-t2',
    title: 'ترميم المسرح القديم يقترب من نهايته',
    summary: 'من المتوقع أن يستقبل المسرح جمهوره في الربيع المقبل.',
    url: '#theatre',
  },
  { id: 'ar-t3', title: 'مهرجان الموسيقى يعود إلى الساحة الكبرى', summary: 'ثلاث ليال من العروض المجانية للعائلات.', url: '#music' },
];

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
    trending.items = seed.trending; // nine headlines, titled 热门 from the page language
    return seed;
  },
  english: async () => {
    document.documentElement.lang = 'en';
    document.querySelector('#page-title')!.textContent = 'Culture';
    article.article = await (await fetch('./english-article.json')).json();
    showRelated(await (await fetch('./english-related.json')).json(), { layout: 'cards', exclude: 'en-1', heading: 'More from Culture' });
    trending.items = englishTrending;
  },
  arabic: async () => {
    document.documentElement.lang = 'ar';
    document.querySelector('#page-title')!.textContent = 'ثقافة';
    article.article = await (await fetch('./arabic-article.json')).json();
    showRelated([], { heading: 'مقالات ذات صلة', empty: 'لا توجد مقالات ذات صلة بعد.' });
    trending.items = arabicTrending; // scrolls left to right, the natural way in an RTL page
  },
};

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
