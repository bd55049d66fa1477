import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { wallsPlugin } from './eslint-rules/layer-folders.js';

/**
 * The walls of DESIGN.md §2, for what types cannot see: which packages each layer may import,
 * static and dynamic imports alike. tsconfig per layer refuses the wrong globals; these refuse
 * the wrong imports. tests/unit/layer-walls.test.ts plants each violation and expects refusal.
 */
const LAYER_MESSAGE = 'Breaks the layers renderer → shared ← main (DESIGN.md §2).';

const ROOT = import.meta.dirname;

/** Package specifiers a layer may not use, each a regular expression with the reason. */
const walls = {
  /**
   * shared/: pure logic; libraries that are pure logic too: zod (schemas), unhomoglyph
   * (look-alike letters for the word filter), @noble (the sealed channel).
   */
  shared: [
    {
      regex: '^(?!zod$|unhomoglyph$|@noble/|intl-messageformat$|\\.)',
      message:
        'shared/ imports only zod, unhomoglyph, @noble, intl-messageformat and its own files.',
    },
  ],
  /**
   * renderer/: the browser; never Node, pdfkit, conf or a server. intl-messageformat formats the
   * interface's ICU message catalogs (plural and select rules) on every surface.
   */
  renderer: [
    {
      regex:
        '^(?!react$|react-dom/client$|socket\\.io-client$|socket\\.io-msgpack-parser$|qrcode/lib/browser\\.js$|intl-messageformat$|@noble/|\\.)',
      message:
        'renderer/ imports only react, react-dom/client, socket.io-client (and its msgpack parser), qrcode (browser), intl-messageformat and @noble.',
    },
  ],
  /** The phone app: what a phone downloads; no zod, no QR drawing. */
  participant: [
    { regex: '^zod(/|$)', message: 'The phone app does not ship zod: import the zod-free facts.' },
    {
      regex:
        '^(?!react$|react-dom/client$|socket\\.io-client$|socket\\.io-msgpack-parser$|@noble/|\\.)',
      message:
        'The phone app imports only react, react-dom/client, socket.io-client (and its msgpack parser) and @noble.',
    },
  ],
  /** main/: Node; never the UIs. */
  main: [{ regex: '^(react|react-dom)(/|$)', message: LAYER_MESSAGE }],
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

/** The folders of own code each layer may import from (resolved paths, any depth). */
const reach = {
  shared: ['shared'],
  main: ['main', 'shared'],
  renderer: ['renderer', 'shared'],
  /** What the phone and the big screens share: it loads no face's own code. */
  common: ['renderer/common', 'shared'],
  /** The phone loads no console, projector or console-and-projector code. */
  participant: ['renderer/participant', 'renderer/common', 'shared'],
};

/**
 * One rule set refusing `walls` in `import … from`, `export … from` and `import()`, and any own
 * code outside `folders`.
 */
function refuse(folders, ...rules) {
  return {
    'walls/folders': ['error', { root: ROOT, reach: folders, message: LAYER_MESSAGE }],
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

const TS = '{ts,tsx,cts,mts}';

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
  { plugins: { walls: wallsPlugin } },
  { files: [`shared/**/*.${TS}`], rules: refuse(reach.shared, ...walls.shared, ...walls.gate) },
  {
    files: [`shared/aggregate/**/*.${TS}`, `shared/privacy/**/*.${TS}`],
    rules: refuse(reach.shared, ...walls.shared),
  },
  {
    files: [`renderer/**/*.${TS}`],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...refuse(reach.renderer, ...walls.renderer, ...walls.gate),
    },
  },
  {
    files: [`renderer/common/**/*.${TS}`],
    rules: refuse(reach.common, ...walls.renderer, ...walls.gate),
  },
  {
    files: [`renderer/participant/**/*.${TS}`],
    rules: refuse(reach.participant, ...walls.participant, ...walls.gate),
  },
  {
    files: [`main/**/*.${TS}`],
    rules: refuse(reach.main, ...walls.main, ...walls.host, ...walls.gate),
  },
  {
    files: [`main/electron/**/*.${TS}`],
    rules: refuse(reach.main, ...walls.main, ...walls.gate),
  },
);
