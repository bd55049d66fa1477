import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GATE_MESSAGE = /privacy gate/;

async function gateErrors(file: string, from: string): Promise<number> {
  const eslint = new ESLint({ cwd: repo });
  const code = `import { aggregateStep } from '${from}';\nexport const planted = aggregateStep;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(repo, file) });
  return (result?.messages ?? []).filter((m) => GATE_MESSAGE.test(m.message)).length;
}

describe('the one privacy gate (DESIGN.md §4.8) is a wall lint checks', () => {
  it('refuses a surface that aggregates answers itself', async () => {
    expect(await gateErrors('shared/protocol/planted.ts', '../aggregate/aggregate-step.js')).toBe(
      1,
    );
    expect(
      await gateErrors(
        'main/exports/documents/planted.ts',
        '../../../shared/aggregate/aggregate-step.js',
      ),
    ).toBe(1);
    expect(
      await gateErrors('renderer/console/planted.tsx', '../../shared/aggregate/aggregate-step.js'),
    ).toBe(1);
  }, 60_000);

  it('lets the gate itself use the aggregation', async () => {
    expect(await gateErrors('shared/privacy/planted.ts', '../aggregate/aggregate-step.js')).toBe(0);
  }, 60_000);
});
