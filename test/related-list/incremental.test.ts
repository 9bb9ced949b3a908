import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import type { Article } from '../../src/core/model.js';

// The list and compact items are filled in place and kept by key (item-nodes.ts). Whatever sequence of
// changes reaches an element, it must show exactly what a new element given the final state shows.

const NOW = new Date('2025-12-02T12:00:00Z');

/** The shadow DOM as text: elements with sorted attributes and non-blank text, comments left out. */
function markup(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim() ? JSON.stringify(node.textContent!.trim()) : '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const attributes = [...el.attributes]
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join(' ');
  return `<${el.localName} ${attributes}>${[...el.childNodes].map(markup).join('')}</${el.localName}>`;
}
const shown = (el: RelatedList) => markup(el.shadowRoot!.querySelector('section') ?? el.shadowRoot!);

const item = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    title: fc.constantFrom('Alpha', 'Beta', 'Gamma', '«Delta»'),
    url: fc.constantFrom('/x', 'https://other.example/y', '#z'),
    publishedAt: fc.constantFrom('2025-12-01T09:00:00Z', '2025-11-01T09:00:00Z', 'not a date'),
    lang: fc.constantFrom('fr', 'zh-CN'),
  },
  { requiredKeys: ['title'] },
);
const change = fc.oneof(
  fc.record({ items: fc.array(item, { maxLength: 5 }) }),
  fc.record({ layout: fc.constantFrom('list', 'compact', 'cards', 'unknown') }),
  fc.record({ target: fc.option(fc.constantFrom('_blank', '_self', 'reader'), { nil: undefined }) }),
  fc.record({ rel: fc.option(fc.constantFrom('nofollow', 'opener', 'noreferrer'), { nil: undefined }) }),
  fc.record({ limit: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }) }),
  fc.record({ exclude: fc.option(fc.constantFrom('a', '/x', 'b #z'), { nil: undefined }) }),
  fc.record({ dateStyle: fc.constantFrom('auto', 'absolute', 'relative') }),
  fc.record({ locale: fc.option(fc.constantFrom('fr', 'de'), { nil: undefined }) }),
  // The page's language, changed on an ancestor (not a property of the element).
  fc.record({ pageLang: fc.constantFrom('en', 'fr', 'de') }),
);

/** An element in a `<div lang>`, given the properties of `state` and the page language `pageLang`. */
async function listIn(pageLang: string): Promise<RelatedList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${pageLang}><related-list .now=${NOW} .items=${[]}></related-list></div>`);
  return wrapper.querySelector('related-list')!;
}

describe('<related-list> updates in place', () => {
  it('after any sequence of changes it shows what a new element with the final state shows, and every link selects its item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (steps) => {
        const state: Record<string, unknown> = { items: [] };
        let pageLang = 'en';
        const el = await listIn(pageLang);
        for (const step of steps) {
          if ('pageLang' in step) {
            pageLang = step.pageLang;
            el.parentElement!.setAttribute('lang', pageLang);
            await Promise.resolve(); // the MutationObserver's microtask
          } else {
            Object.assign(el, step);
            Object.assign(state, step);
          }
          await el.updateComplete;
        }
        const fresh = await listIn(pageLang);
        Object.assign(fresh, state);
        await fresh.updateComplete;
        expect(shown(el), JSON.stringify(steps)).to.equal(shown(fresh));

        for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')) {
          let selected: { item: Article; url: string } | undefined;
          const onSelect = (event: Event) => {
            selected = (event as CustomEvent<{ item: Article; url: string }>).detail;
            event.preventDefault();
          };
          el.addEventListener('reader-select', onSelect);
          link.click();
          el.removeEventListener('reader-select', onSelect);
          expect(selected?.item.title).to.equal(link.textContent);
          expect(selected?.url).to.equal(link.getAttribute('href'));
        }
        el.parentElement!.remove();
        fresh.parentElement!.remove();
      }),
      { numRuns: 300 },
    );
  });
});
