import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: paths.map((name) => ({
        name,
        message: 'Breaks the dependency direction (DESIGN.md §2).',
      })),
      patterns: patterns.map((group) => ({
        group: [group],
        message: 'Breaks the dependency direction renderer → shared ← main (DESIGN.md §2).',
      })),
    },
  ],
});

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
    rules: restrict(
      [
        '**/main/**',
        '**/renderer/**',
        'electron',
        'react',
        'react-dom',
        'socket.io',
        'socket.io-client',
        'node:*',
      ],
      nodeBuiltins,
    ),
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
