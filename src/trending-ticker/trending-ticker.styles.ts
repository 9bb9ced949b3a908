import { css } from 'lit';
import { limitRowsStyles, readerStyles } from '../base/reader.styles.js';

export const trendingTickerStyles = [
  readerStyles,
  limitRowsStyles,
  css`
    :where(:host) {
      --_gap: var(--reader-gap, 2rem);
      --_height: var(--reader-ticker-height, 2.5rem);
      --_fade: var(--reader-ticker-fade, 1.5rem);
      --_transition: var(--reader-ticker-transition, 400ms);
      --_rank: var(--reader-rank-color, var(--_accent));
      --_bg: var(--reader-color-background, transparent);
      /* While loading, the space each mode will take (header, gap, then the moving line, the two-line
         slide and its progress bar, or --_rows list items: the limit attribute's count, else 5). */
      --_header-block: calc(2rem + var(--_space) * 0.5);
      --_placeholder-height: calc(var(--_header-block) + var(--_height));
      --_rows: 5;
      --_list-height: calc(var(--_header-block) + var(--_rows) * 3.125em + (var(--_rows) - 1) * (var(--_gap) * 0.75 + 1px));
    }
    :host([theme='dark']) {
      --_bg: var(--reader-color-background, var(--_surface));
    }
    :host([mode='rotate']) {
      --_placeholder-height: calc(var(--_header-block) + max(var(--_height), 3em) + 2px + 0.375rem);
    }
    :host([mode='static']) {
      --_placeholder-height: var(--_list-height);
    }
    /* A reader who prefers reduced motion gets the list instead of the marquee. */
    @media (prefers-reduced-motion: reduce) {
      :host(:not([mode='rotate'])) {
        --_placeholder-height: var(--_list-height);
      }
    }
    .ticker {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 0.5);
    }
    .viewport {
      min-width: 0;
    }
    .header {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
      min-height: 2rem;
    }
    .heading {
      margin: 0;
      margin-inline-end: auto;
      font-size: var(--reader-heading-size, 1rem);
      font-weight: 700;
      line-height: 1.3;
    }
    .controls {
      display: flex;
      gap: 0.25rem;
      margin-inline-start: auto;
    }
    /* Until script runs the ticker (no script, a crawler, the hydrate file not yet here) its buttons would do
       nothing: hidden from view and assistive tech, their place kept so nothing shifts when they appear. */
    :host(:not(:defined)) .controls,
    :host([defer-hydration]) .controls {
      visibility: hidden;
    }
    .control {
      display: grid;
      place-items: center;
      inline-size: 2rem;
      block-size: 2rem;
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      color: var(--_text);
      cursor: pointer;
    }
    .control:hover {
      border-color: var(--_accent);
      color: var(--_accent);
    }
    .control svg {
      inline-size: 0.875rem;
      block-size: 0.875rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .control .fill {
      fill: currentColor;
      stroke: none;
    }
    /* Arrows and the play triangle point the way the text reads. */
    .control:dir(rtl) .flip {
      transform: scaleX(-1);
      transform-origin: center;
    }
    .list,
    .group,
    .slides {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .link {
      display: inline;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      text-decoration: none;
      cursor: pointer;
    }
    .link:hover .title {
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    .title {
      font-weight: 600;
    }
    .excerpt {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .rank {
      flex: none;
      min-inline-size: 1.5em;
      color: var(--_muted);
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      text-align: center;
    }
    .item:nth-child(-n + 3) > .rank {
      color: var(--_rank);
    }

    /* scroll: one line that moves; the track holds the list and hidden copies of it. */
    .mode-scroll .viewport {
      overflow: clip;
      min-block-size: var(--_height);
      display: flex;
      align-items: center;
      mask-image: linear-gradient(to right, transparent, #000 var(--_fade), #000 calc(100% - var(--_fade)), transparent);
    }
    .track {
      position: relative;
      display: flex;
      inline-size: max-content;
      will-change: transform;
      /* The host's own background, carried by the moving strip (readable where it passes the clip). */
      background: var(--_bg);
    }
    .group {
      display: flex;
      flex: none;
    }
    .mode-scroll .item {
      display: flex;
      align-items: baseline;
      gap: 0.5em;
      padding-inline-end: var(--_gap);
      white-space: nowrap;
    }
    .mode-scroll .excerpt::before {
      content: ' · ';
      color: var(--_border);
    }
    .copy {
      cursor: pointer;
    }

    /* rotate: the headlines share one cell; the current one is shown. */
    .slides {
      display: grid;
      min-block-size: var(--_height);
      align-items: center;
    }
    .slide {
      grid-area: 1 / 1;
      display: flex;
      align-items: baseline;
      gap: 0.5em;
      min-width: 0;
      opacity: 0;
      transform: translateY(0.5em);
      pointer-events: none;
      transition:
        opacity var(--_transition) ease,
        transform var(--_transition) ease;
    }
    .slide.current {
      opacity: 1;
      transform: none;
      pointer-events: auto;
    }
    .slide .link {
      display: grid;
      min-width: 0;
    }
    .slide .title,
    .slide .excerpt {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .progress-track {
      block-size: 2px;
      margin-block-start: 0.375rem;
      background: var(--_subtle);
      overflow: hidden;
    }
    .progress {
      block-size: 100%;
      background: var(--_accent);
      transform: scaleX(0);
      transform-origin: left;
    }
    .progress:dir(rtl) {
      transform-origin: right;
    }
    @media (prefers-reduced-motion: reduce) {
      .slide {
        transition: none;
        transform: none;
      }
    }

    /* static: a ranked list. */
    .list {
      display: grid;
      gap: calc(var(--_gap) * 0.375);
    }
    .mode-static .item {
      display: flex;
      align-items: baseline;
      gap: 0.5em;
    }
    .mode-static .item + .item {
      padding-block-start: calc(var(--_gap) * 0.375);
      border-block-start: 1px solid var(--_border);
    }
    .mode-static .link {
      display: grid;
      gap: 0.125rem;
      min-width: 0;
    }
    .mode-static .title,
    .mode-static .excerpt {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .empty {
      margin: 0;
      color: var(--_muted);
    }

    /* Paper: every mode prints as the ranked list, standing still, without controls or the hidden copies.
       The marquee's transform is a Web Animation, which only an !important declaration outranks. */
    @media print {
      .controls,
      .progress-track,
      .group.copy {
        display: none;
      }
      .mode-scroll .viewport {
        display: block;
        overflow: visible;
        mask-image: none;
      }
      .track {
        display: block;
        inline-size: auto;
        transform: none !important;
        will-change: auto;
        background: none;
      }
      .group,
      .slides {
        display: grid;
        gap: calc(var(--_gap) * 0.375);
      }
      .mode-scroll .item,
      .slide {
        grid-area: auto;
        padding-inline-end: 0;
        white-space: normal;
        opacity: 1;
        transform: none;
      }
      .item + .item {
        padding-block-start: calc(var(--_gap) * 0.375);
        border-block-start: 1px solid var(--_border);
      }
      .slide .title,
      .slide .excerpt {
        overflow: visible;
        white-space: normal;
      }
      .item {
        break-inside: avoid;
      }
    }
  `,
];
