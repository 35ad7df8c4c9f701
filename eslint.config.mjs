// ESLint flat config (issue 14, "habits that keep it so"): typescript-eslint's recommended rules, not type-aware so a
// run stays fast, over src/, test/, bench/ and scripts/; eslint-config-prettier leaves layout to Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', 'data/**', 'schema/**', 'bench/results/**',
      'src/modules/dashboard/public/**'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a value left out on purpose (`const { stacktrace: _stack, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', {
        argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true,
      }],
      // Off: `\-` in a character class keeps a hyphen literal wherever it stands; unescaping 35 of them in the ingest
      // patterns would risk turning one into a range.
      'no-useless-escape': 'off',
      // Off: text cleaning (text-folding, ingest.text) and its tests match control characters on purpose.
      'no-control-regex': 'off',
      // Off: the four rethrows it flags replace a driver or parse error with one plain line on purpose (startup and
      // CLI messages); a `cause` would print the original stack again.
      'preserve-caught-error': 'off',
    },
  },
  {
    // GraphQL answers and driver rows in tests and benchmarks are untyped JSON, read field by field.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettierConfig,
);
