/**
 * Just enough Markdown for the repository's own docs (headings, paragraphs, lists, tables, fenced code,
 * inline code, links, bold). The input is this repository's file, built into the site; still, every
 * piece of text is escaped and only the tags written here are produced.
 */
import { slug } from './slug.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface MarkdownOptions {
  /** Added to every heading's level: 1 renders `#` as `<h2>` (a document nested under a page's own heading). */
  headingOffset?: number;
  /** Markdown files that are pages of the site (`languages` for languages.md): links to them go to the page. */
  sitePages?: readonly string[];
}

/** A link to `name.md` becomes a link to the site page `name.html`; other Markdown files have no page. */
function siteHref(href: string, sitePages: readonly string[]): string | undefined {
  const match = /^(?:\.\/)?([\w-]+)\.md(#.*)?$/.exec(href);
  if (match && sitePages.includes(match[1])) return `./${match[1]}.html${match[2] ?? ''}`;
  return /\.md(#|$)/.test(href) ? undefined : href;
}

function inline(text: string, sitePages: readonly string[] = []): string {
  return text
    .split(/(`[^`]+`)/)
    .map((piece) => {
      if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1) return `<code>${escape(piece.slice(1, -1))}</code>`;
      return escape(piece)
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\(((?:https?:\/\/|\.{0,2}\/|#|[\w-]+\.md)[^)\s]*)\)/g, (_, label: string, href: string) => {
          const target = siteHref(href, sitePages);
          return target === undefined ? label : `<a href="${target}">${label}</a>`;
        });
    })
    .join('');
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

export function markdownToHtml(markdown: string, { headingOffset = 1, sitePages = [] }: MarkdownOptions = {}): string {
  const used = new Set<string>();
  const text = (line: string) => inline(line, sitePages);
  // HTML comments (e.g. formatter hints) are not content.
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^```/.test(line)) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) body.push(lines[i]);
      i++;
      out.push(`<pre><code>${escape(body.join('\n'))}</code></pre>`);
    } else if (/^#{1,6} /.test(line)) {
      const level = Math.min(6, line.match(/^#+/)![0].length + headingOffset);
      const title = line.replace(/^#+ /, '');
      out.push(`<h${level} id="${escape(slug(title.replace(/`/g, ''), used))}">${text(title)}</h${level}>`);
      i++;
    } else if (/^\|/.test(line) && /^\|?\s*:?-{2,}/.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && /^\|/.test(lines[i]); i++) rows.push(cells(lines[i]));
      out.push(
        `<table><thead><tr>${head.map((h) => `<th scope="col">${text(h)}</th>`).join('')}</tr></thead><tbody>${rows
          .map(
            (r) => `<tr>${r.map((c, i) => `<td data-label="${escape((head[i] ?? '').replace(/`/g, ''))}">${text(c)}</td>`).join('')}</tr>`,
          )
          .join('')}</tbody></table>`,
      );
    } else if (/^\s*[-*] /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^\s*[-*] /.test(lines[i])) {
        // An item goes on over indented lines that follow it (a wrapped sentence).
        const item = [lines[i++].replace(/^\s*[-*] /, '')];
        for (; i < lines.length && /^\s+\S/.test(lines[i]) && !/^\s*[-*] /.test(lines[i]); i++) item.push(lines[i].trim());
        items.push(`<li>${text(item.join(' '))}</li>`);
      }
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (line.trim() === '') {
      i++;
    } else {
      const para: string[] = [];
      for (; i < lines.length && lines[i].trim() !== '' && !/^(```|#{1,6} |\||\s*[-*] )/.test(lines[i]); i++) para.push(lines[i]);
      out.push(`<p>${text(para.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}
