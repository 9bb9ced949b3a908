import { expect } from '@open-wc/testing';
import { isAbsoluteHttpUrl, isSameOrigin, pageAddress, resolveUrl, safeSrcset, safeUrl } from '../../src/core/urls.js';

describe('safeUrl', () => {
  const allowed: Array<[string, string]> = [
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM/', 'HTTPS://EXAMPLE.COM/'],
    ['mailto:editor@example.com', 'mailto:editor@example.com'],
    ['/news/2025/12/02.html', '/news/2025/12/02.html'],
    ['article.html', 'article.html'],
    ['../up.html', '../up.html'],
    ['?page=2', '?page=2'],
    ['#comments', '#comments'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['https://exa\tmple.com/', 'https://example.com/'],
    ['/path/with:colon', '/path/with:colon'],
  ];
  for (const [input, expected] of allowed) {
    it(`allows ${JSON.stringify(input)}`, () => expect(safeUrl(input, 'link')).to.equal(expected));
  }

  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'DATA:image/png;base64,AAAA',
    'blob:https://example.com/uuid',
    'file:///etc/passwd',
    'ftp://example.com/file',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example/',
    'java\u200bscript:alert(1)',
    'https://exa\u0000mple.com',
    '',
    '   ',
    'x'.repeat(5000),
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input.slice(0, 40))}`, () => expect(safeUrl(input, 'link')).to.equal(undefined));
  }

  it('refuses anything that is not a string', () => {
    for (const value of [null, undefined, 42, {}, [], { toString: () => 'https://example.com' }]) {
      expect(safeUrl(value, 'link')).to.equal(undefined);
    }
  });
});

describe('safeSrcset', () => {
  it('keeps safe candidates and drops unsafe ones, not only the first', () => {
    expect(safeSrcset('/a.jpg 1x, javascript:alert(1) 2x, https://cdn.example/b.jpg 3x')).to.equal(
      '/a.jpg 1x, https://cdn.example/b.jpg 3x',
    );
  });
  it('keeps width descriptors', () => {
    expect(safeSrcset('small.jpg 480w, large.jpg 1080w')).to.equal('small.jpg 480w, large.jpg 1080w');
  });
  it('returns undefined when nothing safe is left', () => {
    expect(safeSrcset('data:image/png;base64,AAAA 1x')).to.equal(undefined);
  });
});

describe("resolving against a feed's address", () => {
  const base = 'https://feed.example/blog/2025/post.html';
  it('resolves relative references, keeps in-page fragments and absolute URLs', () => {
    expect(resolveUrl('img/a.jpg', base)).to.equal('https://feed.example/blog/2025/img/a.jpg');
    expect(resolveUrl('/about', base)).to.equal('https://feed.example/about');
    expect(resolveUrl('?page=2', base)).to.equal('https://feed.example/blog/2025/post.html?page=2');
    expect(resolveUrl('#note-1', base)).to.equal('#note-1');
    expect(resolveUrl('https://other.example/x', base)).to.equal('https://other.example/x');
    expect(resolveUrl('mailto:a@b.example', base)).to.equal('mailto:a@b.example');
    expect(resolveUrl('img/a.jpg', undefined)).to.equal('img/a.jpg');
  });
  it("resolves a bare #fragment as the base document's when asked (a feed item's link, an exclude token)", () => {
    expect(resolveUrl('#note-1', base, { fragment: 'of-base' })).to.equal('https://feed.example/blog/2025/post.html#note-1');
    expect(resolveUrl('#note-1', undefined, { fragment: 'of-base' })).to.equal('#note-1');
  });
  it('writes absolute URLs in canonical form only when asked', () => {
    expect(resolveUrl('HTTPS://Other.Example', base)).to.equal('HTTPS://Other.Example');
    expect(resolveUrl('HTTPS://Other.Example', base, { canonical: true })).to.equal('https://other.example/');
    expect(resolveUrl('http://[bad', base, { canonical: true })).to.equal(undefined);
    expect(resolveUrl('img/a.jpg', undefined, { canonical: true })).to.equal(undefined);
  });
  it('resolves each srcset candidate', () => {
    expect(safeSrcset('a-1x.jpg 1x, /b-2x.jpg 2x, javascript:alert(1) 3x', base)).to.equal(
      'https://feed.example/blog/2025/a-1x.jpg 1x, https://feed.example/b-2x.jpg 2x',
    );
  });
  it('takes only absolute http(s) URLs as a base', () => {
    for (const ok of ['https://feed.example/', 'http://feed.example/rss.xml']) expect(isAbsoluteHttpUrl(ok), ok).to.equal(true);
    for (const bad of ['/rss.xml', '//feed.example/', 'javascript:alert(1)', 'data:text/html,x', 'https://', 42, undefined])
      expect(isAbsoluteHttpUrl(bad), String(bad)).to.equal(false);
  });
});

describe('addresses on this page', () => {
  it('resolves against the page, #fragments included, in canonical form', () => {
    expect(pageAddress('#top')).to.equal(new URL('#top', document.baseURI).href);
    expect(pageAddress('/a')).to.equal(`${location.origin}/a`);
    expect(pageAddress('HTTPS://Other.Example')).to.equal('https://other.example/');
  });
  it("tells the page's own origin from others", () => {
    expect(isSameOrigin('/a')).to.equal(true);
    expect(isSameOrigin(`${location.origin}/b`)).to.equal(true);
    expect(isSameOrigin('https://other.example/')).to.equal(false);
    expect(isSameOrigin('mailto:a@b.example')).to.equal(false);
    expect(isSameOrigin('http://[bad')).to.equal(false);
  });
});
