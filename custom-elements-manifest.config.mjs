// Generates custom-elements.json from the source's JSDoc (`npm run analyze`, part of `npm run build`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order its file reads finish, which differs from run to run;
      // sorted by path, the manifest only changes when the source does.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // ReaderElement.emit(name, …) dispatches events by variable; the analyzer reads that as an event
      // literally called "name". The real events are documented with @fires on each element.
      name: 'drop-dynamic-event-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
          }
        }
      },
    },
    {
      // The manifest documents the public surface: private and protected members (the analyzer lists
      // every one, with source positions) are internals an editor or a docs page must not offer.
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
              );
            }
          }
        }
      },
    },
  ],
};
