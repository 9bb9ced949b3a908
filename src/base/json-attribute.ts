import type { ComplexAttributeConverter } from 'lit';
import { parseJsonText } from '../core/model.js';

/**
 * Converter for object data given as JSON text in an attribute. It never throws: text that does not
 * parse becomes a `JsonParseFailure`, which the element shows as its error state. Never reflected.
 */
export function jsonAttribute(what: string): ComplexAttributeConverter<unknown> {
  return {
    fromAttribute: (text: string | null) => (text === null ? undefined : parseJsonText(text, what)),
  };
}
