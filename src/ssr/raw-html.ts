/**
 * HTML written into a server render as it is, not parsed again. Given `unsafeHTML(html)`, @lit-labs/ssr
 * parses the whole string as a template (looking for custom elements and Lit's markers in it) before
 * writing it out unchanged: for a sanitized 1 MB article body, a full second parse of HTML that was just
 * serialized from a DOM and holds neither. Here a render gets a stand-in instead (`placeholder`: Lit's
 * `unsafeHTML` of a random token, a few characters to parse), and `splice` puts the HTML where the
 * stand-in's pieces come out of @lit-labs/ssr, as the result is collected or streamed. The bytes are those
 * `unsafeHTML(html)` gives, Lit's part marker included (its digest is of the HTML; an empty string is
 * written `<?>`, as Lit writes an empty template), for HTML with no custom element and no Lit marker in it.
 *
 * Safe against look-alikes: only whole pieces of the render (each a string @lit-labs/ssr made on its own)
 * are compared with the stand-in's, each is replaced once, and the HTML put in is never looked at again,
 * so text that contains a token (the body's own, a title's) is written as text. A token cannot be guessed
 * either: random per stand-in (a v4 UUID, 122 bits), made after the data was given.
 */
import { digestForTemplateResult } from '@lit-labs/ssr-client';
import type { Thunk, ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

type Piece = ThunkedRenderResult[number] | ReturnType<Thunk>;

/** The marker @lit-labs/ssr writes before a part holding `unsafeHTML(html)`. */
const partMarker = (html: string): string => `<!--lit-part ${digestForTemplateResult({ strings: [html] } as unknown as TemplateResult)}-->`;

/** The stand-ins of one render and the HTML each stands for. */
export class RawHtml {
  /** What each stand-in piece becomes: its token, and the part marker before it (a hydratable part's). */
  private readonly pieces = new Map<string, () => string>();

  /** A value to render in place of the HTML `make` returns (called once, when its place is written). */
  placeholder(make: () => string): unknown {
    const token = `reader-widgets-raw-${crypto.randomUUID()}`;
    let html: string | undefined;
    const made = () => (html ??= make());
    this.pieces.set(partMarker(token), () => partMarker(made()));
    this.pieces.set(token, () => made() || '<?>');
    return unsafeHTML(token);
  }

  /** `result` with each stand-in's pieces replaced, as they are made (thunks and promises stay lazy). */
  splice(result: ThunkedRenderResult): ThunkedRenderResult {
    return result.map(this.spliced) as ThunkedRenderResult;
  }

  private readonly spliced = (piece: Piece): Piece => {
    if (typeof piece === 'string') {
      const replacement = this.pieces.get(piece);
      if (!replacement) return piece;
      this.pieces.delete(piece);
      return replacement();
    }
    if (typeof piece === 'function') return () => this.spliced(piece()) as ReturnType<Thunk>;
    if (Array.isArray(piece)) return piece.map(this.spliced) as ThunkedRenderResult;
    if (piece && typeof (piece as PromiseLike<unknown>).then === 'function')
      return (piece as Promise<string | ThunkedRenderResult>).then(this.spliced) as ReturnType<Thunk>;
    return piece;
  };
}
