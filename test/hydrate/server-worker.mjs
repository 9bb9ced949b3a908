// A worker thread of web-test-runner's Node process that renders elements as a server does, for the
// hydration tests (see ssr-plugin.mjs): the TypeScript sources under @lit-labs/ssr, and the wire format
// of SSR-FORMAT.md (declarative shadow root, then the `data-reader-hydrate` JSON).
import { parentPort } from 'node:worker_threads';

await import('./ts-hooks.mjs');
await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
const { loadMessages } = await import('../../src/core/messages.ts');
const ssr = await import('../../src/ssr.ts');

/** The JSON the client reads, escaped as the wire format says (no `<`, `>`, `&`, U+2028/9 as they are). */
const hydrationScript = (state) =>
  `<script type="application/json" data-reader-hydrate>${JSON.stringify(state).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}</script>`;

const attributeMarkup = (attributes = {}) =>
  Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');

/**
 * `request`: { tag, data, attributes?, lang?, now?, timeZone?, via? }. `via: 'ssr'` renders with the
 * server module (src/ssr.ts) as it is; otherwise the element is rendered here with the clock, zone and
 * language given (as the server module is to do with its options). Either way the hydration JSON follows.
 */
async function renderElement({ tag, data, attributes = {}, lang, now, timeZone = 'UTC', via }) {
  const property = tag === 'article-view' ? 'article' : 'items';
  const shown = lang ?? attributes.locale ?? (tag === 'article-view' ? data?.lang : undefined) ?? 'en';
  const clock = now ?? new Date().toISOString();
  let markup;
  if (via === 'ssr') {
    const renderer = {
      'article-view': ssr.renderArticleView,
      'related-list': ssr.renderRelatedList,
      'trending-ticker': ssr.renderTrendingTicker,
    }[tag];
    markup = await renderer(data, { attributes, lang, now: clock, timeZone });
  } else {
    await loadMessages(shown);
    const open = unsafeStatic(`<${tag}${attributeMarkup(attributes)}`);
    const close = unsafeStatic(`</${tag}>`);
    markup = await collectResult(
      render(html`${open} .${unsafeStatic(property)}=${data} .now=${new Date(clock)} .timeZone=${timeZone} .locale=${shown}>${close}`),
    );
  }
  if (markup.includes('data-reader-hydrate')) return markup;
  const { bodyHtml: _body, ...withoutBody } = tag === 'article-view' && data && typeof data === 'object' ? data : { data };
  const state = { data: tag === 'article-view' ? withoutBody : data, lang: shown, now: clock, timeZone, serverBody: false };
  const end = markup.lastIndexOf(`</${tag}>`);
  return `${markup.slice(0, end)}${hydrationScript(state)}${markup.slice(end)}`;
}

parentPort.on('message', async ({ id, request }) => {
  try {
    parentPort.postMessage({ id, markup: await renderElement(request) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
  }
});
