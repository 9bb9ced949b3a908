/**
 * A colour swatch for the theming playground: it paints the token's value as the widgets would (a
 * `light-dark()` default in the page's current scheme, `transparent` over a checkerboard), and holds the
 * native colour picker, opened on the colour the reader sees.
 */

/** Is this token a colour (so it gets a swatch)? */
export const isColorToken = (name: string) => name.startsWith('--reader-color-') || /-(color|background)$/.test(name);

/**
 * The token's value with `var(--reader-…)` references replaced by those tokens' own values (what the
 * reader set, else the default), as the widgets resolve them: `--reader-rank-color` defaults to the accent.
 */
export function resolveToken(name: string, valueOf: (name: string) => string | undefined, depth = 0): string {
  const value = valueOf(name) ?? '';
  if (depth > 8) return value;
  return value.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g, (_, inner: string, fallback?: string) => {
    const resolved = resolveToken(inner, valueOf, depth + 1);
    return resolved || fallback?.trim() || '';
  });
}

export interface Swatch {
  element: HTMLElement;
  picker: HTMLInputElement;
  /** Paints `value` (any CSS colour) and points the picker at the colour it comes to; false if `value` is not a colour. */
  show(value: string): boolean;
}

export function createSwatch(label: string): Swatch {
  const element = document.createElement('span');
  element.className = 'swatch';
  const paint = document.createElement('span');
  paint.className = 'swatch-paint';
  const picker = document.createElement('input');
  picker.type = 'color';
  picker.setAttribute('aria-label', label);
  element.append(paint, picker);
  return {
    element,
    picker,
    show(value) {
      const valid = value !== '' && CSS.supports('color', value);
      paint.style.backgroundColor = valid ? value : '';
      element.title = valid ? value : '';
      const rgba = parseRgb(getComputedStyle(paint).backgroundColor);
      element.toggleAttribute('data-transparent', !valid || !rgba || rgba[3] === 0);
      if (valid && rgba && rgba[3] > 0) picker.value = toHex(rgba);
      return valid;
    },
  };
}

/** `rgb(1, 2, 3)` / `rgba(1, 2, 3, 0.5)` / `color(srgb 0.1 0.2 0.3)` as [r, g, b, alpha] (0-255, alpha 0-1). */
export function parseRgb(text: string): [number, number, number, number] | undefined {
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alphaOf(rgb[4])];
  const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(text);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alphaOf(srgb[4])];
  return undefined;
}

const alphaOf = (text?: string) => (text === undefined ? 1 : text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text));

const toHex = ([r, g, b]: number[]) =>
  `#${[r, g, b]
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
