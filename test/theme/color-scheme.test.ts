/**
 * `theme="auto"` follows the host page's colour scheme, not the reader's system alone: a light-only page
 * read on a dark system keeps dark text. Every combination of page and system is checked for WCAG AA
 * contrast between each rendered text's computed colour and the background actually behind it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { sampleItems } from '../related-list/fixtures.js';

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  // Engines may serialize computed colours as rgb()/rgba() or, for some keywords, as color(srgb …).
  const probe = document.createElement('canvas').getContext('2d')!;
  probe.fillStyle = '#000';
  probe.fillStyle = value;
  probe.clearRect(0, 0, 1, 1);
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The first opaque-enough background behind `el`, crossing out of shadow roots to the page's root. */
function backgroundBehind(el: Element): Rgba {
  for (let node: Element | null = el; node;) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0.5) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return parseColor(getComputedStyle(document.documentElement).backgroundColor);
}

/** Each visible element in the shadow tree that holds text of its own, with its contrast ratio. */
function textContrasts(host: Element): Array<{ text: string; ratio: number }> {
  const out: Array<{ text: string; ratio: number }> = [];
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own || el.closest('[aria-hidden="true"], .visually-hidden') || !(el as HTMLElement).offsetParent) continue;
    out.push({ text: el.textContent!.trim().slice(0, 30), ratio: contrast(parseColor(getComputedStyle(el).color), backgroundBehind(el)) });
  }
  return out;
}

/**
 * Sets the system colour scheme where the engine's driver can (Chromium over CDP); elsewhere (Firefox
 * over BiDi, WebKit over WebDriver) returns whether the real system setting already is `scheme`, so those
 * engines check the combinations their system gives.
 */
async function systemScheme(scheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: scheme });
    return true;
  } catch {
    return (
      matchMedia(`(prefers-color-scheme: ${scheme})`).matches || (scheme === 'light' && !matchMedia('(prefers-color-scheme: dark)').matches)
    );
  }
}

async function renderAll(theme?: string): Promise<HTMLElement[]> {
  const article = document.createElement('article-view');
  article.article = {
    title: 'Tidal pool',
    summary: 'Open again.',
    author: 'Maya Okafor',
    bodyHtml: '<p>Body <a href="#x">link</a>.</p><blockquote>Quote</blockquote>',
    tags: ['sea'],
    publishedAt: '2025-12-01T09:00:00Z',
  };
  const list = document.createElement('related-list');
  list.items = sampleItems();
  const ticker = document.createElement('trending-ticker');
  ticker.setAttribute('mode', 'rotate');
  ticker.items = sampleItems();
  const all = [article, list, ticker];
  const loaded = all.map((el) => oneEvent(el, 'reader-load'));
  for (const el of all) {
    if (theme) el.setAttribute('theme', theme);
    document.body.append(el);
  }
  await Promise.all(loaded);
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}

const pages = {
  'a light page that sets nothing': () => undefined,
  'a page with <meta name="color-scheme" content="light">': () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light' });
    document.head.append(meta);
    return () => meta.remove();
  },
  'a page with color-scheme: light': () => {
    document.documentElement.style.colorScheme = 'light';
  },
  'a dark page (color-scheme: dark)': () => {
    document.documentElement.style.colorScheme = 'dark';
  },
  'a page that supports both (color-scheme: light dark)': () => {
    document.documentElement.style.colorScheme = 'light dark';
  },
} satisfies Record<string, () => (() => void) | void>;

describe('theme="auto" follows the host page', () => {
  let undo: (() => void) | undefined;
  beforeEach(() => {
    // The page's own background is the canvas colour of its scheme, as on a page without styles.
    document.documentElement.style.background = 'Canvas';
  });
  afterEach(async () => {
    undo?.();
    undo = undefined;
    document.documentElement.removeAttribute('style');
    document.querySelectorAll('article-view, related-list, trending-ticker').forEach((el) => el.remove());
    await emulateMedia({ colorScheme: 'no-preference' }).catch(() => undefined);
  });

  for (const system of ['light', 'dark'] as const) {
    for (const [page, setUp] of Object.entries(pages)) {
      it(`keeps every text readable on ${page}, system ${system}`, async function () {
        if (!(await systemScheme(system))) this.skip(); // this engine's driver cannot emulate the other setting
        undo = setUp() || undefined;
        const elements = await renderAll();
        for (const el of elements) {
          const contrasts = textContrasts(el);
          expect(contrasts.length, `${el.localName} rendered text`).to.be.greaterThan(2);
          const poor = contrasts.filter((c) => c.ratio < 4.5);
          expect(poor, `${el.localName} text under 4.5:1`).to.deep.equal([]);
        }
      });
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    for (const pageScheme of ['light', 'dark'] as const) {
      it(`theme="${theme}" forces its scheme on a ${pageScheme} page and stays readable`, async () => {
        await systemScheme(pageScheme);
        document.documentElement.style.colorScheme = pageScheme;
        const elements = await renderAll(theme);
        for (const el of elements) {
          const title = el.shadowRoot!.querySelector('a, h2, h3, .title')!;
          const text = luminance(parseColor(getComputedStyle(title).color));
          expect(text < 0.2, `${el.localName} text is dark in light theme, light in dark`).to.equal(theme === 'light');
          expect(textContrasts(el).filter((c) => c.ratio < 4.5)).to.deep.equal([]);
        }
      });
    }
  }
});
