/**
 * The docs site's search: an index of sections (a heading and the text under it) read from the pages
 * themselves, and a ranking that needs no library. The index is small (the whole site is a few hundred
 * sections), so every query scans it.
 */
import { slug } from './slug.js';

export interface SearchEntry {
  /** The page's name in the navigation, e.g. `<article-view>`. */
  page: string;
  /** Where the section starts: `article-view.html#from-a-url`. */
  href: string;
  heading: string;
  text: string;
}

export interface SearchResult {
  entry: SearchEntry;
  score: number;
  /** A short piece of the text around the first match (the start of the text when only the heading matched). */
  snippet: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON']);
const HEADING = /^H[1-3]$/;

/**
 * The sections of one page's content: each `<h1>`–`<h3>` starts one; text before the first heading belongs
 * to the page's title. Headings without an id get the one `assignHeadingIds` gives them on the page.
 */
export function sectionsOf(root: Element, page: { href: string; label: string }): SearchEntry[] {
  const used = new Set([...root.querySelectorAll('[id]')].map((element) => element.id));
  const entries: SearchEntry[] = [];
  let current: SearchEntry = { page: page.label, href: page.href, heading: page.label, text: '' };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current.text += node.textContent;
      return;
    }
    if (!(node instanceof Element) || SKIP.has(node.tagName)) return;
    if (HEADING.test(node.tagName)) {
      entries.push(current);
      const heading = clean(node.textContent ?? '');
      const id = node.id || slug(heading, used);
      current = { page: page.label, href: node.tagName === 'H1' ? page.href : `${page.href}#${id}`, heading, text: '' };
      return;
    }
    // Block boundaries separate words that the markup puts on different lines.
    node.childNodes.forEach(visit);
    current.text += ' ';
  };
  root.childNodes.forEach(visit);
  entries.push(current);
  return entries.map((entry) => ({ ...entry, text: clean(entry.text) })).filter((entry) => entry.text || entry.heading !== page.label);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Query words: split on spaces; a word in a script without spaces (Chinese) is matched as a substring anyway. */
const termsOf = (query: string) => clean(query).toLowerCase().split(' ').filter(Boolean);

export function search(entries: readonly SearchEntry[], query: string, limit = 8): SearchResult[] {
  const terms = termsOf(query);
  if (terms.length === 0) return [];
  const phrase = terms.join(' ');
  const results: SearchResult[] = [];
  for (const entry of entries) {
    const heading = entry.heading.toLowerCase();
    const text = entry.text.toLowerCase();
    const page = entry.page.toLowerCase();
    if (!terms.every((term) => heading.includes(term) || text.includes(term) || page.includes(term))) continue;
    let score = 0;
    if (heading === phrase || heading.replace(/[<>`]/g, '') === phrase) score += 40;
    for (const term of terms) {
      if (heading.includes(term)) score += heading.startsWith(term) ? 15 : 10;
      if (page.includes(term)) score += 3;
      score += Math.min(5, occurrences(text, term));
    }
    if (text.includes(phrase) && terms.length > 1) score += 8;
    results.push({ entry, score, snippet: snippetOf(entry.text, terms) });
  }
  return results.sort((a, b) => b.score - a.score).slice(0, limit);
}

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1 && count < 5; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

function snippetOf(text: string, terms: string[], width = 140): string {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0), Infinity);
  if (!Number.isFinite(at) || at < width / 2) return text.length > width ? `${text.slice(0, width).trimEnd()}…` : text;
  const start = text.lastIndexOf(' ', at - width / 3) + 1 || at - width / 3;
  const piece = text.slice(start, start + width).trim();
  return `…${piece}${start + width < text.length ? '…' : ''}`;
}

/** The ranges of `text` that match a query word, for highlighting (sorted, not overlapping). */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (const term of termsOf(query)) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
