// Types for vite.config.ts (the plugins are plain JavaScript, run by Node).
import type { Plugin } from 'vite';

export function noEntryImports(): Plugin;
export function chunkGraph(file: string): Plugin;
/** `html: false`: the css`` templates only. */
export function minifyTemplates(options?: { html?: boolean }): Plugin;
/** Copies `source` into the build as the asset `fileName`. */
export function emitFile(source: string, fileName: string): Plugin;
