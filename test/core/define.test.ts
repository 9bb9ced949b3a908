import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from '../../src/base/define.js';

describe('define', () => {
  afterEach(() => sinon.restore());

  it('registers a tag once, and warns instead of throwing when another class already has it', () => {
    const warn = sinon.stub(console, 'warn');
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('define-probe-a', First);
    expect(() => define('define-probe-a', First)).not.to.throw();
    expect(warn.called).to.equal(false);
    expect(() => define('define-probe-a', Second)).not.to.throw();
    expect(customElements.get('define-probe-a')).to.equal(First);
    expect(warn.firstCall.args[0]).to.include('<define-probe-a> is already defined');
  });

  it("starts loading the words of the page's language, so widgets created later need not wait for them", async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'de-AT';
    try {
      define('define-probe-b', class extends HTMLElement {});
      await waitUntil(
        () => performance.getEntriesByType('resource').some((entry) => /core\/messages\/de\.[jt]s/.test(entry.name)),
        'the German table was requested',
      );
    } finally {
      document.documentElement.lang = before;
    }
  });
});
