/**
 * The host's process starts with its own V8 sizing (main/host/heap-tuning.ts): Node accepts the
 * flags and they cap the young generation, and every way the host starts passes them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostForkOptions } from '../../main/electron/host-launcher.js';
import { HOST_NODE_FLAGS } from '../../main/host/heap-tuning.js';

/** Allocates like a busy host (many short-lived objects, some surviving a while). */
const YOUNG_GENERATION_SIZE = `
  let keep = [];
  for (let i = 0; i < 3_000_000; i++) {
    keep.push({ i, s: 'x' + i });
    if (keep.length > 200_000) keep = [];
  }
  const young = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stdout.write(String(young.space_size));
`;

function youngGenerationBytes(flags: readonly string[]): number {
  return Number(execFileSync(process.execPath, [...flags, '-e', YOUNG_GENERATION_SIZE]));
}

const MB = 1024 * 1024;

describe("the host's V8 flags", () => {
  it('keep the young generation at a few megabytes where the default lets it reach 32', () => {
    expect(youngGenerationBytes([])).toBeGreaterThanOrEqual(16 * MB);
    expect(youngGenerationBytes(HOST_NODE_FLAGS)).toBeLessThanOrEqual(4 * MB);
  });

  it("start the app's host process", () => {
    expect(hostForkOptions().execArgv).toEqual(HOST_NODE_FLAGS);
  });

  it('start the host of `npm run serve`', () => {
    const scripts = (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.serve).toContain(`node ${HOST_NODE_FLAGS.join(' ')} dist/main/cli.js`);
  });
});
