// ESLint flat config: typescript-eslint's strict and stylistic type-checked rule sets over the whole
// TypeScript tree (src, test, bench, scripts: what tsconfig.json includes; the web console's
// console/src: what console/tsconfig.json includes, plus React's hook rules and browser globals;
// packages/client/src: what its tsconfig.json includes, with browser globals only), and
// the plain JavaScript files (bin/intentbase, the .mjs files, this file) with the same rules minus
// those that need type information. `npm run lint` runs it allowing no warning; .ci/run runs it right
// after the type check.
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const TEST_FILES = ['test/**/*.ts', 'src/**/*.test.ts'];

export default defineConfig(
  // packages/client/src/openapi.ts is generated (npm run client:api) and checked against the routes by a test.
  globalIgnores(['dist/', 'node_modules/', 'data/', 'packages/client/dist/', 'packages/client/src/openapi.ts']),
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // node:test runs every top-level test() and describe() and awaits what they return itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }] },
      ],
      // Counts, limits and sizes are numbers all through the messages; anything else is made a string on purpose.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: false, allowBoolean: false, allowNever: false, allowNullish: false, allowNumber: true, allowRegExp: false },
      ],
      // `(x) => log(x)` is this code's idiom for a callback that returns nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // T[] for simple element types, Array<{ … }> for object and union ones: what the code already does.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // `!` marks a value an invariant just established (a Map.get of a key put a line above, the row a
      // transaction just wrote); spelling each as a throw would add branches no test can reach.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Number()/String() at the database boundary normalise what the drivers return (pg hands back
      // numeric and bigint aggregates as strings) whatever the declared row type says; they stay.
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      // `.catch(() => {})`, `on('error', () => {})`: a no-op callback is a deliberate value, not a missing body.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // `_name` and the siblings of a rest element are what a destructuring leaves out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // An async function without await is how the code meets an interface that wants a promise (Fastify
      // hooks and handlers, Kysely's migration provider); dropping `async` would make its throws synchronous.
      '@typescript-eslint/require-await': 'off',
      // `env.X?.trim() || fallback`: an empty string means unset, so `||` is meant for strings.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // As only-throw-error allows by default: a caught value is passed on as it was caught.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      // Tests read JSON response bodies as `any` (test/support/test-app.ts) and check them with
      // assertions at run time; typing each body would add casts, not safety.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-plus-operands': ['error', { allowAny: true }],
      // The same bodies build URLs; failure messages print exit codes (null when signalled), patterns and
      // arrays (comma-joined) as they are.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: true, allowArray: true, allowBoolean: false, allowNever: false, allowNullish: true, allowNumber: true, allowRegExp: true },
      ],
      // Fixtures are `let x: T`, set in before() and torn down with `x?.close()` in after(), which runs
      // even when before() failed half-way: the declared types cannot say "maybe not set yet".
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // Kysely's migrations take Kysely<any>: a migration must not depend on today's schema type.
    files: ['src/db/migrations/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // The web console runs in the browser: its globals, and the rules of hooks.
    files: ['console/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // A hint for React Compiler, which the console does not use: TanStack Table's hooks are used as documented.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // @intentbase/client runs in browsers, Deno and Bun as well as Node: the web platform's globals only.
    files: ['packages/client/src/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Plain JavaScript: not part of the TypeScript program, so no type-aware rules.
    files: ['**/*.js', '**/*.mjs', 'bin/intentbase'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
