// Framework tabs on the docs site's code examples: the ARIA tabs pattern, and one choice for every example.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { enhanceCodeTabs } from '../../demo/docs/tabs.js';

const example = () => html`
  <div>
    <div class="code-tabs">
      <pre data-tab="HTML"><code>&lt;article-view&gt;</code></pre>
      <pre data-tab="React"><code>&lt;ArticleView /&gt;</code></pre>
      <pre data-tab="Vue"><code>&lt;article-view /&gt;</code></pre>
    </div>
    <div class="code-tabs">
      <pre data-tab="HTML"><code>&lt;related-list&gt;</code></pre>
      <pre data-tab="React"><code>&lt;RelatedList /&gt;</code></pre>
    </div>
  </div>
`;
const visible = (root: Element) =>
  [...root.querySelectorAll<HTMLElement>('[role=tabpanel]')].filter((p) => !p.hidden).map((p) => p.textContent);
const tab = (root: Element, group: number, name: string) =>
  [...root.querySelectorAll('.code-tabs')[group].querySelectorAll<HTMLElement>('[role=tab]')].find((t) => t.textContent === name)!;

describe('docs code tabs', () => {
  beforeEach(() => localStorage.removeItem('reader-docs-framework'));
  after(() => localStorage.removeItem('reader-docs-framework'));

  it('shows one framework at a time, HTML first, as tabs a screen reader can name', async () => {
    const root = await fixture(example());
    enhanceCodeTabs(root);
    expect(visible(root)).to.deep.equal(['<article-view>', '<related-list>']);
    const first = tab(root, 0, 'HTML');
    expect(first.getAttribute('aria-selected')).to.equal('true');
    expect(document.getElementById(first.getAttribute('aria-controls')!)!.getAttribute('aria-labelledby')).to.equal(first.id);
    expect(tab(root, 0, 'React').tabIndex).to.equal(-1);
  });

  it('picks the framework in every example and remembers it for the next page', async () => {
    const root = await fixture(example());
    enhanceCodeTabs(root);
    tab(root, 0, 'React').click();
    expect(visible(root)).to.deep.equal(['<ArticleView />', '<RelatedList />']);
    expect(localStorage.getItem('reader-docs-framework')).to.equal('React');

    const next = await fixture(example());
    enhanceCodeTabs(next);
    expect(visible(next)).to.deep.equal(['<ArticleView />', '<RelatedList />']);
  });

  it('moves with the arrow keys, Home and End', async () => {
    const root = await fixture(example());
    enhanceCodeTabs(root);
    tab(root, 0, 'HTML').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement?.textContent).to.equal('React');
    await sendKeys({ press: 'End' });
    expect(document.activeElement?.textContent).to.equal('Vue');
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement?.textContent).to.equal('HTML');
    expect(visible(root)[0]).to.equal('<article-view>');
    // The second example has no Vue tab: it keeps what it showed.
    await sendKeys({ press: 'ArrowLeft' });
    expect(visible(root)).to.deep.equal(['<article-view />', '<related-list>']);
  });
});
