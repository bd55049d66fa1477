import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The walls of DESIGN.md §2, for what types cannot see: which packages each layer may import,
 * static and dynamic imports alike. tsconfig per layer refuses the wrong globals; these refuse
 * the wrong imports. tests/unit/layer-walls.test.ts plants each violation and expects refusal.
 */
const LAYER_MESSAGE = 'Breaks the layers renderer → shared ← main (DESIGN.md §2).';

/** Import specifiers a layer may not use, each a regular expression with the reason. */
const walls = {
  /**
   * shared/: pure logic; its own files and libraries that are pure logic too: zod (schemas),
   * unhomoglyph (look-alike letters for the word filter), @noble (the sealed channel).
   */
  shared: [
    {
      regex: '^(?!zod$|unhomoglyph$|@noble/|\\.{1,2}/)',
      message: 'shared/ imports only zod, unhomoglyph, @noble and its own files.',
    },
    { regex: '(^|/)(main|renderer)/', message: LAYER_MESSAGE },
  ],
  /** renderer/: the browser; never the host, Node, pdfkit or a server. */
  renderer: [
    {
      regex:
        '^(?!react$|react-dom/client$|socket\\.io-client$|qrcode/lib/browser\\.js$|@noble/|\\.{1,2}/)',
      message:
        'renderer/ imports only react, react-dom/client, socket.io-client, qrcode (browser) and @noble.',
    },
    { regex: '(^|/)main/', message: LAYER_MESSAGE },
  ],
  /** The phone app: what a phone downloads; no zod, no console, projector or room code. */
  participant: [
    { regex: '^zod(/|$)', message: 'The phone app does not ship zod: import protocol types only.' },
    {
      regex: '(^|/)(console|projector|console-and-projector)/',
      message: 'The phone app never loads console or projector code.',
    },
  ],
  /** main/: Node; never the UIs. */
  main: [
    { regex: '^(react|react-dom)(/|$)', message: LAYER_MESSAGE },
    { regex: '(^|/)renderer/', message: LAYER_MESSAGE },
  ],
  /** The host runs in plain Node: Electron only in the shell. */
  host: [{ regex: '^electron(/|$)', message: 'Only main/electron/ may import electron.' }],
  /**
   * What an aggregate may show is decided in one place, shared/privacy (DESIGN.md §4.8): outside
   * shared/aggregate and shared/privacy nothing computes an aggregate itself.
   */
  gate: [
    {
      regex: '(^|/)aggregate/(aggregate-step|export-aggregate|export-coarsen)\\.js$',
      message: 'Ask the privacy gate (shared/privacy/privacy-gate.ts), DESIGN.md §4.8.',
    },
  ],
};

/** One rule set refusing `walls` in `import … from`, `export … from` and `import()`. */
function refuse(...rules) {
  return {
    'no-restricted-imports': [
      'error',
      { patterns: rules.map(({ regex, message }) => ({ regex, message })) },
    ],
    'no-restricted-syntax': [
      'error',
      ...rules.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`,
        message,
      })),
      {
        selector: 'ImportExpression[source.type!="Literal"]',
        message: 'A dynamic import names its module literally, so the layer walls can check it.',
      },
    ],
  };
}

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
  { files: ['shared/**/*.ts'], rules: refuse(...walls.shared, ...walls.gate) },
  {
    files: ['shared/aggregate/**/*.ts', 'shared/privacy/**/*.ts'],
    rules: refuse(...walls.shared),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...refuse(...walls.renderer, ...walls.gate),
    },
  },
  {
    files: ['renderer/participant/**/*.{ts,tsx}'],
    rules: refuse(...walls.renderer, ...walls.gate, ...walls.participant),
  },
  { files: ['main/**/*.ts'], rules: refuse(...walls.main, ...walls.host, ...walls.gate) },
  {
    files: ['main/electron/**/*.ts', 'main/electron/**/*.cts'],
    rules: refuse(...walls.main, ...walls.gate),
  },
);
