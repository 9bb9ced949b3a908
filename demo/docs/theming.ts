// The theming playground: one input per --reader-* token found in custom-elements.json, applied live to
// the preview, and the CSS for the changed tokens ready to copy.
import { data, elements, setUpPage } from './docs.js';
import { createSwatch, isColorToken, resolveToken, type Swatch } from './swatch.js';
import type { ArticleView, TrendingTicker } from '../../src/classes.js';

setUpPage();
const preview = document.querySelector<HTMLElement>('#preview')!;
const form = document.querySelector<HTMLFormElement>('#tokens')!;
const output = document.querySelector<HTMLElement>('#css-out code')!;

/** Every token once, in the order the elements document them. */
const tokens = new Map<string, { default: string; description: string }>();
for (const element of elements) {
  for (const property of element.cssProperties ?? []) {
    if (!tokens.has(property.name)) tokens.set(property.name, { default: property.default ?? '', description: property.description ?? '' });
  }
}

const PRESETS: Record<string, Record<string, string>> = {
  default: {},
  newspaper: {
    '--reader-font-family': "Georgia, 'Times New Roman', serif",
    '--reader-title-font-family': "'Playfair Display', Georgia, serif",
    '--reader-color-accent': '#c8102e',
    '--reader-radius': '0px',
    '--reader-line-height': '1.7',
  },
  soft: {
    '--reader-color-accent': '#7c3aed',
    '--reader-color-subtle': '#f5f3ff',
    '--reader-color-border': '#ddd6fe',
    '--reader-radius': '16px',
    '--reader-space': '1.125rem',
  },
  night: {
    '--reader-color-text': '#f5f1e8',
    '--reader-color-muted': '#b9b2a3',
    '--reader-color-accent': '#ffb74d',
    '--reader-color-background': '#1c1a17',
    '--reader-color-surface': '#1c1a17',
    '--reader-color-subtle': '#2a2723',
    '--reader-color-border': '#3a362f',
  },
};

const values = new Map<string, string>();
const swatches = new Map<string, Swatch>();

/** What the widgets use for a token: the reader's value, else the default (a `…` default names no value). */
const current = (name: string) => values.get(name) ?? tokens.get(name)?.default.replace(/^.*….*$/, '');

/** Every swatch shows its token as the preview resolves it now (in the page's light or dark scheme). */
function paintSwatches(): void {
  for (const [name, swatch] of swatches) swatch.show(resolveToken(name, current));
}

function render(): void {
  for (const [name] of tokens) {
    const value = values.get(name);
    if (value) preview.style.setProperty(name, value);
    else preview.style.removeProperty(name);
    form.querySelector(`[data-token="${name}"]`)?.classList.toggle('changed', Boolean(value));
  }
  paintSwatches();
  const lines = [...values].map(([name, value]) => `  ${name}: ${value};`);
  output.textContent = lines.length ? `:root {\n${lines.join('\n')}\n}` : '/* Change a token to see its CSS here. */';
}

function buildForm(): void {
  for (const [name, token] of tokens) {
    const id = `token${name}`;
    const row = document.createElement('div');
    row.className = `token${isColorToken(name) ? '' : ' no-color'}`;
    row.dataset.token = name;
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: name, title: token.description });
    const text = Object.assign(document.createElement('input'), { type: 'text', id, placeholder: token.default, spellcheck: false });
    text.setAttribute('aria-describedby', `${id}-desc`);
    const description = Object.assign(document.createElement('span'), { id: `${id}-desc`, hidden: true, textContent: token.description });
    row.append(label);
    if (isColorToken(name)) {
      const swatch = createSwatch(`${name} colour`);
      swatch.picker.addEventListener('input', () => {
        text.value = swatch.picker.value;
        values.set(name, swatch.picker.value);
        render();
      });
      swatches.set(name, swatch);
      row.append(swatch.element);
    }
    text.addEventListener('input', () => {
      if (text.value.trim()) values.set(name, text.value.trim());
      else values.delete(name);
      render();
    });
    row.append(text, description);
    form.append(row);
  }
}

function applyPreset(name: string): void {
  values.clear();
  for (const [token, value] of Object.entries(PRESETS[name] ?? {})) values.set(token, value);
  for (const row of form.querySelectorAll<HTMLElement>('.token')) {
    row.querySelector<HTMLInputElement>('input[type=text]')!.value = values.get(row.dataset.token!) ?? '';
  }
  render();
}

buildForm();
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]'))
  button.addEventListener('click', () => applyPreset(button.dataset.preset!));
render();
// The swatches follow the scheme the widgets are drawn in: the docs' theme switch or the system's.
document.addEventListener('docs-theme-change', paintSwatches);
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', paintSwatches);

const seed = await data<{ article: object; trending: unknown[] }>('seed-portal.json');
const english = await data<object>('english-article.json');
document.querySelector<ArticleView>('#preview-article')!.article = { ...english, bodyHtml: undefined };
document.querySelector<TrendingTicker>('#preview-ticker')!.items = seed.trending;
