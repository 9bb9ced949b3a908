/**
 * Runs inside a page served with a strict CSP + Trusted Types (test/security/server.mjs): registers every
 * element the package has, renders each from `src`, then reports to the parent test what happened.
 */
import '../../../src/index.js';

type Violation = { directive: string; blocked: string; sample: string };
const violations = (window as unknown as { __violations: Violation[] }).__violations;

const SOURCES: Record<string, string> = {
  'article-view': '/test/security/fixtures/csp-article.json',
  'related-list': '/test/security/fixtures/csp-list.json',
  'trending-ticker': '/test/security/fixtures/csp-list.json',
};

/** Feeds in the formats a site already has: the adapters parse XML and HTML under the same policy. */
const FEEDS: Record<string, [string, string]> = {
  rss: ['related-list', '/test/fixtures/formats/rss.xml'],
  atom: ['related-list', '/test/fixtures/formats/atom.xml'],
  jsonfeed: ['article-view', '/test/fixtures/formats/jsonfeed-item.json'],
  wordpress: ['related-list', '/test/fixtures/formats/wordpress-posts.json'],
  jsonld: ['article-view', '/test/fixtures/formats/jsonld-newsarticle.json'],
};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

type Result = { event: string; text: string; scripts: number; handlers: number; styled: number; violations: Violation[] };

async function renderAll(all: string[][]) {
  const results: Record<string, Result> = {};
  for (const [key, tag, src] of all) {
    const before = violations.length;
    if (!customElements.get(tag)) continue;
    const el = document.createElement(tag);
    const event = new Promise<string>((resolve) => {
      el.addEventListener('reader-load', () => resolve('reader-load'), { once: true });
      el.addEventListener('reader-error', (e) => resolve(`reader-error: ${(e as CustomEvent).detail.message}`), { once: true });
      // An element that never settles is a failure to report, not a reason to hang the page.
      setTimeout(() => resolve(`no event (state: ${el.shadowRoot?.querySelector('[part]')?.getAttribute('part')})`), 4000);
    });
    el.setAttribute('src', src);
    document.body.append(el);
    const outcome = await event;
    await frame();
    const root = el.shadowRoot!;
    results[key] = {
      event: outcome,
      text: (root.querySelector('[part="body"]') ?? root).textContent!.replace(/\s+/g, ' ').trim().slice(0, 400),
      scripts: root.querySelectorAll('script, iframe, object, embed').length,
      handlers: [...root.querySelectorAll('*')].filter((node) => [...node.attributes].some((a) => a.name.startsWith('on'))).length,
      // Inline styles the sanitizer kept in the body still apply (set through the CSSOM, not the attribute).
      styled: [...root.querySelectorAll<HTMLElement>('[part="body"] *')].filter((node) => getComputedStyle(node).textAlign === 'center')
        .length,
      violations: violations.slice(before),
    };
  }
  return results;
}

const settleAll = async () => {
  // Images, late events, and violation reports (queued as tasks) get their chance to arrive.
  await Promise.all(
    [...document.querySelectorAll('*')]
      .flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('img')] : []))
      .map((img) => img.decode().catch(() => undefined)),
  );
  for (let i = 0; i < 3; i++) await frame();
};

async function main() {
  const results = await renderAll(Object.entries(SOURCES).map(([tag, src]) => [tag, tag, src]));
  await settleAll();
  const duringRender = violations.slice();
  const feeds = await renderAll(Object.entries(FEEDS).map(([name, [tag, src]]) => [name, tag, src]));
  await settleAll();
  const duringFeeds = violations.slice(duringRender.length);
  const beforeControls = violations.length;

  // Controls: the policy really is enforced here, so "zero violations" above means something.
  const controls: Record<string, string> = {};
  try {
    document.createElement('div').innerHTML = '<b>raw string</b>';
    controls.innerHTML = 'allowed';
  } catch (error) {
    controls.innerHTML = `blocked (${(error as Error).name})`;
  }
  try {
    (0, eval)('1 + 1');
    controls.eval = 'allowed';
  } catch (error) {
    controls.eval = `blocked (${(error as Error).name})`;
  }
  try {
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.head.append(inline);
  } catch {
    /* a Trusted Types engine refuses the text itself */
  }
  for (let i = 0; i < 3; i++) await frame();
  controls.inlineScript = (window as unknown as { __inlineRan?: boolean }).__inlineRan ? 'ran' : 'blocked';
  controls.trustedTypes = 'trustedTypes' in window ? 'supported' : 'absent';

  parent.postMessage(
    {
      kind: 'csp-report',
      page: location.pathname,
      results,
      feeds,
      duringRender,
      duringFeeds,
      afterControls: violations.slice(beforeControls),
      controls,
    },
    '*',
  );
}

main().catch((error) =>
  parent.postMessage({ kind: 'csp-report', page: location.pathname, crash: String((error && error.stack) || error) }, '*'),
);
