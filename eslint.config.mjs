// ESLint flat config (issue 14, "habits that keep it so"): typescript-eslint's recommended rules, not type-aware so a
// run stays fast, over src/, test/, bench/ and scripts/; eslint-config-prettier leaves layout to Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';

/** The entity modules, one folder per entity type, but organisation (below them: events find their country through
 * an organiser's seat, organisation.seat.ts). */
const ENTITY_FOLDERS = [
  'country',
  'place',
  'working-group',
  'event',
  'publication',
  'policy-document',
  'competence-standard',
  'person',
  'topic',
];

/**
 * The layers of src/, top to bottom (issue 14, "layers that only point down"). Each entry is one element: a folder
 * (or a file) of src/. An element may import itself and any element of a LOWER layer, never one of its own layer or a
 * higher one, so no folder can import a folder that imports it back: a folder-level import cycle fails lint.
 */
const LAYERS = [
  [['main', 'src/main.ts']],
  [['cli', 'src/cli/**']],
  [['app', 'src/app/**']],
  [['schema', 'src/schema/**']],
  [['server', 'src/server/**']],
  ['dashboard', 'linked-data', 'search', 'stats', 'network', 'node', 'labels', 'timeline'].map((f) => [
    f,
    `src/features/${f}/**`,
  ]),
  [['ingest', 'src/pipelines/ingest/**']],
  [['relationship', 'src/pipelines/relationship/**']],
  // The GraphQL side of the entity types, derived from their declarations: one resolver class per type from the
  // factory, over each type's object and argument classes (entity-graphql.ts) and the relationship fields declared
  // once with both ends (relationship-fields.ts).
  [['entity-resolver-factory', 'src/entities/entity-resolver-factory.ts']],
  // What a query asks below a root list or lookup, read ahead in its statement (graph/read-ahead.ts).
  [['read-ahead-plan', 'src/entities/read-ahead-plan.ts']],
  [
    ['entity-graphql', 'src/entities/entity-graphql.ts'],
    ['relationship-fields', 'src/entities/relationship-fields.ts'],
  ],
  [['entity-definitions', 'src/entities/entity-definitions.ts']],
  ENTITY_FOLDERS.map((f) => [`entity:${f}`, `src/entities/${f}/**`]),
  [['entity:organisation', 'src/entities/organisation/**']],
  [['write', 'src/pipelines/write/**']],
  [['import', 'src/pipelines/import/**']],
  [['gazetteer', 'src/gazetteer/**']],
  [['context', 'src/context/**']],
  [['auth', 'src/auth/**']],
  [['graphql', 'src/graphql/**']],
  [['graph', 'src/graph/**']],
  [['db', 'src/db/**']],
  [
    ['config', 'src/config.ts'],
    ['logger', 'src/logger.ts'],
  ],
  [['project-root', 'src/project-root.ts']],
  [
    ['domain', 'src/domain/**'],
    ['errors', 'src/errors/**'],
  ],
];

// Files before folders, so that a file element (src/server/context.ts) wins over its folder's element.
const ELEMENTS = LAYERS.flat()
  // `mode: 'full'` matches the pattern against the whole path, for single files too (the newer `partialMatch: false`
  // only describes folders).
  .map(([type, pattern]) => ({ type, pattern, mode: 'full' }))
  .sort((a, b) => Number(b.pattern.endsWith('.ts')) - Number(a.pattern.endsWith('.ts')));

const POLICIES = LAYERS.flatMap((layer, index) => {
  const below = LAYERS.slice(index + 1)
    .flat()
    .map(([type]) => type);
  return layer.map(([type]) => ({
    from: { element: { type } },
    allow: {
      to: {
        element: { type: [type, ...below] },
      },
    },
  }));
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.cache/**',
      'coverage/**',
      'data/**',
      'schema/**',
      'bench/results/**',
      'web/dashboard/**',
    ],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a value left out on purpose (`const { stacktrace: _stack, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
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
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/legacy-warnings': false,
      // Re-exports and import() are dependencies too, not only `import` statements.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: POLICIES }],
      'boundaries/no-unknown-files': 'error',
    },
  },
  prettierConfig,
);
