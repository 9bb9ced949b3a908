// In-page measurements for bench/run.mjs. Each function runs one measurement of one kind and returns
// numbers; the driver alternates kinds, repeats, and takes medians. The widgets come from the CDN
// build (dist/cdn/reader-widgets.js), exactly what a site loads.
import DOMPurify from '/node_modules/dompurify/dist/purify.es.mjs';

const gc = () => globalThis.gc?.();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const loaded = (el) =>
  new Promise((resolve, reject) => {
    el.addEventListener('reader-load', resolve, { once: true });
    el.addEventListener('reader-error', (event) => reject(new Error(event.detail.message)), { once: true });
  });

const stage = () => {
  const host = document.createElement('div');
  document.body.append(host);
  return host;
};

/** `<article-view>`: time from setting `.article` to `reader-load` (sanitized body in the DOM). */
export async function articleElement(article) {
  const host = stage();
  const el = document.createElement('article-view');
  host.append(el);
  await el.updateComplete;
  gc();
  const done = loaded(el);
  const t0 = performance.now();
  el.article = article;
  await done;
  const ms = performance.now() - t0;
  const paragraphs = el.shadowRoot.querySelectorAll('[part="body"] p').length;
  host.remove();
  return { ms, paragraphs };
}

/** The floor: DOMPurify (default config) and `innerHTML` into a shadow root. */
export async function articleBaseline(article) {
  const host = stage();
  const root = host.attachShadow({ mode: 'open' });
  gc();
  const t0 = performance.now();
  const clean = DOMPurify.sanitize(article.bodyHtml);
  const body = document.createElement('div');
  body.innerHTML = clean;
  root.append(body);
  const ms = performance.now() - t0;
  const paragraphs = root.querySelectorAll('p').length;
  host.remove();
  return { ms, paragraphs };
}

/** `<related-list>`: time from setting `.items` to `reader-load`. */
export async function listElement(items) {
  const host = stage();
  const el = document.createElement('related-list');
  el.limit = items.length;
  host.append(el);
  await el.updateComplete;
  gc();
  const done = loaded(el);
  const t0 = performance.now();
  el.items = items;
  await done;
  const ms = performance.now() - t0;
  const count = el.shadowRoot.querySelectorAll('[part~="item"]').length;
  host.remove();
  return { ms, count };
}

/**
 * A JSON description of the markup `<related-list>` rendered for `items` (tags, attributes, text), so
 * the baseline can build the very same DOM by hand.
 */
export async function captureListMarkup(items) {
  const host = stage();
  const el = document.createElement('related-list');
  el.limit = items.length;
  host.append(el);
  const done = loaded(el);
  el.items = items;
  await done;
  const describe = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    return [
      node.localName,
      Object.fromEntries([...node.attributes].map((a) => [a.name, a.value])),
      [...node.childNodes].map(describe).filter((c) => c !== null && c !== ''),
    ];
  };
  const spec = [...el.shadowRoot.childNodes].map(describe).filter((c) => c !== null && c !== '');
  host.remove();
  return spec;
}

/** Hand-written DOM creation: createElement, setAttribute, text nodes, append. */
export async function listBaseline(spec) {
  const host = stage();
  const root = host.attachShadow({ mode: 'open' });
  gc();
  const t0 = performance.now();
  const build = (node) => {
    if (typeof node === 'string') return document.createTextNode(node);
    const [tag, attributes, children] = node;
    const el = document.createElement(tag);
    for (const name in attributes) el.setAttribute(name, attributes[name]);
    for (const child of children) el.append(build(child));
    return el;
  };
  const fragment = document.createDocumentFragment();
  for (const node of spec) fragment.append(build(node));
  root.append(fragment);
  const ms = performance.now() - t0;
  const count = root.querySelectorAll('[part~="item"]').length;
  host.remove();
  return { ms, count };
}

/**
 * Updating one item of a rendered list: DOM mutations seen by a MutationObserver, and how many
 * items they touched. `fresh` passes a new array of new objects (as a re-fetched feed would).
 */
export async function listUpdateOne(items, fresh) {
  const host = stage();
  const el = document.createElement('related-list');
  el.limit = items.length;
  host.append(el);
  const done = loaded(el);
  el.items = items;
  await done;
  const index = Math.floor(items.length / 2);
  const changed = items.map((item, i) => (i === index ? { ...item, title: `${item.title} (updated)` } : item));
  const records = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(el.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  el.items = fresh ? JSON.parse(JSON.stringify(changed)) : changed;
  await el.updateComplete;
  await nextFrame();
  records.push(...observer.takeRecords());
  observer.disconnect();
  const itemOf = (node) => (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement)?.closest('[part~="item"]');
  const touched = new Set(records.map((r) => itemOf(r.target) ?? 'outside-items'));
  const titleShown = [...el.shadowRoot.querySelectorAll('[part~="item"]')][index]?.textContent.includes('(updated)');
  host.remove();
  return { mutations: records.length, itemsTouched: touched.size, titleShown };
}

/** Theme and custom property changes must not sanitize the body again. */
export async function rerenderCost(article, sanitizerChunk) {
  const { sanitizeCallCount } = await import(sanitizerChunk);
  const host = stage();
  const el = document.createElement('article-view');
  host.append(el);
  const done = loaded(el);
  el.article = article;
  await done;
  const before = sanitizeCallCount();
  const bodyBefore = el.shadowRoot.querySelector('[part="body"]')?.firstElementChild;
  const t0 = performance.now();
  el.theme = 'dark';
  await el.updateComplete;
  el.style.setProperty('--reader-color-accent', 'rebeccapurple');
  el.style.setProperty('--reader-font-size', '18px');
  await nextFrame();
  el.theme = 'light';
  await el.updateComplete;
  await nextFrame();
  const ms = performance.now() - t0;
  const calls = sanitizeCallCount() - before;
  const sameBodyNodes = el.shadowRoot.querySelector('[part="body"]')?.firstElementChild === bodyBefore;
  host.remove();
  return { sanitizeCalls: calls, sameBodyNodes, ms };
}

const DATA_PROPERTY = { 'article-view': 'article', 'related-list': 'items', 'trending-ticker': 'items' };

/** `cycles` times: create, give data, attach, wait for render, detach. `div` is the plain-DOM baseline. */
export async function lifecycle(tag, data, cycles) {
  for (let i = 0; i < cycles; i++) {
    const host = stage();
    if (tag === 'div') {
      const el = document.createElement('div');
      el.attachShadow({ mode: 'open' }).innerHTML = `<p>${String(data.title ?? '').replace(/</g, '&lt;')}</p>`;
      host.append(el);
      await nextFrame();
    } else {
      const el = document.createElement(tag);
      const done = loaded(el);
      el[DATA_PROPERTY[tag]] = data;
      host.append(el);
      await done;
    }
    host.remove();
  }
  return { cycles };
}
