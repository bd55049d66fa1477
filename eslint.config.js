import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * What an aggregate may show is decided in one place, shared/privacy (DESIGN.md §4.8): no
 * surface computes an aggregate itself.
 */
const GATE_INTERNALS = [
  '**/aggregate/aggregate-step.js',
  '**/aggregate/export-aggregate.js',
  '**/aggregate/export-coarsen.js',
];

const restrict = (patterns, paths = [], gated = true) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({
        name,
        message: 'Breaks the dependency direction (DESIGN.md §2).',
      })),
      patterns: [
        ...patterns.map((group) => ({
          group: [group],
          message: 'Breaks the dependency direction renderer → shared ← main (DESIGN.md §2).',
        })),
        ...(gated ? GATE_INTERNALS : []).map((group) => ({
          group: [group],
          message: 'Ask the privacy gate (shared/privacy/privacy-gate.ts), DESIGN.md §4.8.',
        })),
      ],
    },
  ],
});

const SHARED_FORBIDDEN = [
  '**/main/**',
  '**/renderer/**',
  'electron',
  'react',
  'react-dom',
  'socket.io',
  'socket.io-client',
  'node:*',
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/aggregate/**', 'shared/privacy/**'],
    rules: restrict(SHARED_FORBIDDEN, nodeBuiltins),
  },
  {
    files: ['shared/aggregate/**/*.ts', 'shared/privacy/**/*.ts'],
    rules: restrict(SHARED_FORBIDDEN, nodeBuiltins, false),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(['**/main/**', 'electron', 'node:*'], nodeBuiltins).valueOf(),
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: restrict(['**/renderer/**', 'react', 'react-dom']),
  },
);
