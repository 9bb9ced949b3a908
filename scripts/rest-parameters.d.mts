// Types for vite.config.ts (the plugin is plain JavaScript, run by Node).
import type { Plugin } from 'vite';

export function restoreRestParameters(code: string): { code: string; count: number };
export function restParameters(): Plugin;
