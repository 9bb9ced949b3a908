/**
 * Runs inside a page whose `trusted-types` directive lists `lit-html` and `dompurify` but not
 * `reader-widgets-xml` (test/security/server.mjs): renders feeds from `src` and reports how each one
 * settled. RSS and Atom must reach `reader-error` naming the policy; JSON feeds still load.
 */
import '../../../src/index.js';

type Violation = { directive: string; blocked: string; sample: string };
const violations = (window as unknown as { __violations: Violation[] }).__violations;

const FEEDS: Record<string, [string, string]> = {
  rss: ['related-list', '/test/fixtures/formats/rss.xml'],
  atom: ['related-list', '/test/fixtures/formats/atom.xml'],
  wordpress: ['related-list', '/test/fixtures/formats/wordpress-posts.json'],
};

async function main() {
  const feeds: Record<string, { event: string; error: string | null; role: string | null }> = {};
  for (const [name, [tag, src]] of Object.entries(FEEDS)) {
    const el = document.createElement(tag);
    const event = new Promise<string>((resolve) => {
      el.addEventListener('reader-load', () => resolve('reader-load'), { once: true });
      el.addEventListener('reader-error', (e) => resolve(`reader-error: ${(e as CustomEvent).detail.message}`), { once: true });
      // A hang is the failure this page exists to catch: report it instead of waiting forever.
      setTimeout(() => resolve('no event'), 4000);
    });
    el.setAttribute('src', src);
    document.body.append(el);
    const outcome = await event;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const error = el.shadowRoot?.querySelector('[part="error"]');
    feeds[name] = {
      event: outcome,
      error: error?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      role: error?.getAttribute('role') ?? null,
    };
  }
  parent.postMessage(
    { kind: 'csp-report', page: location.pathname, feeds, violations: violations.slice(), trustedTypes: 'trustedTypes' in window },
    '*',
  );
}

main().catch((error) =>
  parent.postMessage({ kind: 'csp-report', page: location.pathname, crash: String((error && error.stack) || error) }, '*'),
);
