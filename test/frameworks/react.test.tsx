/**
 * A React 19 app (real `react` and `react-dom` from npm) using the elements the way the docs tell React
 * users to: objects passed straight as props (React 19 sets them as properties on custom elements),
 * `onreader-*` props for the events, the JSX types generated from custom-elements.json.
 */
import { expect } from '@open-wc/testing';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type {} from '../../types/react.js';
import '../../src/index.js';
import type { ArticleView } from '../../src/classes.js';
import type { ReaderLoadDetail } from '../../src/types.js';
import { loadSeed, part, type SeedPortal } from '../helpers.js';

declare global {
  // Tells React its updates run inside act() in this test environment.
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const NOW = new Date(2025, 11, 5, 21, 32, 6);
const SECOND = {
  title: 'A second story, swapped in by React state',
  author: 'Desk',
  publishedAt: '2025-12-05 09:00:00',
  bodyHtml: '<p>Short.</p><script>window.__pwned = true</script>',
  tags: ['react'],
};

interface Log {
  loads: Array<ReaderLoadDetail>;
}

function ArticlePage({ seed, log }: { seed: SeedPortal; log: Log }) {
  const [article, setArticle] = useState<object>(seed.article);
  return (
    <main>
      <button type="button" onClick={() => setArticle(SECOND)}>
        Next story
      </button>
      <article-view
        id="story"
        article={article}
        now={NOW}
        theme="dark"
        heading-level={1}
        onreader-load={(event) => log.loads.push(event.detail)}
      />
    </main>
  );
}

/** Resolves on the next `reader-load` from `target` (listening before the change that causes it). */
function nextLoad(target: EventTarget) {
  return new Promise<Event>((resolve) => target.addEventListener('reader-load', resolve, { once: true }));
}

describe('React 19 app', () => {
  let host: HTMLElement;
  let root: Root;

  before(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it('passes the article object as a property, hears reader-load, and re-renders when state changes', async () => {
    const seed = await loadSeed();
    const log: Log = { loads: [] };
    const firstLoad = nextLoad(host);
    await act(async () => root.render(<ArticlePage seed={seed} log={log} />));
    await firstLoad;

    const el = host.querySelector<ArticleView>('#story')!;
    // A property, not a stringified attribute: the very object React was given.
    expect(el.hasAttribute('article')).to.equal(false);
    expect(el.article).to.equal(seed.article);
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(part(el, 'title')!.localName).to.equal('h1');
    expect(part(el, 'title')!.textContent).to.equal(seed.article.title);
    expect(part(el, 'body')!.querySelectorAll('p')).to.have.length(10);
    expect(part(el, 'date')!.textContent).to.equal('3 天前');
    expect(log.loads).to.have.length(1);
    expect((log.loads[0].data as { title: string }).title).to.equal(seed.article.title);

    const secondLoad = nextLoad(host);
    await act(async () => host.querySelector('button')!.click());
    await secondLoad;
    expect(el.article).to.equal(SECOND);
    expect(part(el, 'title')!.textContent).to.equal(SECOND.title);
    expect(part(el, 'body')!.innerHTML).to.equal('<p>Short.</p>');
    expect(part(el, 'tag')!.textContent).to.equal('react');
    expect(log.loads.map((detail) => (detail.data as { title: string }).title)).to.deep.equal([seed.article.title, SECOND.title]);
  });

  it('shows the error state for bad data from React without throwing into the app', async () => {
    const errors: string[] = [];
    await act(async () =>
      root.render(
        <article-view
          article={{ summary: 'no title' }}
          onreader-error={(event) => errors.push(event.detail.message)}
        />,
      ),
    );
    const el = host.querySelector('article-view')!;
    await el.updateComplete;
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent).to.contain('title');
    expect(errors).to.have.length(1);
  });
});
