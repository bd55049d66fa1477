import { defineConfig } from 'vitest/config';

const COMMANDS = new Set(['run', 'watch', 'dev', 'related']);
/** Files or folders named on the command line: chosen tests, not the whole suite. */
const choseFiles = process.argv
  .slice(2)
  .some((arg) => !arg.startsWith('-') && !COMMANDS.has(arg) && !arg.endsWith('vitest.mjs'));

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/temp-root-global.ts'],
    setupFiles: ['tests/temp-root-per-file.ts'],
    env: {
      // Screenshots for a person to look at (tests/e2e/artifact-screenshot.ts).
      CIRCLEWORK_SCREENSHOTS: process.env.CIRCLEWORK_SCREENSHOTS ?? (choseFiles ? '1' : '0'),
    },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]],
  },
});
