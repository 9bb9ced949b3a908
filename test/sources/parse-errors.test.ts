import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-list/define.js';
import { clearSourceCache } from '../../src/sources/cache.js';
import { toReaderJson } from '../../src/sources/formats/detect.js';
import { part } from '../helpers.js';
import { fixture } from './fixtures.js';
import { stubFetch, text } from './network.js';

let n = 0;
const unique = () => `https://feeds.example/throwing?t=${++n}`;
const failed = (el: Element) => oneEvent(el, 'reader-error') as Promise<CustomEvent<{ message: string; error: { code: string } }>>;

describe('sources: a parser that throws ends in the error state', () => {
  const mounted: Element[] = [];
  beforeEach(() => clearSourceCache());
  afterEach(() => {
    sinon.restore();
    mounted.splice(0).forEach((el) => el.remove());
  });

  it('an RSS feed whose DOMParser throws (as a refused Trusted Types sink does) reaches reader-error', async () => {
    const body = await fixture('rss.xml');
    stubFetch(() => text(body, 'application/rss+xml'));
    sinon
      .stub(DOMParser.prototype, 'parseFromString')
      .throws(new TypeError("Failed to execute 'parseFromString' on 'DOMParser': This document requires 'TrustedHTML' assignment."));
    const el = document.createElement('related-list');
    el.setAttribute('src', unique());
    const error = failed(el);
    mounted.push(el);
    document.body.append(el);
    const event = await error;
    expect(event.detail.message).to.match(/^The feed could not be read \(TypeError: Failed to execute 'parseFromString'/);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const shown = part(el, 'error');
    expect(shown?.getAttribute('role')).to.equal('alert');
    expect(shown?.textContent).to.contain('The feed could not be read');
    expect(part(el, 'placeholder')).to.equal(null);
  });

  it('toReaderJson turns any thrown error into a failed Result, never an exception', () => {
    sinon.stub(DOMParser.prototype, 'parseFromString').throws(new RangeError('boom'));
    const result = toReaderJson('<rss version="2.0"><channel><item><title>A</title></item></channel></rss>', 'application/rss+xml');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.message).to.equal('The feed could not be read (RangeError: boom).');
  });
});
