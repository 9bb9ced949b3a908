/**
 * `await el.updateComplete` after hydration means the reader's final text (issue 16): a server-rendered
 * element that hydrates and then switches to the page's language (a lazy chunk of words) must not settle
 * its `updateComplete` while those words are on their way. Each test uses a language no earlier test in
 * this file loaded (one page per file), so it sees that language's chunk load.
 */
// First: Lit's hydration support must be installed before LitElement is first evaluated.
import '../../src/hydrate.js';
import { expect } from '@open-wc/testing';
import type { RelatedList, TrendingTicker } from '../../src/index.js';
import { describeMutations, parseServerHtml, serverMarkup, type ServerRequest } from './server-page.js';
import { part } from '../helpers.js';

const items = Array.from({ length: 3 }, (_, i) => ({
  id: `n${i + 1}`,
  title: `Headline ${i + 1}`,
  url: `https://news.example/${i + 1}`,
}));

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The server's markup for `request`, parsed (declarative shadow root attached), on a page in `pageLang`; not yet in the document. */
async function serverRendered<E extends HTMLElement>(request: ServerRequest, pageLang: string) {
  const container = parseServerHtml(await serverMarkup(request));
  container.lang = pageLang;
  cleanups.push(() => container.remove());
  const el = container.querySelector<E>(request.tag)!;
  const observer = new MutationObserver(() => undefined);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  cleanups.push(() => observer.disconnect());
  return { container, el, observer };
}

const heading = (el: HTMLElement) => part(el, 'heading')!.textContent!.trim();

describe("updateComplete after hydration: the page's language", () => {
  it('rendered in English on a Korean page: updateComplete, awaited as the element connects, waits for the Korean words', async () => {
    const { container, el } = await serverRendered<RelatedList>({ tag: 'related-list', data: items, lang: 'en' }, 'ko');
    document.body.append(container);
    await el.updateComplete;
    expect(heading(el)).to.equal('관련 기사');
  });

  it('rendered in English on a Japanese page: updateComplete, awaited once the server render is adopted, waits for the Japanese words', async () => {
    const { container, el, observer } = await serverRendered<RelatedList>({ tag: 'related-list', data: items, lang: 'en' }, 'ja');
    const adopted = new Promise((resolve) => el.addEventListener('reader-load', resolve, { once: true }));
    document.body.append(container);
    await adopted;
    expect(describeMutations(observer.takeRecords())).to.deep.equal([]);
    await el.updateComplete;
    expect(heading(el)).to.equal('関連記事');
  });

  it('a ticker rendered in English on a German page: awaited in a later task, updateComplete still means the German words', async () => {
    const { container, el } = await serverRendered<TrendingTicker>(
      { tag: 'trending-ticker', data: items, lang: 'en', attributes: { mode: 'static' } },
      'de',
    );
    document.body.append(container);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal('Im Trend');
  });

  it('rendered in the page’s own lazy language (zh-CN): hydrates without a mutation, and updateComplete means Chinese', async () => {
    const { container, el, observer } = await serverRendered<RelatedList>({ tag: 'related-list', data: items, lang: 'zh-CN' }, 'zh-CN');
    document.body.append(container);
    await el.updateComplete;
    expect(heading(el)).to.equal('相关文章');
    expect(describeMutations(observer.takeRecords())).to.deep.equal([]);
  });

  it('rendered in a lazy language (fr) on an English page: updateComplete means English, at once', async () => {
    const { container, el } = await serverRendered<RelatedList>({ tag: 'related-list', data: items, lang: 'fr' }, 'en');
    document.body.append(container);
    await el.updateComplete;
    expect(heading(el)).to.equal('Related');
  });
});
