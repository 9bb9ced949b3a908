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

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function renderAll() {
  const results: Record<string, { event: string; text: string; scripts: number; handlers: number; styled: number }> = {};
  for (const [tag, src] of Object.entries(SOURCES)) {
    if (!customElements.get(tag)) continue;
    const el = document.createElement(tag);
    const event = new Promise<string>((resolve) => {
      el.addEventListener('reader-load', () => resolve('reader-load'), { once: true });
      el.addEventListener('reader-error', (e) => resolve(`reader-error: ${(e as CustomEvent).detail.message}`), { once: true });
    });
    el.setAttribute('src', src);
    document.body.append(el);
    const outcome = await event;
    await frame();
    const root = el.shadowRoot!;
    results[tag] = {
      event: outcome,
      text: (root.querySelector('[part="body"]') ?? root).textContent!.replace(/\s+/g, ' ').trim().slice(0, 400),
      scripts: root.querySelectorAll('script, iframe, object, embed').length,
      handlers: [...root.querySelectorAll('*')].filter((node) => [...node.attributes].some((a) => a.name.startsWith('on'))).length,
      // Inline styles the sanitizer kept in the body still apply (set through the CSSOM, not the attribute).
      styled: [...root.querySelectorAll<HTMLElement>('[part="body"] *')].filter((node) => getComputedStyle(node).textAlign === 'center').length,
    };
  }
  return results;
}

async function main() {
  const results = await renderAll();
  // Images, late events, and violation reports (queued as tasks) get their chance to arrive.
  await Promise.all([...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('img')] : [])).map((img) => img.decode().catch(() => undefined)));
  for (let i = 0; i < 3; i++) await frame();
  const duringRender = violations.slice();

  // Controls: the policy really is enforced here, so "zero violations" above means something.
  const controls: Record<string, string> = {};
  try {
    document.createElement('div').innerHTML = '<b>raw string</b>';
    controls.innerHTML = 'allowed';
  } catch (error) {
    controls.innerHTML = `blocked (${(error as Error).name})`;
  }
  try {
    // eslint-disable-next-line no-eval
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

  parent.postMessage({ kind: 'csp-report', page: location.pathname, results, duringRender, afterControls: violations.slice(duringRender.length), controls }, '*');
}

main().catch((error) => parent.postMessage({ kind: 'csp-report', page: location.pathname, crash: String(error && error.stack || error) }, '*'));
