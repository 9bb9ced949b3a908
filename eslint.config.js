// ESLint (flat config): `npm run lint` runs it, then `prettier --check .` for formatting.
// TypeScript rules from typescript-eslint; Lit template rules from eslint-plugin-lit; custom element
// rules from eslint-plugin-wc; regular expression rules from eslint-plugin-regexp (src/ reads untrusted text:
// no pattern may backtrack or restart super-linearly; scripts/check-regex.mjs adds a ReDoS score check).
// Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import regexp from 'eslint-plugin-regexp';
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
    // Every regex in src/ may see hostile feed text: a pattern that backtracks (`(a|a)*`, `\s*\s*$`) or
    // restarts at every character (`[^>]*>` after `<` on 100,000 unclosed `<a`) freezes the page.
    files: ['src/**/*.ts'],
    extends: [regexp.configs['flat/recommended']],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': ['error', { ignoreSticky: false, ignorePartial: false }],
      // Style only: `[a-zA-Z]` says what it means as well as an `i` flag does.
      'regexp/use-ignore-case': 'off',
    },
  },
  {
    // The charset sniff's `[^>]*\bencoding` is always entered (the rule is right, and harmless here: it reads
    // 200 bytes); http.ts is the network code's, to be tidied there.
    files: ['src/sources/http.ts'],
    rules: { 'regexp/no-contradiction-with-assertion': 'off' },
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
