/**
 * Print: on paper the ticker is a still, ranked list without controls or hidden copies, nothing
 * animates, loading placeholders take no room, and each link in an article body prints its address.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TrendingTicker } from '../../src/trending-ticker/trending-ticker.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { deferred, stubFetch } from '../sources/network.js';
import { part, parts, untilRendered } from '../helpers.js';

const ITEMS = Array.from({ length: 5 }, (_, i) => ({
  id: String(i + 1),
  title: `Headline number ${i + 1} about something that happened today`,
  summary: `Excerpt ${i + 1}.`,
  url: `https://news.example/${i + 1}`,
}));

/**
 * Puts `element` in print media. Where the engine's driver can emulate print (Chromium), the page is
 * switched to it; where it cannot (Firefox through WebDriver BiDi, WebKit), the element's own
 * `@media print` rules are added to its shadow root without their condition, so each engine still
 * shows what those rules do to the widget.
 */
async function printMedia(element: Element): Promise<void> {
  const emulated = await emulateMedia({ media: 'print' }).then(
    () => true,
    () => false,
  );
  if (emulated) {
    expect(matchMedia('print').matches, 'print media is emulated').to.equal(true);
  } else {
    const root = element.shadowRoot!;
    const printRules = root.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    expect(printRules, 'the element has print rules').to.not.be.empty;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printRules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

const shown = (element: Element) => {
  const box = element.getBoundingClientRect();
  return (
    box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' && Number(getComputedStyle(element).opacity) > 0
  );
};

/** Asserts `items` are all shown, inside the host's box, one under the other. */
function expectStillList(host: HTMLElement, items: HTMLElement[]) {
  const box = host.getBoundingClientRect();
  expect(items.length).to.equal(ITEMS.length);
  items.forEach((item, i) => {
    const rect = item.getBoundingClientRect();
    expect(shown(item), `headline ${i + 1} is printed`).to.equal(true);
    expect(rect.left, `headline ${i + 1} starts inside the box`).to.be.at.least(box.left - 0.5);
    expect(rect.right, `headline ${i + 1} ends inside the box`).to.be.at.most(box.right + 0.5);
    if (i > 0)
      expect(rect.top, `headline ${i + 1} is under headline ${i}`).to.be.at.least(items[i - 1].getBoundingClientRect().bottom - 0.5);
  });
}

describe('print', () => {
  let network: ReturnType<typeof stubFetch> | undefined;
  afterEach(async () => {
    network?.stub.restore();
    network = undefined;
    try {
      await emulateMedia({ media: 'screen' });
    } catch {
      // Nothing was emulated.
    }
  });

  it('a scrolling ticker prints as a still list: no controls, no copies, no motion', async () => {
    const el = await fixture<TrendingTicker>(
      html`<div style="inline-size: 360px"><trending-ticker lang="en" .items=${ITEMS}></trending-ticker></div>`,
    ).then((wrapper) => wrapper.querySelector('trending-ticker')!);
    await el.updateComplete;
    const track = part(el, 'track')!;
    // On screen it moves: the marquee's animation is running and it has copies.
    await untilRendered(() => track.getAnimations().length > 0, 'the marquee animation started');
    await printMedia(el);
    expect(shown(part(el, 'pause-button')!), 'the pause button').to.equal(false);
    for (const copy of el.shadowRoot!.querySelectorAll('.copy')) expect(shown(copy), 'a hidden copy').to.equal(false);
    expect(getComputedStyle(track).transform, 'the strip stands still').to.equal('none');
    expectStillList(el, [...el.shadowRoot!.querySelectorAll<HTMLElement>('.group:not(.copy) > .item')]);
  });

  it('a rotating ticker prints every headline, without buttons or progress bar', async () => {
    const el = await fixture<TrendingTicker>(
      html`<div style="inline-size: 360px"><trending-ticker lang="en" mode="rotate" .items=${ITEMS}></trending-ticker></div>`,
    ).then((wrapper) => wrapper.querySelector('trending-ticker')!);
    await el.updateComplete;
    await printMedia(el);
    expect(shown(part(el, 'previous-button')!), 'the previous button').to.equal(false);
    expect(shown(part(el, 'next-button')!), 'the next button').to.equal(false);
    expect(shown(part(el, 'progress')!), 'the progress bar').to.equal(false);
    expectStillList(el, parts(el, 'item'));
  });

  it('a loading placeholder takes no room and does not pulse', async () => {
    network = stubFetch(() => deferred<Response>().promise);
    const el = await fixture<RelatedList>(html`<related-list src="https://feed.example/never.json"></related-list>`);
    await el.updateComplete;
    const placeholder = part(el, 'placeholder')!;
    expect(placeholder, 'still loading').to.exist;
    expect(placeholder.getBoundingClientRect().height, 'on screen the placeholder holds room').to.be.above(0);
    await printMedia(el);
    expect(placeholder.getBoundingClientRect().height).to.equal(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(placeholder.getAnimations()).to.deep.equal([]);
  });

  it("a link in the article body prints its address after the text; the byline's links do not", async () => {
    const el = await fixture<ArticleView>(
      html`<article-view
        lang="en"
        .article=${{
          title: 'Printed',
          author: { name: 'Author', url: 'https://news.example/author' },
          bodyHtml:
            '<p>See <a href="https://news.example/source">the source</a> and <a href="#note">the note</a>.</p><p id="note">Note.</p>',
        }}
      ></article-view>`,
    );
    await untilRendered(() => el.shadowRoot!.querySelector('[part="body"] a'), 'the body is sanitized and in');
    const [external, fragment] = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="body"] a');
    const after = (link: Element) => getComputedStyle(link, '::after').content;
    const widths = () => [external, fragment, part(el, 'author')!].map((link) => link.getBoundingClientRect().width);
    expect(after(external), 'on screen, no address').to.be.oneOf(['none', 'normal']);
    const [externalWidth, fragmentWidth, authorWidth] = widths();
    await printMedia(el);
    // Engines report the generated text as resolved ("… (https://…)") or as written (attr(href)).
    expect(after(external)).to.match(/https:\/\/news\.example\/source|attr\(href\)/);
    const printed = widths();
    expect(printed[0], 'the link is followed by its address').to.be.above(externalWidth + 100);
    expect(printed[1], 'a link within the page').to.be.closeTo(fragmentWidth, 1);
    expect(printed[2], 'the author link in the byline').to.be.closeTo(authorWidth, 1);
  });
});
