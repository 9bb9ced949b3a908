import { css } from 'lit';
import { readerStyles } from '../base/reader.styles.js';

export const articleViewStyles = [
  readerStyles,
  css`
    :where(:host) {
      /* At least a screenful: whatever follows an article is then below the fold until it arrives, so
         the article growing into its real length moves nothing the reader sees (no layout shift). */
      --_placeholder-height: max(24rem, 100vh);
      --_max-width: var(--reader-max-width, 42rem);
    }
    [hidden] {
      display: none !important;
    }
    article {
      max-width: var(--_max-width);
      margin-inline: auto;
    }
    /* Until the sanitized body is here, the article keeps the placeholder's height (no layout shift). */
    article.body-pending {
      min-height: var(--reader-placeholder-height, var(--_placeholder-height, 12rem));
    }
    .title {
      margin: 0 0 calc(var(--_space) * 0.5);
      font-family: var(--reader-title-font-family, inherit);
      font-size: var(--reader-title-size, clamp(1.5rem, 1.2rem + 1.5vw, 2.25rem));
      font-weight: var(--reader-title-weight, 700);
      line-height: 1.3;
      letter-spacing: -0.01em;
      text-wrap: balance;
      unicode-bidi: isolate;
    }
    :lang(zh) .title,
    :lang(ja) .title,
    :lang(ko) .title {
      letter-spacing: 0;
    }
    .summary {
      margin: 0 0 var(--_space);
      color: var(--_muted);
      font-size: 1.125em;
    }
    .byline {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.5em;
      margin: 0 0 calc(var(--_space) * 1.5);
      padding-block-end: var(--_space);
      border-block-end: 1px solid var(--_border);
      color: var(--_muted);
      font-size: 0.875em;
    }
    .byline a {
      color: inherit;
      text-decoration-color: color-mix(in srgb, currentColor 40%, transparent);
    }
    .author {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      font-weight: 600;
      color: var(--_text);
    }
    .avatar {
      width: 1.5em;
      height: 1.5em;
      border-radius: 50%;
      object-fit: cover;
    }
    .image {
      margin: 0 0 var(--_space);
    }
    .image img {
      display: block;
      width: 100%;
      height: auto;
      object-fit: cover;
      border-radius: var(--_radius);
      background: var(--_subtle);
    }
    /* With width and height the browser reserves their ratio itself (no inline style, which strict CSP blocks). */
    .image img:not([width][height]) {
      aspect-ratio: var(--reader-image-ratio, 16 / 9);
    }
    .body {
      font-size: var(--reader-body-size, 1.0625em);
      line-height: var(--_line-height);
    }
    .body:lang(zh),
    .body:lang(ja) {
      line-height: var(--reader-line-height, 1.8);
      text-align: justify;
      text-spacing-trim: space-first;
    }
    .body[aria-busy='true'] {
      min-height: 8rem;
    }
    .body > :first-child {
      margin-block-start: 0;
    }
    .body :is(p, ul, ol, dl, blockquote, figure, pre, table, details) {
      margin-block: 0 var(--_space);
    }
    .body :is(h1, h2, h3, h4, h5, h6) {
      margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 0.5);
      line-height: 1.3;
    }
    .body img,
    .body video {
      max-width: 100%;
      height: auto;
      border-radius: calc(var(--_radius) / 2);
    }
    .body figure {
      margin-inline: 0;
    }
    /* Indents as a share of the line, so any depth of nested lists, quotes or definitions stays inside. */
    .body :is(ul, ol) {
      padding-inline-start: min(1.75em, 8%);
    }
    .body dd {
      margin-inline-start: min(1.75em, 8%);
    }
    .body :is(img, video, audio, iframe, svg, canvas) {
      max-width: 100%;
    }
    .body figcaption {
      margin-block-start: 0.5em;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .body blockquote {
      margin-inline: 0;
      padding-inline-start: min(var(--_space), 6%);
      border-inline-start: 3px solid var(--_accent);
      color: var(--_muted);
    }
    .body :is(code, kbd, samp) {
      padding: 0.1em 0.3em;
      border-radius: 4px;
      background: var(--_subtle);
      font-family: var(--reader-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
      font-size: 0.9em;
    }
    .body pre {
      overflow-x: auto;
      padding: var(--_space);
      border-radius: var(--_radius);
      background: var(--_subtle);
    }
    .body pre code {
      padding: 0;
      background: none;
    }
    .body table {
      display: block;
      overflow-x: auto;
      border-collapse: collapse;
    }
    .body :is(th, td) {
      padding: 0.4em 0.75em;
      border: 1px solid var(--_border);
      text-align: start;
    }
    .body hr {
      border: 0;
      border-block-start: 1px solid var(--_border);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: calc(var(--_space) * 1.5) 0 0;
      padding: 0;
      list-style: none;
      font-size: 0.8125em;
    }
    .tags li {
      padding: 0.2em 0.75em;
      border-radius: 999px;
      background: var(--_subtle);
      color: var(--_muted);
    }
    .sep {
      opacity: 0.6;
    }
    /* Paper: no space held for a body still loading, every line of code and table printed (no scroll
       box to hide it), nothing split across pages that reads badly split, and each body link followed
       by its address, since a printed link cannot be followed. */
    @media print {
      article.body-pending,
      .body[aria-busy='true'] {
        min-height: 0;
      }
      .body pre {
        overflow: visible;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .body table {
        overflow: visible;
      }
      .title {
        break-after: avoid;
      }
      .image,
      .body :is(figure, img, pre, blockquote, tr) {
        break-inside: avoid;
      }
      .body a[href]:not([href^='#'])::after {
        content: ' (' attr(href) ')';
        color: var(--_muted);
        font-size: 0.875em;
        overflow-wrap: anywhere;
      }
    }
  `,
];
