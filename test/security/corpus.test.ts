/**
 * The hostile-HTML corpus (corpus.json) through a real <article-view>: every case must end rendered and
 * inert, proven by what the browser did — no script ran, no handler or dangerous URL survived in any
 * attribute, nothing outside the allow-list, no style that fetches or escapes, no request to a third
 * party, and the host page untouched. The serialized result must stay inert when parsed again (mXSS).
 */
import { expect } from '@open-wc/testing';
import { part } from '../helpers.js';
import { exfilEntries, exfilLog, exfilUrl, installScriptFlag, renderArticle, settle } from './harness.js';
import { inertnessProblems, reparsed } from './inert.js';

interface AttackCase {
  id: string;
  html: string;
}
interface BenignCase extends AttackCase {
  keep: string[];
  text?: string;
}
interface Corpus {
  classes: Record<string, AttackCase[]>;
  benign: BenignCase[];
}

const corpus: Corpus = await fetch(new URL('./corpus.json', import.meta.url)).then((r) => r.json());

/** What the host page looks like before any case; compared after each one. */
function hostSnapshot(sentinel: HTMLElement) {
  const style = getComputedStyle(sentinel);
  return {
    baseURI: document.baseURI,
    title: document.title,
    head: document.head.children.length,
    bodyChildren: document.body.children.length,
    stylesheets: document.styleSheets.length,
    cookie: document.cookie,
    sentinel: [style.display, style.color, style.position, style.visibility].join(' '),
    getElementById: typeof document.getElementById,
    querySelector: typeof document.querySelector,
    flag: typeof window.__xss,
  };
}

describe('hostile HTML corpus', () => {
  let container: HTMLElement;
  let sentinel: HTMLElement;
  let pageBefore: ReturnType<typeof hostSnapshot>;

  before(async () => {
    installScriptFlag();
    await exfilLog(true);
    sentinel = Object.assign(document.createElement('div'), { id: 'sentinel', textContent: 'host content' });
    container = document.createElement('div');
    document.body.append(sentinel, container);
    pageBefore = hostSnapshot(sentinel);
  });

  after(() => {
    sentinel.remove();
    container.remove();
  });

  it('detects a script that runs and a request that leaves (the checks can fail)', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = `<img src="x-missing.png" onerror="__xss('control')"><img src="${exfilUrl('control')}">`;
    // Each image has finished (its error or load event has fired, after the inline handler) before checking.
    const finished = [...probe.querySelectorAll('img')].map(
      (img) => new Promise((resolve) => (img.addEventListener('error', resolve), img.addEventListener('load', resolve))),
    );
    document.body.append(probe);
    await Promise.all(finished);
    await settle(probe);
    expect(window.__xssHits).to.deep.equal(['control']);
    expect(exfilEntries('control')).to.have.length.greaterThan(0);
    expect(await exfilLog(true)).to.have.length(1);
    expect(
      inertnessProblems(probe)
        .map((p) => p.what)
        .join('\n'),
    ).to.match(/handler attribute onerror/);
    probe.remove();
    window.__xssHits.length = 0;
  });

  for (const [cls, cases] of Object.entries(corpus.classes)) {
    describe(cls, () => {
      for (const testCase of cases) {
        it(`${testCase.id} is inert`, async () => {
          const html = testCase.html.replaceAll('EXFIL', exfilUrl(testCase.id));
          const { el, event } = await renderArticle({ title: `case ${testCase.id}`, bodyHtml: html }, container);
          expect(event, 'rendered, not an error').to.equal('reader-load');
          const body = part(el, 'body');
          expect(body, 'body part').to.exist;
          await settle(el.shadowRoot!);

          expect(window.__xssHits, 'script ran').to.deep.equal([]);
          expect(inertnessProblems(body!), 'rendered body').to.deep.equal([]);
          expect(inertnessProblems(reparsed(body!)), 'body parsed again from its HTML').to.deep.equal([]);
          for (const node of body!.querySelectorAll('*')) {
            const position = getComputedStyle(node).position;
            // '' is what an element that is never rendered (<source>, <track>) reports.
            expect(['static', 'relative', ''], `position of <${node.localName}>`).to.include(position);
          }
          expect(getComputedStyle(el).position, 'host element position').to.equal('static');
          expect(exfilEntries(testCase.id), 'requests to the third party').to.deep.equal([]);
          expect(hostSnapshot(sentinel), 'host page').to.deep.equal(pageBefore);
          el.remove();
        });
      }
    });
  }

  describe('benign rich content is kept', () => {
    for (const testCase of corpus.benign) {
      it(testCase.id, async () => {
        const { el, event } = await renderArticle({ title: `benign ${testCase.id}`, bodyHtml: testCase.html }, container);
        expect(event).to.equal('reader-load');
        const body = part(el, 'body')!;
        for (const selector of testCase.keep) expect(body.querySelector(selector), selector).to.exist;
        if (testCase.text !== undefined) expect(body.textContent).to.equal(testCase.text);
        expect(inertnessProblems(body)).to.deep.equal([]);
        el.remove();
      });
    }
  });

  it('the third party saw no request from any case, including late ones', async () => {
    await settle();
    expect(await exfilLog()).to.deep.equal([]);
    expect(window.__xssHits).to.deep.equal([]);
  });
});
