/** Shared set-up for the security tests: the script-ran flag, the recording "third party", rendering. */
import { oneEvent } from '@open-wc/testing';
import '../../src/article-view/define.js';
import type { ArticleView } from '../../src/article-view/article-view.js';

declare global {
  interface Window {
    __xss: (id?: unknown) => void;
    __xssHits: unknown[];
  }
}

/** Any payload that manages to run calls `__xss()`; every call is kept for the test to see. */
export function installScriptFlag(): void {
  window.__xssHits = [];
  window.__xss = (id?: unknown) => void window.__xssHits.push(id ?? true);
}

/**
 * A second origin on the same test server, so a request to it is a request to a "third party" that
 * the server records (test/security/server.mjs).
 */
export function thirdPartyOrigin(): string {
  const host = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${host}:${location.port}`;
}

export const exfilUrl = (id: string) => `${thirdPartyOrigin()}/__security/exfil/${encodeURIComponent(id)}`;

/** Everything the recording endpoint has seen (optionally emptying it). */
export async function exfilLog(clear = false): Promise<string[]> {
  const response = await fetch(`/__security/exfil-log${clear ? '?clear=1' : ''}`, { cache: 'no-store' });
  return response.json();
}

/** Resource Timing entries that went to the recording endpoint for this id. */
export const exfilEntries = (id: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/__security/exfil/${encodeURIComponent(id)}`));

/** Lets pending loads, error events and a couple of frames happen, so a late handler would be seen. */
export async function settle(root?: ParentNode): Promise<void> {
  const media = root ? [...root.querySelectorAll('img')] : [];
  await Promise.all(media.map((img) => img.decode().catch(() => undefined)));
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export const FIXED_NOW = new Date(Date.UTC(2025, 11, 5, 12, 0, 0));

/** Renders an article into a connected <article-view> and waits for its load or error event. */
export async function renderArticle(article: unknown, container: HTMLElement = document.body): Promise<{ el: ArticleView; event: string }> {
  const el = document.createElement('article-view');
  el.now = FIXED_NOW;
  const done = Promise.race([
    oneEvent(el, 'reader-load').then(() => 'reader-load'),
    oneEvent(el, 'reader-error').then(() => 'reader-error'),
  ]);
  el.article = article;
  container.append(el);
  const event = await done;
  return { el, event };
}
