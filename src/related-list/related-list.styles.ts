import { css } from 'lit';
import { limitRowsStyles, readerStyles } from '../base/reader.styles.js';

/**
 * Three layouts from one markup. `cards` is a column of rows (thumbnail beside the text) while the
 * element's own box is narrow, and a grid of vertical cards once it is wide: a container query, so it
 * adapts to the column it sits in, not to the viewport. Only logical properties, so RTL pages mirror it.
 */
export const relatedListStyles = [
  readerStyles,
  limitRowsStyles,
  css`
    :where(:host) {
      --_gap: var(--reader-gap, calc(var(--_space) * 0.75));
      --_title-lines: var(--reader-title-lines, 3);
      --_title-size: var(--reader-item-title-size, 1em);
      --_thumb-size: var(--reader-thumbnail-size, 6rem);
      --_thumb-ratio: var(--reader-thumbnail-row-ratio, 4 / 3);
      /* While loading, the space the list will take: its heading and --_rows one-line items of the
         layout (the limit attribute's count, else 5), so the page around it barely moves when it arrives. */
      --_rows: 5;
      --_heading-block: calc(var(--reader-heading-size, 1.125em) * 1.3 + var(--_gap));
      --_placeholder-height: calc(
        var(--_heading-block) + var(--_rows) * var(--_title-size) * 1.45 + (var(--_rows) - 1) * (var(--_gap) * 1.5 + 1px)
      );
    }
    :host([layout='compact']) {
      --_placeholder-height: calc(
        var(--_heading-block) + var(--_rows) * var(--reader-item-title-size, 0.9375em) * 1.45 + (var(--_rows) - 1) * var(--_gap) * 0.5
      );
    }
    :host([layout='cards']) {
      --_placeholder-height: calc(var(--_heading-block) + var(--_rows) * 6em + (var(--_rows) - 1) * var(--_gap));
    }
    :host([heading='']) {
      --_heading-block: 0px;
    }
    :host(:state(empty)[empty='hidden']) {
      display: none;
    }
    [hidden] {
      display: none !important;
    }
    .root {
      container: related-list / inline-size;
    }
    .heading,
    ::slotted([slot='heading']) {
      margin: 0 0 var(--_gap);
    }
    .heading {
      color: var(--reader-heading-color, var(--_text));
      font-size: var(--reader-heading-size, 1.125em);
      font-weight: 700;
      line-height: 1.3;
      text-wrap: balance;
    }
    .list {
      display: grid;
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      position: relative;
      min-inline-size: 0;
    }
    .text {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      min-inline-size: 0;
    }

    /* Titles: the link stretches over its whole item, so a card or row is one click target and one tab stop. */
    .title {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--_title-lines);
      overflow: hidden;
      color: var(--_text);
      font-size: var(--_title-size);
      font-weight: var(--reader-item-title-weight, 600);
      line-height: 1.45;
      text-decoration: none;
      overflow-wrap: anywhere;
      unicode-bidi: isolate;
    }
    a.title::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: calc(var(--_radius) * 0.75);
    }
    a.title:hover {
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a.title:focus-visible {
      outline: none;
    }
    a.title:focus-visible::after {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .excerpt {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--reader-excerpt-lines, 3);
      overflow: hidden;
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
      line-height: var(--_line-height);
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 0.5em;
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125em;
      line-height: 1.4;
    }

    /* list: title and date, separated by hairlines. */
    .layout-list .list {
      gap: 0;
    }
    .layout-list .item {
      padding-block: calc(var(--_gap) * 0.75);
    }
    .layout-list .item + .item {
      border-block-start: 1px solid var(--_border);
    }
    .layout-list .item:first-child {
      padding-block-start: 0;
    }
    .layout-list .item:last-child {
      padding-block-end: 0;
    }

    /* compact: one line per title, a small marker before each. */
    .layout-compact {
      --_title-lines: var(--reader-title-lines, 1);
      --_title-size: var(--reader-item-title-size, 0.9375em);
    }
    .layout-compact .list {
      gap: calc(var(--_gap) * 0.5);
    }
    .layout-compact .item {
      padding-inline-start: 0.9em;
    }
    .layout-compact .item::before {
      content: '';
      position: absolute;
      inset-inline-start: 0;
      inset-block-start: 0.62em;
      inline-size: 0.35em;
      block-size: 0.35em;
      border-radius: 50%;
      background: var(--_accent);
      opacity: 0.7;
    }
    .layout-compact .title {
      font-weight: var(--reader-item-title-weight, 500);
    }

    /* cards, narrow: a row per card, thumbnail at the inline start. */
    .layout-cards .item {
      display: grid;
      grid-template-columns: var(--_thumb-size) minmax(0, 1fr);
      align-items: start;
      gap: calc(var(--_gap) * 0.875);
    }
    .layout-cards .excerpt {
      -webkit-line-clamp: var(--reader-excerpt-lines, 2);
    }
    .thumbnail {
      position: relative;
      container-type: inline-size;
      aspect-ratio: var(--_thumb-ratio);
      overflow: hidden;
      border-radius: calc(var(--_radius) * 0.75);
      background: var(--_subtle);
    }
    .thumbnail img {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
      background: var(--_subtle);
    }
    .fallback {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      background:
        radial-gradient(circle at 25% 20%, color-mix(in srgb, var(--_accent) 16%, transparent), transparent 60%),
        linear-gradient(135deg, color-mix(in srgb, var(--_accent) 10%, var(--_subtle)), var(--_subtle));
      color: color-mix(in srgb, var(--_accent) 40%, var(--_muted));
      font-size: clamp(1rem, 26cqi, 2.75rem);
      font-weight: 600;
      opacity: 0.85;
      line-height: 1;
      user-select: none;
    }

    /* cards, wide: a grid of vertical cards. Keep 34rem in step with --reader-cards-breakpoint's docs. */
    @container related-list (min-width: 34rem) {
      .layout-cards .list {
        grid-template-columns: repeat(auto-fill, minmax(min(var(--reader-card-min-width, 14rem), 100%), 1fr));
        gap: calc(var(--_gap) * 1.5) var(--_gap);
      }
      .layout-cards .item {
        grid-template-columns: minmax(0, 1fr);
        grid-template-rows: auto 1fr;
        gap: 0;
        overflow: hidden;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--reader-card-background, transparent);
        transition: border-color 0.15s;
      }
      .layout-cards .item:hover {
        border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border));
      }
      .layout-cards .thumbnail {
        aspect-ratio: var(--reader-thumbnail-ratio, 16 / 9);
        border-radius: 0;
      }
      .layout-cards .text {
        padding: calc(var(--_gap) * 0.875);
      }
      .layout-cards a.title::after {
        border-radius: var(--_radius);
      }
      .layout-cards .meta {
        margin-block-start: auto;
        padding-block-start: 0.25em;
      }
    }

    .empty {
      padding-block: calc(var(--_space) * 0.5);
      color: var(--_muted);
      font-size: 0.875em;
    }
    @media print {
      .item {
        break-inside: avoid;
      }
    }
    @media (forced-colors: active) {
      .fallback {
        border: 1px solid CanvasText;
      }
    }
  `,
];
