// The theming playground's colour swatches: the colour the widgets really use, in light and in dark.
import { expect, fixture, html } from '@open-wc/testing';
import { createSwatch, isColorToken, parseRgb, resolveToken } from '../../demo/docs/swatch.js';

async function swatchIn(scheme: 'light' | 'dark') {
  const host = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}"></div>`);
  const swatch = createSwatch('--reader-color-surface colour');
  host.append(swatch.element);
  return swatch;
}
const paint = (swatch: { element: HTMLElement }) => getComputedStyle(swatch.element.querySelector('.swatch-paint')!).backgroundColor;

describe('theming playground swatches', () => {
  it('shows the dark value of a light-dark() default in dark mode, and opens the picker on it', async () => {
    const swatch = await swatchIn('dark');
    expect(swatch.show('light-dark(#ffffff, #15171b)')).to.equal(true);
    expect(swatch.picker.value).to.equal('#15171b');
    expect(parseRgb(paint(swatch))?.slice(0, 3)).to.deep.equal([0x15, 0x17, 0x1b]);
    expect(swatch.element.hasAttribute('data-transparent')).to.equal(false);
  });

  it('shows the light value in light mode', async () => {
    const swatch = await swatchIn('light');
    swatch.show('light-dark(#ffffff, #15171b)');
    expect(swatch.picker.value).to.equal('#ffffff');
  });

  it('shows transparent as transparent (a checkerboard), not black', async () => {
    const swatch = await swatchIn('light');
    swatch.show('#123456');
    swatch.show('transparent');
    expect(swatch.element.hasAttribute('data-transparent')).to.equal(true);
    expect(parseRgb(paint(swatch))?.[3]).to.equal(0);
    expect(swatch.picker.value).to.not.equal('#000000');
  });

  it('reports text that is not a colour and paints nothing for it', async () => {
    const swatch = await swatchIn('light');
    expect(swatch.show('not-a-colour')).to.equal(false);
    expect(swatch.element.hasAttribute('data-transparent')).to.equal(true);
  });

  it('resolves a token that defaults to another one', () => {
    const values: Record<string, string> = { '--reader-rank-color': 'var(--reader-color-accent)', '--reader-color-accent': '#c8102e' };
    expect(resolveToken('--reader-rank-color', (name) => values[name])).to.equal('#c8102e');
    expect(resolveToken('--reader-heading-color', () => undefined)).to.equal('');
    expect(isColorToken('--reader-rank-color') && isColorToken('--reader-card-background') && !isColorToken('--reader-radius')).to.equal(
      true,
    );
  });
});
