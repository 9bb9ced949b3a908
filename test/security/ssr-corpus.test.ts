/**
 * The hostile-HTML corpus (corpus.json) through the SERVER renderer (reader-widgets/ssr, issue 16): every
 * case as an article's body and in every plain-text field and attribute value of the three elements,
 * rendered in Node (test/security/ssr-page.mjs, from the built dist/) and loaded as a page the way a
 * reader gets it: raw HTML with declarative shadow roots, no client script, no CSP. Proven by what the
 * browser did: no script ran (`__xss`), no request reached the recording third party
 * (test/security/server.mjs), and every server-rendered body is as inert as the client path's.
 */
import { expect } from '@open-wc/testing';
import { exfilLog, installScriptFlag, thirdPartyOrigin } from './harness.js';
import { inertnessProblems } from './inert.js';

/** The images of the page and of every shadow root in it, made to load now (a reader scrolling would load them all). */
async function loadEveryImage(doc: Document): Promise<number> {
  const hosts = [...doc.querySelectorAll('article-view, related-list, trending-ticker')];
  const images = hosts.flatMap((host) => [...(host.shadowRoot?.querySelectorAll('img') ?? [])]);
  await Promise.all(
    images.map((img) => {
      img.loading = 'eager';
      return img.complete ? undefined : new Promise((done) => (img.addEventListener('load', done), img.addEventListener('error', done)));
    }),
  );
  return images.length;
}

const frames = (win: Window, count: number) =>
  new Promise<void>((done) => {
    const next = (left: number) => (left === 0 ? done() : win.requestAnimationFrame(() => setTimeout(() => next(left - 1), 0)));
    next(count);
  });

describe('hostile HTML corpus through the server renderer', () => {
  it('the server-rendered page runs nothing and requests nothing from the third party', async function () {
    this.timeout(180_000);
    installScriptFlag();
    await exfilLog(true);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = `/__security/ssr-corpus.html?origin=${encodeURIComponent(thirdPartyOrigin())}`;
    const loaded = new Promise((done) => frame.addEventListener('load', done));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await loadEveryImage(doc);
    await frames(frame.contentWindow!, 3);

    // The control next to the widgets ran and was recorded: the checks can fail.
    expect(window.__xssHits, 'scripts that ran').to.deep.equal(['control']);
    const requests = await exfilLog(true);
    expect(
      requests.filter((path) => !path.endsWith('/control')),
      'requests to the third party',
    ).to.deep.equal([]);
    expect(requests, 'the control image reached the third party').to.have.length(1);

    const cases = Number(doc.getElementById('end')?.dataset.cases);
    expect(cases, 'the whole page arrived').to.be.greaterThan(200);

    const articles = [...doc.querySelectorAll('article-view')];
    expect(articles.length, 'one article per case').to.equal(cases);
    expect(
      articles.filter((host) => !host.shadowRoot),
      'every host has its declarative shadow root',
    ).to.deep.equal([]);
    expect(doc.querySelectorAll('related-list, trending-ticker').length).to.be.greaterThan(0);

    // The bodies the server sanitized are what the client path makes: inert.
    const problems = articles.flatMap((host) => {
      const body = host.shadowRoot?.querySelector('[part~="body"]');
      return body ? inertnessProblems(body).map((problem) => `case ${articles.indexOf(host)}: ${problem.what}`) : [];
    });
    expect(problems).to.deep.equal([]);
    // No markup escaped a script: outside the head, the only scripts are the hosts' own data scripts.
    const scripts = [...doc.body.querySelectorAll('script')].map((script) => `${script.parentElement?.localName} ${script.type}`);
    expect(new Set(scripts)).to.deep.equal(
      new Set([
        'article-view application/json',
        'article-view application/ld+json',
        'related-list application/json',
        'trending-ticker application/json',
      ]),
    );
    frame.remove();
  });
});
