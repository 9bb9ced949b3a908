/** The heading tag every element writes for its `heading-level` attribute. */
import { literal, type StaticValue } from 'lit/static-html.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * `h1`…`h6` for a `heading-level` value: rounded and clamped to 1–6; not a number (an attribute like
 * `heading-level="two"`) gives the default, `h2`, since an embedded widget usually sits under the page's `h1`.
 */
export function headingTag(level: number): StaticValue {
  const clamped = Math.min(6, Math.max(1, Math.round(level) || 2));
  return HEADINGS[clamped - 1];
}
