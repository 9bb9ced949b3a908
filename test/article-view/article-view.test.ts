import { expect, oneEvent } from '@open-wc/testing';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { loadSeed, part } from '../helpers.js';

describe('<article-view>', () => {
  it('renders the seed article from a property with its 10 paragraphs and a Chinese relative date', async () => {
    const seed = await loadSeed();
    const el = document.createElement('article-view') as ArticleView;
    el.now = new Date(2025, 11, 5, 21, 32, 6); // three days after "2025-12-02 21:32:06" local time
    const loaded = oneEvent(el, 'reader-load');
    el.article = seed.article;
    document.body.append(el);
    await loaded;
    expect(part(el, 'title')!.textContent).to.equal(seed.article.title);
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(part(el, 'body')!.querySelectorAll('p')).to.have.length(10);
    expect(part(el, 'date')!.textContent).to.equal('3 天前');
    expect(part(el, 'author')!.textContent).to.equal('创始人');
    expect(part(el, 'views')!.textContent).to.equal('0 次阅读');
    el.remove();
  });
});
