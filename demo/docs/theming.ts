// The theming playground: one input per --reader-* token found in custom-elements.json, applied live to
// the preview, and the CSS for the changed tokens ready to copy.
import { data, elements, setUpPage } from './docs.js';
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

/** The light value of a `light-dark(a, b)` default, or the default itself. */
function lightValue(value: string): string {
  const match = value.match(/^light-dark\(\s*([^,]+),/);
  return (match ? match[1] : value).trim();
}
const isColor = (name: string) => name.startsWith('--reader-color-');
const hex = (value: string) =>
  /^#[0-9a-f]{6}$/i.test(value) ? value : /^#[0-9a-f]{3}$/i.test(value) ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : '#000000';

function render(): void {
  for (const [name] of tokens) {
    const value = values.get(name);
    if (value) preview.style.setProperty(name, value);
    else preview.style.removeProperty(name);
    form.querySelector(`[data-token="${name}"]`)?.classList.toggle('changed', Boolean(value));
  }
  const lines = [...values].map(([name, value]) => `  ${name}: ${value};`);
  output.textContent = lines.length ? `:root {\n${lines.join('\n')}\n}` : '/* Change a token to see its CSS here. */';
}

function buildForm(): void {
  for (const [name, token] of tokens) {
    const id = `token${name}`;
    const row = document.createElement('div');
    row.className = `token${isColor(name) ? '' : ' no-color'}`;
    row.dataset.token = name;
    const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: name, title: token.description });
    const text = Object.assign(document.createElement('input'), {
      type: 'text',
      id,
      placeholder: lightValue(token.default),
      spellcheck: false,
    });
    text.setAttribute('aria-describedby', `${id}-desc`);
    const description = Object.assign(document.createElement('span'), { id: `${id}-desc`, hidden: true, textContent: token.description });
    row.append(label);
    if (isColor(name)) {
      const picker = Object.assign(document.createElement('input'), { type: 'color', value: hex(lightValue(token.default)) });
      picker.setAttribute('aria-label', `${name} colour`);
      picker.addEventListener('input', () => {
        text.value = picker.value;
        values.set(name, picker.value);
        render();
      });
      row.append(picker);
    }
    text.addEventListener('input', () => {
      if (text.value.trim()) values.set(name, text.value.trim());
      else values.delete(name);
      const picker = row.querySelector<HTMLInputElement>('input[type=color]');
      if (picker && /^#[0-9a-f]{3,6}$/i.test(text.value.trim())) picker.value = hex(text.value.trim());
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
    const token = row.dataset.token!;
    const value = values.get(token) ?? '';
    row.querySelector<HTMLInputElement>('input[type=text]')!.value = value;
    const picker = row.querySelector<HTMLInputElement>('input[type=color]');
    if (picker) picker.value = hex(value || lightValue(tokens.get(token)!.default));
  }
  render();
}

buildForm();
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]'))
  button.addEventListener('click', () => applyPreset(button.dataset.preset!));
render();

const seed = await data<{ article: object; trending: unknown[] }>('seed-portal.json');
const english = await data<object>('english-article.json');
document.querySelector<ArticleView>('#preview-article')!.article = { ...english, bodyHtml: undefined };
document.querySelector<TrendingTicker>('#preview-ticker')!.items = seed.trending;
