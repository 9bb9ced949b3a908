// svelte-check's config for the Svelte consumer files: none needed. Without it, svelte-check reads the
// project's vite.config.ts looking for the Svelte plugin, which the library's build does not use.
export default {};
