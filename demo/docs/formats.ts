/// <reference types="vite/client" />
// The data-format page: when the repository has docs/formats.md (the format adapters' own reference),
// its text replaces the short table, rendered at build time by Vite's raw import.
import { setUpPage } from './docs.js';
import { markdownToHtml } from './markdown.js';

const docs = import.meta.glob<string>('../../docs/formats.md', { query: '?raw', import: 'default', eager: true });
const text = Object.values(docs)[0];
if (text) {
  const target = document.querySelector('#formats-doc')!;
  target.innerHTML = markdownToHtml(text.replace(/^# .*\n/, ''));
  for (const table of target.querySelectorAll('table')) table.outerHTML = `<div class="table-scroll md-table">${table.outerHTML}</div>`;
}
setUpPage();
