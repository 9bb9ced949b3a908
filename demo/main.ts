import '../src/index.js';
import type { ArticleView } from '../src/classes.js';

const article = document.querySelector<ArticleView>('#article')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme')!;

const pages = {
  seed: async () => {
    const seed = await (await fetch('./seed-portal.json')).json();
    document.documentElement.lang = 'zh-CN';
    document.querySelector('#page-title')!.textContent = '国际新闻';
    article.article = seed.article;
    return seed;
  },
  english: async () => {
    document.documentElement.lang = 'en';
    document.querySelector('#page-title')!.textContent = 'Culture';
    article.article = await (await fetch('./english-article.json')).json();
  },
};

async function show(page: keyof typeof pages) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.page-switch')) {
    button.setAttribute('aria-pressed', String(button.dataset.page === page));
  }
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

void show(new URLSearchParams(location.search).get('page') === 'english' ? 'english' : 'seed');
