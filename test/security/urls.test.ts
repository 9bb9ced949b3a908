/**
 * The URL table: tricky inputs through the one URL gate (`safeUrl`, `safeSrcset`) and through every place
 * an <article-view> puts a URL (body href/src/poster/srcset/cite, lead image src and srcset, author link
 * and avatar, source link). A refused URL must not appear in any attribute; an allowed one arrives as
 * the gate cleaned it.
 */
import { expect } from '@open-wc/testing';
import { safeSrcset, safeUrl } from '../../src/core/urls.js';
import { DEFERRED_POSTER } from '../../src/core/deferred-poster.js';
import { installScriptFlag, renderArticle, settle } from './harness.js';
import { isDangerousUrl } from './inert.js';

const REFUSED: Array<[string, string]> = [
  ['plain javascript', 'javascript:__xss(1)'],
  ['upper case', 'JAVASCRIPT:__xss(1)'],
  ['tab inside', 'java\tscript:__xss(1)'],
  ['newline inside', 'java\nscript:__xss(1)'],
  ['carriage return inside', 'java\rscript:__xss(1)'],
  ['leading control', '\u0001javascript:__xss(1)'],
  ['leading NUL and space', ' \u0000javascript:__xss(1)'],
  ['leading unit separator', '\u001fjavascript:__xss(1)'],
  ['trailing junk', 'javascript:__xss(1)\u0000 '],
  ['decimal entity colon', 'javascript&#58;__xss(1)'],
  ['hex entity colon', 'javascript&#x3A;__xss(1)'],
  ['named entity colon', 'javascript&colon;__xss(1)'],
  ['entity-encoded first letter', '&#106;avascript:__xss(1)'],
  ['entity-encoded tab', 'jav&#x09;ascript:__xss(1)'],
  ['fully entity-encoded', '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss(1)'],
  ['javascript with comment-looking path', 'javascript://%0a__xss(1)'],
  ['zero-width space', 'java\u200bscript:__xss(1)'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['livescript', 'livescript:x'],
  ['data html', 'data:text/html,<script>__xss(1)</script>'],
  ['data html base64', 'data:text/html;base64,PHNjcmlwdD5fX3hzcygxKTwvc2NyaXB0Pg=='],
  ['data svg image', "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='__xss(1)'/>"],
  ['data png', 'data:image/png;base64,iVBORw0KGgo='],
  ['data upper case', 'DATA:image/png;base64,iVBORw0KGgo='],
  ['data with leading space', ' data:,x'],
  ['data without type', 'data:,hello'],
  ['blob', 'blob:https://example.com/0d2f7f6c'],
  ['file', 'file:///etc/passwd'],
  ['filesystem', 'filesystem:https://example.com/temporary/x'],
  ['about', 'about:blank'],
  ['chrome internal', 'chrome://settings'],
  ['intent', 'intent://scan/#Intent;scheme=zxing;end'],
  ['unknown scheme', 'x-custom:whatever'],
  ['protocol-relative', '//evil.example/pixel.gif'],
  ['protocol-relative with space', ' //evil.example/pixel.gif'],
  ['backslash protocol-relative', '\\\\evil.example/pixel.gif'],
  ['slash backslash', '/\\evil.example/pixel.gif'],
  ['backslash slash', '\\/evil.example/pixel.gif'],
  ['tab-split protocol-relative', '/\t/evil.example/pixel.gif'],
  ['colon in first segment', '1javascript:x'],
  ['over-long', 'https://example.com/' + 'a'.repeat(5000)],
  ['empty', ''],
  ['only whitespace', ' \t\n '],
];

const ALLOWED: Array<[string, string, string]> = [
  ['https', 'https://example.com/a.png?x=1#y', 'https://example.com/a.png?x=1#y'],
  ['http', 'http://example.com/a.png', 'http://example.com/a.png'],
  ['upper-case scheme', 'HTTPS://EXAMPLE.COM/A.PNG', 'HTTPS://EXAMPLE.COM/A.PNG'],
  ['root-relative', '/img/a.png', '/img/a.png'],
  ['relative', 'img/a.png', 'img/a.png'],
  ['dot-relative', '../img/a.png', '../img/a.png'],
  ['query only', '?page=2', '?page=2'],
  ['fragment only', '#section-2', '#section-2'],
  // `mailto:` is a link only, never an image: test/core/url-fields.test.ts checks it field by field.
  ['padded with spaces', '  https://example.com/a.png  ', 'https://example.com/a.png'],
  ['tab inside the host', 'https://exa\tmple.com/a.png', 'https://example.com/a.png'],
  ['colon after a slash', '/a:b.png', '/a:b.png'],
  ['ampersand in the query', '/search?a=1&b=2', '/search?a=1&b=2'],
  ['harmless character reference', '/caf&#233;.png', '/caf&#233;.png'],
];

/** Puts a raw string inside a double-quoted HTML attribute; entities in it stay for the parser to decode. */
const attr = (value: string) => value.replaceAll('"', '&quot;');

/** Every URL-bearing attribute in the element's shadow DOM, by where it is. */
function urlAttributes(root: ShadowRoot): Array<{ where: string; name: string; value: string }> {
  const found: Array<{ where: string; name: string; value: string }> = [];
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['href', 'src', 'srcset', 'poster', DEFERRED_POSTER, 'cite', 'xlink:href', 'background']) {
      const value = el.getAttribute(name);
      if (value !== null) found.push({ where: el.getAttribute('part') ?? `body <${el.localName}>`, name, value });
    }
  }
  return found;
}

function articleWith(url: string) {
  return {
    title: 'URL table',
    url,
    image: { src: url, srcset: `/safe.png 1x, ${url} 2x`, alt: 'lead' },
    author: { name: 'Author', url, avatar: url },
    source: { name: 'Source', url },
    bodyHtml:
      `<p><a href="${attr(url)}">link</a> <img src="${attr(url)}" alt="i"> ` +
      `<img src="/safe.png" srcset="/safe.png 1x, ${attr(url)} 2x" alt="s"></p>` +
      `<video controls poster="${attr(url)}" src="${attr(url)}"></video><blockquote cite="${attr(url)}">q</blockquote>`,
  };
}

describe('URL table', () => {
  before(installScriptFlag);

  describe('refused by the gate and absent from every rendered attribute', () => {
    for (const [label, url] of REFUSED) {
      it(`${label}: ${JSON.stringify(url.length > 60 ? url.slice(0, 60) + '…' : url)}`, async () => {
        expect(safeUrl(url, 'link')).to.equal(undefined);
        if (url.trim() !== '') {
          expect(safeSrcset(`${url} 2x`)).to.equal(undefined);
          expect(safeSrcset(`/ok.png 1x, ${url} 2x`)).to.equal('/ok.png 1x');
        }

        const { el, event } = await renderArticle(articleWith(url));
        expect(event).to.equal('reader-load');
        await settle(el.shadowRoot!);
        const attributes = urlAttributes(el.shadowRoot!);
        for (const { where, name, value } of attributes) {
          expect(isDangerousUrl(value), `${where} ${name}="${value}"`).to.equal(false);
          if (name === 'srcset' && url.trim() !== '') expect(value, `${where} srcset`).to.equal('/safe.png 1x');
        }
        // The author and source fall back to plain text; the lead image (its only src refused) is left out.
        expect(el.shadowRoot!.querySelector('a[part="author"], a[part="source"], [part="avatar"], [part="image"]')).to.equal(null);
        expect(window.__xssHits).to.deep.equal([]);
        el.remove();
      });
    }
  });

  describe('allowed, cleaned, and used as given everywhere', () => {
    for (const [label, url, cleaned] of ALLOWED) {
      it(`${label}: ${JSON.stringify(url)}`, async () => {
        expect(safeUrl(url, 'media')).to.equal(cleaned);
        const { el, event } = await renderArticle(articleWith(url));
        expect(event).to.equal('reader-load');
        const root = el.shadowRoot!;
        expect(root.querySelector('[part="author"]')!.getAttribute('href')).to.equal(cleaned);
        expect(root.querySelector('[part="source"]')!.getAttribute('href')).to.equal(cleaned);
        expect(root.querySelector('[part="avatar"]')!.getAttribute('src')).to.equal(cleaned);
        expect(root.querySelector('[part="image"] img')!.getAttribute('src')).to.equal(cleaned);
        // In a srcset whitespace ends the URL (HTML's rule), so a URL with a tab inside loses that candidate.
        const srcset = /\s/.test(url.trim()) ? '/safe.png 1x' : `/safe.png 1x, ${cleaned} 2x`;
        expect(root.querySelector('[part="image"] img')!.getAttribute('srcset')).to.equal(srcset);
        const body = root.querySelector('[part="body"]')!;
        // In the body the URL went through the HTML parser first (entities decoded, the tab kept), then the gate.
        const parsed = document.createElement('template');
        parsed.innerHTML = `<a href="${attr(url)}"></a>`;
        const inBody = safeUrl(parsed.content.querySelector('a')!.getAttribute('href'), 'link');
        expect(body.querySelector('a')!.getAttribute('href')).to.equal(inBody);
        const video = body.querySelector('video')!;
        // The poster waits in DEFERRED_POSTER until the video nears the viewport.
        expect(video.getAttribute('poster') ?? video.getAttribute(DEFERRED_POSTER)).to.equal(body.querySelector('a')!.getAttribute('href'));
        expect(body.querySelector('img[srcset]')!.getAttribute('srcset')).to.equal(srcset.replace(cleaned, inBody!));
        el.remove();
      });
    }
  });

  it('a srcset keeps every safe candidate and drops each unsafe one, wherever it sits', () => {
    expect(safeSrcset('javascript:x 1x, /a.png 2x')).to.equal('/a.png 2x');
    expect(safeSrcset('/a.png 100w, data:image/png;base64,AAAA 200w, /b.png 300w')).to.equal('/a.png 100w, /b.png 300w');
    expect(safeSrcset('/a,b.png 1x,/c.png 2x')).to.equal('/a,b.png 1x, /c.png 2x');
    expect(safeSrcset('/a.png 1x, /b.png onerror=x')).to.equal('/a.png 1x');
  });
});
