/**
 * `reader-widgets/formats`: the feed adapters on their own, for an app that holds a feed already
 * (`toReaderJson(body, contentType, format?)` turns JSON Feed, WordPress, RSS, Atom, JSON-LD or Ghost
 * into reader JSON). A subpath of its own because it carries every adapter: the elements load the same
 * code lazily, only when a `src` needs it, so importing `reader-widgets` or `/classes` never pays for it.
 */
export { FORMAT_NAMES, toReaderJson } from './sources/formats/detect.js';
export type { FormatName } from './sources/formats/detect.js';
