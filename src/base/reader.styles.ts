import { css } from 'lit';

/**
 * Styles every element shares: the public `--reader-*` tokens (readable from any ancestor, with light
 * and dark defaults through `light-dark()`, resolved by the colour scheme the host inherits from the page), private `--_*` locals, and the loading and error states.
 * Defaults sit in `:where(:host)` so an owner's own `article-view { … }` rule always wins.
 */
export const readerStyles = css`
  :where(:host) {
    display: block;
    box-sizing: border-box;
    /* No color-scheme of its own: the host inherits the page's, so light-dark() follows what the page
       supports (a light-only page stays light on a dark system); theme="light|dark" forces one. */
    contain: layout style;
    /* Containment: whatever the data, nothing paints or takes clicks outside the element's box. Long
       words wrap anywhere; what still spills (deep nesting, wide media) is clipped. overflow: clip (not
       contain: paint or overflow: hidden) makes no stacking context and no scroll container. */
    overflow: clip;
    overflow-wrap: anywhere;
    --_text: var(--reader-color-text, light-dark(#1b1d21, #e6e6e6));
    --_muted: var(--reader-color-muted, light-dark(#5f6670, #a0a6b0));
    --_surface: var(--reader-color-surface, light-dark(#ffffff, #15171b));
    --_subtle: var(--reader-color-subtle, light-dark(#f3f4f6, #22252b));
    --_border: var(--reader-color-border, light-dark(#e3e5e8, #30343b));
    --_accent: var(--reader-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_error: var(--reader-color-error, light-dark(#b3261e, #f2b8b5));
    --_font: var(
      --reader-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'WenQuanYi Micro Hei',
      sans-serif
    );
    --_font-size: var(--reader-font-size, 1rem);
    --_line-height: var(--reader-line-height, 1.6);
    --_space: var(--reader-space, 1rem);
    --_radius: var(--reader-radius, 8px);
    color: var(--_text);
    background: var(--reader-color-background, transparent);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    text-align: start;
  }
  /* A forced scheme brings its own surface, so it stays readable on a page of the other scheme. */
  :host([theme='light']) {
    color-scheme: light;
    background: var(--reader-color-background, var(--_surface));
  }
  :host([theme='dark']) {
    color-scheme: dark;
    background: var(--reader-color-background, var(--_surface));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* CJK text: a font stack that has the glyphs, and line breaking that respects its punctuation rules. */
  :lang(zh),
  :lang(ja),
  :lang(ko) {
    font-family: var(
      --reader-font-family-cjk,
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      'Source Han Sans SC',
      'WenQuanYi Micro Hei',
      var(--_font)
    );
    line-break: strict;
    word-break: normal;
    overflow-wrap: anywhere;
  }
  :lang(zh-Hant),
  :lang(zh-TW),
  :lang(zh-HK) {
    font-family: var(--reader-font-family-cjk, 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC', var(--_font));
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .placeholder {
    min-height: var(--reader-placeholder-height, var(--_placeholder-height, 12rem));
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: reader-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes reader-pulse {
    50% {
      opacity: 0.55;
    }
  }
  /* On paper nothing moves and nothing waits: no animation, no loading placeholder. */
  @media print {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
    .placeholder {
      display: none;
    }
  }
  .error {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
    background: var(--reader-color-error-background, light-dark(#fdf2f1, #2b1715));
    overflow-wrap: anywhere;
  }
  .error-message {
    margin: 0;
  }
  .retry {
    margin-block-start: calc(var(--_space) * 0.5);
    padding: 0.25em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: inherit;
    background: transparent;
    font: inherit;
    cursor: pointer;
  }
  /* The owner's technical detail: hidden from readers; ::part(error-detail) { display: block } shows it. */
  .error-detail {
    display: none;
    margin-block-start: 0.25em;
    font-size: 0.85em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * `--_rows`: how many rows a list element's placeholder holds, from its `limit` attribute (up to 12; the
 * element's own default otherwise), so the space is reserved before the data arrives.
 */
export const limitRowsStyles = css`
  :host([limit='1']) {
    --_rows: 1;
  }
  :host([limit='2']) {
    --_rows: 2;
  }
  :host([limit='3']) {
    --_rows: 3;
  }
  :host([limit='4']) {
    --_rows: 4;
  }
  :host([limit='5']) {
    --_rows: 5;
  }
  :host([limit='6']) {
    --_rows: 6;
  }
  :host([limit='7']) {
    --_rows: 7;
  }
  :host([limit='8']) {
    --_rows: 8;
  }
  :host([limit='9']) {
    --_rows: 9;
  }
  :host([limit='10']) {
    --_rows: 10;
  }
  :host([limit='11']) {
    --_rows: 11;
  }
  :host([limit='12']) {
    --_rows: 12;
  }
`;
