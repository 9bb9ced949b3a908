/**
 * The three ways an element reaches a reader, for the mode matrix (issue 16): rendered in the browser
 * (`csr`), rendered on a server into declarative shadow DOM and left as it is, as a reader without script
 * sees it (`ssr`), and rendered on a server then hydrated (`hydrated`). `describeModes` runs the same
 * tests once in each, through @lit-labs/testing's fixtures (the server render is a Node worker per
 * fixture: litSsrPlugin in web-test-runner.config.mjs, readied by ssr-worker-init.mjs).
 *
 * A test file using it must import `../../src/hydrate.js` (Lit's hydration support) before anything
 * that loads Lit, including this module.
 */
import { cleanupFixtures, csrFixture, ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { hydrate } from '@lit-labs/ssr-client';
import type { TemplateResult } from 'lit';

export type ModeName = 'csr' | 'ssr' | 'hydrated';

export interface Mode {
  name: ModeName;
  /** Whether script runs the element (events, controls, later property changes): csr and hydrated. */
  interactive: boolean;
  /** Renders `template` (one top-level element) in this mode and returns that element. */
  fixture<E extends HTMLElement>(template: TemplateResult): Promise<E>;
}

// No `modules`: the test file defines the elements in the browser (through src/hydrate.js), and the
// server worker's ssr-worker-init.mjs defines them there.
const options = { modules: [], base: import.meta.url };

/**
 * Rendered on the server, then hydrated. Not @lit-labs/testing's ssrHydratedFixture: the server render
 * it asks for (deferHydration) puts `defer-hydration` on the top-level element, and ssrFixture then only
 * removes that attribute, so the template's property bindings (`.items=${…}`) never reach the element
 * and it hydrates without its data (@lit-labs/testing 0.2.8). Lit's `hydrate()` over the container
 * does what a hydrating page does: it sets the bindings on the host, then removes `defer-hydration`.
 */
async function ssrHydrated<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const el = await ssrNonHydratedFixture<E>(template, options);
  const serverElements = [...el.shadowRoot!.querySelectorAll('*')];
  hydrate(template, el.parentElement!);
  await (el as E & { updateComplete?: Promise<unknown> }).updateComplete;
  // Hydrating adopts the server's nodes; an element that rendered anew instead (hydration skipped, or
  // failed and recovered) replaced them, and would pass every other check of this mode unnoticed.
  const replaced = serverElements.filter((node) => !el.shadowRoot!.contains(node));
  if (replaced.length > 0) {
    const names = replaced.slice(0, 5).map((node) => node.getAttribute('part') ?? node.localName);
    throw new Error(
      `<${el.localName}> did not hydrate: ${replaced.length} of the server's ${serverElements.length} elements were replaced (${names.join(', ')}…)`,
    );
  }
  return el;
}

export const MODES: readonly Mode[] = [
  { name: 'csr', interactive: true, fixture: (template) => csrFixture(template, options) },
  { name: 'ssr', interactive: false, fixture: (template) => ssrNonHydratedFixture(template, options) },
  { name: 'hydrated', interactive: true, fixture: ssrHydrated },
];

/** `describe(title)` once per mode, each with `body(mode)`'s tests; fixtures are removed after each test. */
export function describeModes(title: string, body: (mode: Mode) => void): void {
  for (const mode of MODES) {
    describe(`${title} [${mode.name}]`, () => {
      afterEach(() => cleanupFixtures());
      body(mode);
    });
  }
}
