// ESLint (flat config): `npm run lint` runs it, then `prettier --check .` for formatting.
// TypeScript rules from typescript-eslint; Lit template rules from eslint-plugin-lit; custom element
// rules from eslint-plugin-wc. Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated or installed files, and scratch space.
  globalIgnores(['dist/', 'site-dist/', 'types/', 'coverage/', '.tmp/', '.scratch*/', 'custom-elements.json', 'bench/results.json']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser code inside Node-run scripts (page.evaluate callbacks, bench pages).
    files: ['scripts/**', 'bench/**', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // bench/run.mjs drives bench/pages/harness.js, which exposes its measures as the page global `h`.
    files: ['bench/run.mjs'],
    languageOptions: { globals: { h: 'readonly' } },
  },
  {
    // No import cycles in the library (value imports and import(); scripts/import-cycles.mjs, also part of
    // `npm run lint`, counts type-only imports too). Sources import `./x.js` for `./x.ts`.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The page's markup can shadow `document.x` (`<img name="baseURI">`): read it through core/platform.ts.
    files: ['src/**/*.ts'],
    ignores: ['src/core/platform.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='document']",
          message: 'Named elements on the page can shadow document.x: use the readers in src/core/platform.ts.',
        },
      ],
    },
  },
  {
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests use chai's property assertions (`expect(x).to.be.true`) and build hostile input on purpose.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
