/**
 * What a server-rendered element left for the browser (SSR-FORMAT.md): next to its declarative shadow
 * root, a `<script type="application/json" data-reader-hydrate>` child with the data it was rendered
 * from and the conditions of that render (language, clock, time zone). The element reads it
 * synchronously when it connects, before its first update, so that update can reproduce the server's
 * DOM exactly (Lit's hydration adopts the nodes, it does not compare them) instead of fetching or
 * parsing again. Only the JSON is read here: never through the lazy format engine.
 */

import { pageHidden } from '../core/platform.js';

/** The script's selector; the inline-data controller leaves such scripts alone. */
export const HYDRATE_SCRIPT = 'script[data-reader-hydrate]';

/** The server's render, as the client needs it. */
export interface ServerRender {
  /** The element's input as given to the server (for an article, without `bodyHtml`). */
  data: unknown;
  /** The UI language the server rendered with. */
  lang?: string;
  /** The server's clock for relative dates. */
  now?: Date;
  /** The IANA zone the server wrote absolute dates in. */
  timeZone?: string;
  /** The shadow root holds a sanitized article body. */
  serverBody: boolean;
  /** The server rendered the error state. */
  error: boolean;
}

/** The host's `data-reader-hydrate` script as a `ServerRender`; undefined when there is none or it is not one. */
export function readServerRender(host: Element): ServerRender | undefined {
  const script = host.querySelector(`:scope > ${HYDRATE_SCRIPT}`);
  if (!script) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(script.textContent ?? '');
  } catch {
    console.warn(`<${host.localName}>: its data-reader-hydrate script is not JSON; rendering it again in the browser.`);
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const { data, lang, now, timeZone, serverBody, error } = json as Record<string, unknown>;
  const clock = typeof now === 'string' || typeof now === 'number' ? new Date(now) : undefined;
  return {
    data,
    lang: typeof lang === 'string' && lang ? lang : undefined,
    now: clock && !Number.isNaN(clock.getTime()) ? clock : undefined,
    timeZone: typeof timeZone === 'string' && timeZone ? timeZone : undefined,
    serverBody: serverBody === true,
    error: error === true,
  };
}

/**
 * The flag Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`) sets in
 * `createRenderRoot` when it is about to hydrate the host's existing shadow root on its first update:
 * `_$needsHydration` in Lit's development build, `_$AG` in its production build (Lit minifies its `_$`
 * names to the same short names in every package, so that its packages agree with each other).
 * A private name, read because it is the only exact signal: a public one (`globalThis.litElementHydrateSupport`
 * set, a shadow root present) does not say whether this copy of LitElement was patched (the support
 * must be evaluated before it). If a Lit release renames it, test/hydrate fails: the development name
 * in hydrate.test.ts and traps.test.ts, the production name in cdn.test.ts (zero mutations, no error).
 */
const FLAGS = ['_$needsHydration', '_$AG'] as const;
type Flagged = Partial<Record<(typeof FLAGS)[number], boolean>>;

/** Whether Lit's hydration support will hydrate `host`'s existing shadow root on its first update. */
export function willHydrate(host: object): boolean {
  return FLAGS.some((flag) => (host as Flagged)[flag] === true);
}

/** Tells Lit's hydration support not to hydrate `host` (it renders into a root it emptied instead). */
export function skipHydration(host: object): void {
  for (const flag of FLAGS) if ((host as Flagged)[flag] === true) (host as Flagged)[flag] = false;
}

/**
 * Resolves once the browser has painted a frame after this call (two animation frames, then a task), or
 * after a task on a hidden page (which paints nothing). A hydrating element waits for it before its first
 * update: its content is on screen already (the server's), and hydrating first would put every element's
 * hydration (one long task when the hydrate module is ready as soon as the HTML is parsed, e.g. from a warm
 * cache) between the parsed page and its first paint, pushing Largest Contentful Paint back by that much
 * (issue 16's bench, run after run). Each caller gets a task of its own, so hydrating several elements is
 * several short tasks, not one long one.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const task = () => setTimeout(resolve, 0);
    if (pageHidden()) task();
    else requestAnimationFrame(() => requestAnimationFrame(task));
  });
}
