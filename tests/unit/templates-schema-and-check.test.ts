import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import {
  buildTemplateJsonSchema,
  SCHEMA_FILE_NAME,
  templateJsonSchemaText,
} from '../../main/templates/template-json-schema.js';

const run = promisify(execFile);
const repo = join(shippedTemplatesDir(), '..');
const shipped = shippedTemplatesDir();
const temp = mkdtempSync(join(tmpdir(), 'circlework-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function check(dir?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['--import', 'tsx', 'main/templates/check-cli.ts', ...(dir ? [dir] : [])];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('JSON Schema for editors', () => {
  it('the committed schema file equals a fresh generation (run npm run templates:schema)', () => {
    const committed = readFileSync(join(shipped, SCHEMA_FILE_NAME), 'utf8');
    expect(committed).toBe(templateJsonSchemaText());
  });

  it('refuses unknown fields and explains fields on hover', () => {
    const schema = buildTemplateJsonSchema() as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { description?: string; items?: { oneOf?: unknown[] } }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'agreement', 'steps', 'minutes']),
    );
    // Defaults are optional when writing a file.
    expect(schema.required).not.toContain('contentNotes');
    expect(schema.properties.agreement?.description).toMatch(/confidentiality/);
    expect(schema.properties.steps?.items?.oneOf).toHaveLength(10);
  });
});

describe('npm run templates:check', () => {
  it('passes on the shipped workshops with a one-line summary', async () => {
    const result = await check();
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^4 workshops valid \(\d+ steps, 255 minutes in all\)$/);
  });

  it('prints file:line field — message for each problem and exits 1', async () => {
    const dir = mkdtempSync(join(temp, 'broken-'));
    copyFileSync(join(shipped, SCHEMA_FILE_NAME), join(dir, SCHEMA_FILE_NAME));
    copyFileSync(join(shipped, 'boundaries.yaml'), join(dir, 'boundaries.yaml'));
    const text = readFileSync(join(shipped, 'boundaries.yaml'), 'utf8');
    const broken = text.replace('category: control', 'category: x');
    writeFileSync(join(dir, 'boundaries-broken.yaml'), broken.replace('id: boundaries', 'id: b2'));
    writeFileSync(join(dir, 'same-id.yaml'), text);
    writeFileSync(join(dir, 'bad-syntax.yml'), 'id: x\ntitle: [unclosed\n');

    const result = await check(dir);
    expect(result.code).toBe(1);
    const line = broken.slice(0, broken.indexOf('category: x')).split('\n').length;
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(
      `boundaries-broken.yaml:${line} steps[6].items[1].category — unknown category "x"`,
    );
    expect(lines).toContain(`same-id.yaml:1 id — id "boundaries" is also used by boundaries.yaml`);
    expect(lines.some((l) => /^bad-syntax\.yml:\d+ — YAML syntax: /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ problems in /);
  });

  it('fails when the schema file is out of date', async () => {
    const dir = mkdtempSync(join(temp, 'stale-'));
    copyFileSync(join(shipped, 'check-ins.yaml'), join(dir, 'check-ins.yaml'));
    writeFileSync(join(dir, SCHEMA_FILE_NAME), '{}\n');
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${SCHEMA_FILE_NAME} — out of date; run npm run templates:schema`,
    );
  });
});
