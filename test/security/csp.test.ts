/**
 * Strict CSP + Trusted Types: pages served with `default-src 'self'; script-src 'self'; style-src 'self';
 * require-trusted-types-for 'script'; trusted-types lit-html dompurify reader-widgets-xml` (and a nonce-based
 * variant) load the package, render every element from `src`, and must cause zero `securitypolicyviolation`
 * events. A third page leaves `reader-widgets-xml` out: RSS and Atom must then fail visibly, never hang.
 * Controls prove the policy is in force: a raw innerHTML string, eval and an inline script are refused.
 */
import { expect } from '@open-wc/testing';

interface Report {
  kind: 'csp-report';
  page: string;
  crash?: string;
  results: Record<string, { event: string; text: string; scripts: number; handlers: number; styled: number }>;
  feeds: Record<string, { event: string; handlers: number; violations: Array<{ directive: string; blocked: string; sample: string }> }>;
  duringRender: Array<{ directive: string; blocked: string; sample: string }>;
  afterControls: Array<{ directive: string; blocked: string; sample: string }>;
  controls: Record<string, string>;
}

function loadPage<R = Report>(path: string): Promise<R> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
    const timer = setTimeout(() => reject(new Error(`${path} never reported`)), 50_000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.data?.kind !== 'csp-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
      iframe.remove();
    });
    iframe.src = path;
    document.body.append(iframe);
  });
}

for (const page of ['strict', 'nonce']) {
  describe(`${page} CSP page with Trusted Types enforced`, function () {
    this.timeout(60_000);
    let report: Report;
    before(async () => {
      report = await loadPage(`/__security/page/${page}.html`);
    });

    it('loads without crashing', () => {
      expect(report.crash).to.equal(undefined);
    });

    it('renders <article-view> from src, sanitized', () => {
      const article = report.results['article-view'];
      expect(article.event).to.equal('reader-load');
      expect(article.text).to.contain('Centered paragraph.').and.contain('Kept bold and a link.');
      expect(article.scripts).to.equal(0);
      expect(article.handlers).to.equal(0);
      expect(article.styled, 'the kept inline text-align still applies').to.equal(1);
    });

    it('renders every list element the package registers from src', () => {
      for (const tag of ['related-list', 'trending-ticker']) {
        if (!report.results[tag]) continue; // not built yet
        expect(report.results[tag].event, tag).to.equal('reader-load');
        expect(report.results[tag].text, tag).to.contain('Third headline');
        expect(report.results[tag].handlers, tag).to.equal(0);
      }
    });

    // JSON-based formats. Their third-party images are refused by this page's own `img-src` (default-src
    // 'self'): that is the owner's policy working, not the widget breaking it.
    for (const name of ['jsonfeed', 'wordpress', 'jsonld']) {
      it(`renders a ${name} feed from src with no Trusted Types or script violation`, () => {
        const feed = report.feeds[name];
        expect(feed.event).to.equal('reader-load');
        expect(feed.handlers).to.equal(0);
        expect(feed.violations.filter((v) => !['img-src', 'style-src-attr'].includes(v.directive))).to.deep.equal([]);
      });
    }
    // XML formats: the adapters parse the feed text through the `reader-widgets-xml` policy, which this
    // page's `trusted-types` directive lists.
    for (const name of ['rss', 'atom']) {
      it(`renders a ${name} feed from src under enforced Trusted Types`, () => {
        expect(report.feeds[name].event).to.equal('reader-load');
        expect(report.feeds[name].handlers).to.equal(0);
        expect(report.feeds[name].violations.filter((v) => !['img-src', 'style-src-attr'].includes(v.directive))).to.deep.equal([]);
      });
    }

    it('causes zero CSP or Trusted Types violations', () => {
      expect(report.duringRender).to.deep.equal([]);
    });

    it('really enforces the policy (controls are refused and reported)', () => {
      expect(report.controls.eval).to.match(/^blocked/);
      expect(report.controls.inlineScript).to.equal('blocked');
      if (report.controls.trustedTypes === 'supported') {
        expect(report.controls.innerHTML).to.match(/^blocked/);
        expect(report.afterControls.map((v) => v.directive)).to.include('require-trusted-types-for');
      }
      expect(report.afterControls.length).to.be.greaterThan(0);
    });
  });
}

interface NoXmlReport {
  kind: 'csp-report';
  crash?: string;
  trustedTypes: boolean;
  feeds: Record<string, { event: string; error: string | null; role: string | null }>;
}

describe('Trusted Types page that does not allow reader-widgets-xml', function () {
  this.timeout(60_000);
  const refused = "This page's Trusted Types policy does not allow 'reader-widgets-xml', which reading RSS and Atom feeds needs.";
  let report: NoXmlReport;
  before(async () => {
    report = await loadPage<NoXmlReport>('/__security/page/no-xml.html');
  });

  it('loads without crashing', () => {
    expect(report.crash).to.equal(undefined);
  });

  for (const name of ['rss', 'atom']) {
    it(`ends a ${name} feed in the error state naming the policy (no hang)`, function () {
      if (!report.trustedTypes) this.skip(); // an engine without Trusted Types parses feeds as usual
      expect(report.feeds[name].event).to.equal(`reader-error: ${refused}`);
      expect(report.feeds[name].role).to.equal('alert');
      expect(report.feeds[name].error).to.contain(refused);
    });
  }

  it('still renders a JSON feed whose HTML titles are decoded without the policy', () => {
    expect(report.feeds.wordpress.event).to.equal('reader-load');
  });
});
