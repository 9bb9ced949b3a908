/**
 * What "inert" means, checked on what the browser actually built: shared by the corpus, URL and CSP tests.
 * These rules are written independently of src/core (they are the promise SECURITY.md makes), so a
 * mistake in the sanitizer's own lists cannot hide itself.
 */

/** Every element a rendered body may contain (SECURITY.md, "What is sanitized"). */
export const ALLOWED_ELEMENTS = new Set([
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'data',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  'video',
  'audio',
  'track',
]);

/** Attributes that hold a URL somewhere in the platform (HTML, SVG, MathML, legacy). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'poster',
  'data-rw-poster', // where a body video's poster waits until it nears the viewport
  'action',
  'formaction',
  'background',
  'xlink:href',
  'longdesc',
  'data',
  'codebase',
  'archive',
  'dynsrc',
  'lowsrc',
  'ping',
  'manifest',
  'icon',
  'usemap',
  'profile',
  'classid',
]);

// The URL parser drops ASCII tab/newline anywhere and C0 controls + space at the ends; we also drop
// other invisible characters, so "java\u200bscript:" is judged as what it is trying to be.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u3000\ufeff]/g;
const SAFE_SCHEME = /^(?:https?|mailto):/i;
const ANY_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** A URL attribute value is dangerous unless it is http(s), mailto, or relative (not protocol-relative). */
export function isDangerousUrl(value: string): boolean {
  const squeezed = value.replace(INVISIBLE, '');
  if (/^[\\/]{2}/.test(squeezed)) return true; // protocol-relative leaves the page's origin silently
  const scheme = ANY_SCHEME.exec(squeezed);
  if (scheme && !SAFE_SCHEME.test(squeezed)) return true;
  // A colon before the first slash that is not a scheme the parser accepts: refuse, as the gate does.
  return !scheme && /^[^/?#]*:/.test(squeezed);
}

/** srcset candidates: every URL must be safe, not just the first. */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,(?=\s|[^\s,]*(?:\s|$))/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

export interface Problem {
  what: string;
  where: string;
}

function describe(el: Element): string {
  const html = el.outerHTML;
  return html.length > 120 ? html.slice(0, 117) + '…' : html;
}

/**
 * Every reason the subtree under `root` is not inert. Looks into open shadow roots and template contents
 * too, since an attacker would hide things there.
 */
export function inertnessProblems(root: ParentNode): Problem[] {
  const problems: Problem[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      const name = el.localName;
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        problems.push({ what: `foreign element <${name}> (${el.namespaceURI})`, where: describe(el) });
      if (!ALLOWED_ELEMENTS.has(name)) problems.push({ what: `element <${name}> outside the allow-list`, where: describe(el) });
      for (const attr of el.attributes) {
        const attrName = attr.name.toLowerCase();
        if (/^on/.test(attrName) || (attrName.includes('on') && /[^a-z-]on/.test(attrName)))
          problems.push({ what: `handler attribute ${attr.name}`, where: describe(el) });
        if (URL_ATTRIBUTES.has(attrName) || attrName.endsWith(':href')) {
          if (isDangerousUrl(attr.value)) problems.push({ what: `dangerous URL in ${attr.name}="${attr.value}"`, where: describe(el) });
        }
        if (attrName === 'srcset' || attrName === 'imagesrcset') {
          for (const url of srcsetUrls(attr.value))
            if (isDangerousUrl(url)) problems.push({ what: `dangerous srcset candidate ${url}`, where: describe(el) });
        }
        if (attrName === 'style' && /url\s*\(|image-set|expression|behavior|binding|@import|position|\\/i.test(attr.value)) {
          problems.push({ what: `style that can fetch or escape: ${attr.value}`, where: describe(el) });
        }
        if (
          [
            'srcdoc',
            'formaction',
            'action',
            'http-equiv',
            'shadowrootmode',
            'is',
            'slot',
            'part',
            'exportparts',
            'popover',
            'autofocus',
            'ping',
          ].includes(attrName)
        ) {
          problems.push({ what: `attribute ${attr.name} that reaches outside the body`, where: describe(el) });
        }
        // Any value that still contains a script URL (e.g. smuggled in an attribute we do not know).
        if (/javascript\s*:|vbscript\s*:/i.test(attr.value.replace(INVISIBLE, '')) && attrName !== 'title' && attrName !== 'alt') {
          problems.push({ what: `script URL text in ${attr.name}`, where: describe(el) });
        }
      }
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el instanceof HTMLTemplateElement) walk(el.content);
    }
  };
  walk(root);
  return problems;
}

/**
 * The serialized body, parsed again: a mutation-XSS payload is one that is harmless as a tree but turns
 * hostile when its HTML is re-parsed (by a host copying innerHTML, by an editor, by a server cache).
 */
export function reparsed(root: Element): DocumentFragment {
  // A <template> of this document parses as the live page would (scripting on, so <noscript> is raw
  // text) but never runs or loads anything; the test only inspects the result.
  const template = document.createElement('template');
  setInnerHtml(template, root.innerHTML);
  return template.content;
}

/** `innerHTML` on an inert document, through a Trusted Types policy when the page enforces them. */
let policy: { createHTML(s: string): unknown } | null | undefined;
function setInnerHtml(el: Element, html: string) {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, o: object): { createHTML(s: string): unknown } } }).trustedTypes;
  if (policy === undefined) {
    try {
      policy = tt ? tt.createPolicy('reader-widgets-test', { createHTML: (s: string) => s }) : null;
    } catch {
      policy = null;
    }
  }
  (el as { innerHTML: unknown }).innerHTML = policy ? policy.createHTML(html) : html;
}
