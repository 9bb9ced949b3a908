/**
 * The one Trusted Types policy the feed adapters use, `reader-widgets-xml`, made lazily and once, and
 * only on a page that has `window.trustedTypes`. Its `createHTML` returns its input unchanged: it is used
 * only to hand feed text to `DOMParser.parseFromString` (and to fill a detached scratch `<template>`),
 * which builds a document that is never attached to the page. Such a document is inert: it has no
 * browsing context, so no script in it runs, no handler fires, and no image, style or frame loads.
 * Nothing parsed here ever reaches the page as markup: adapters read text and attributes out of it,
 * and article bodies go through `core/sanitize.ts` (DOMPurify) like every other input.
 */
import { ReaderInputError } from '../../core/errors.js';

export const XML_POLICY_NAME = 'reader-widgets-xml';
/** What the owner sees when the page's `trusted-types` directive does not list the policy. */
export const policyRefusedMessage = (what = 'reading RSS and Atom feeds') =>
  `This page's Trusted Types policy does not allow '${XML_POLICY_NAME}', which ${what} needs.`;

interface TrustedHtmlPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TrustedHtmlPolicy;
}

/** `undefined`: not tried yet; `null`: no Trusted Types here; `Error`: the page refused the policy. */
let policy: TrustedHtmlPolicy | null | Error | undefined;

function getPolicy(): TrustedHtmlPolicy | null | Error {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    if (!factory?.createPolicy) policy = null;
    else {
      try {
        policy = factory.createPolicy(XML_POLICY_NAME, { createHTML: (input) => input });
      } catch (error) {
        // The page's `trusted-types` directive does not list the name (or forbids duplicates).
        policy = error instanceof Error ? error : new Error(String(error));
      }
    }
  }
  return policy;
}

/**
 * Feed text as a value `parseFromString` / `innerHTML` accept under enforced Trusted Types: the string
 * itself where there are no Trusted Types, a TrustedHTML from the policy where there are. Throws a
 * `ReaderInputError` naming the fix when the page refused the policy.
 */
export function inertMarkup(text: string, what?: string): string {
  const current = getPolicy();
  if (current instanceof Error) throw new ReaderInputError(policyRefusedMessage(what), 'unsupported-format');
  // A TrustedHTML is what the sink wants; TypeScript's DOM types only know strings.
  return current ? (current.createHTML(text) as string) : text;
}

/** False when the page enforces Trusted Types and refused the policy (so HTML cannot be parsed here). */
export const canParseMarkup = (): boolean => !(getPolicy() instanceof Error);
