/**
 * Browser side of the hydration tests: asks the test server for an element rendered as a server renders it
 * (ssr-plugin.mjs), puts that HTML in the page as a parser would (declarative shadow DOM attached), and
 * records every DOM mutation in the host and its shadow root while the element hydrates.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface ServerRequest {
  tag: 'article-view' | 'related-list' | 'trending-ticker';
  data: unknown;
  attributes?: Record<string, string | number | boolean>;
  /** The server's language, clock (ISO) and zone. */
  lang?: string;
  now?: string;
  timeZone?: string;
  /** 'ssr': the server module (src/ssr.ts) as it is; otherwise the test renderer with the given clock, zone and language. */
  via?: 'ssr';
}

export function serverMarkup(request: ServerRequest): Promise<string> {
  return executeServerCommand<string, ServerRequest>('reader-server-render', request) as Promise<string>;
}

/** A detached container holding `markup` parsed with its declarative shadow roots. */
export function parseServerHtml(markup: string): HTMLElement {
  const container = document.createElement('div');
  (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  return container;
}

export interface Hydrated<E extends HTMLElement> {
  el: E;
  container: HTMLElement;
  /** What changed in the host and its shadow root from insertion to the end of the first update. */
  hydrationMutations: MutationRecord[];
  /** The shadow root's text content at the end of the first update (before the reader's own update). */
  hydratedText: string;
  observer: MutationObserver;
}

/**
 * Renders `request` on the server, inserts it into the page and waits for the element's first update
 * (its `reader-load` or `reader-error`), recording the mutations up to then; the observer keeps recording.
 */
export async function hydrateFromServer<E extends HTMLElement>(request: ServerRequest): Promise<Hydrated<E>> {
  const container = parseServerHtml(await serverMarkup(request));
  const el = container.querySelector<E>(request.tag)!;
  if (!el.shadowRoot) throw new Error('the server markup has no declarative shadow root');
  const observer = new MutationObserver(() => undefined);
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  observer.observe(el, options);
  observer.observe(el.shadowRoot, options);
  const settled = new Promise<[MutationRecord[], string]>((resolve) => {
    const done = () => resolve([observer.takeRecords(), el.shadowRoot!.textContent!.replace(/\s+/g, ' ')]);
    el.addEventListener('reader-load', done, { once: true });
    el.addEventListener('reader-error', done, { once: true });
  });
  document.body.append(container);
  const [hydrationMutations, hydratedText] = await settled;
  return { el, container, hydrationMutations, hydratedText, observer };
}

/** Mutation records as short text, for a readable failure. */
export function describeMutations(records: MutationRecord[]): string[] {
  return records.map((r) => {
    const target =
      r.target.nodeType === 1
        ? (r.target as Element).localName +
          ((r.target as Element).getAttribute('part') ? `[part=${(r.target as Element).getAttribute('part')}]` : '')
        : r.target.nodeName;
    return `${r.type} on ${target}${r.attributeName ? ` (${r.attributeName})` : ''}: +${r.addedNodes.length} -${r.removedNodes.length}`;
  });
}
