import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA = join(repo, 'shared/template/step-schema.ts');

/** The places that branch on the exercise kind and must refuse a kind they do not know. */
const GUARDED = [
  'shared/protocol/public-step.ts',
  'renderer/participant/exercises/exercise-input.tsx',
  'main/exports/forms/exercise-form.ts',
  'main/exports/results/draw-aggregate.ts',
  'shared/aggregate/aggregate-step.ts',
];

/** A new exercise kind, planted in memory the way a contributor would add one. */
function plantNewKind(source: string): string {
  const planted = source
    .replace(
      'export const stepSchema = z.discriminatedUnion',
      "export const pollStepSchema = z.object({ ...stepBase, kind: z.literal('poll'), prompt: promptText });\n" +
        'export const stepSchema = z.discriminatedUnion',
    )
    .replace('  worksheetStepSchema,\n]);', '  worksheetStepSchema,\n  pollStepSchema,\n]);');
  if (planted === source || !planted.includes('pollStepSchema,\n]);')) {
    throw new Error('step-schema.ts changed shape: update how this test plants a kind');
  }
  return planted;
}

/**
 * Parsed files of each layer, shared by its clean and its planted compile: parsing the
 * libraries and every imported file twice would only cost time. The schema is never kept.
 */
const parsedByLayer = new Map<string, Map<string, ts.SourceFile | undefined>>();

/** Each guarded file compiled under its own layer's tsconfig (shared, main, renderer). */
function errorsByFile(plant: boolean): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  const layers = new Set(GUARDED.map((f) => f.split('/')[0]!));
  for (const layer of layers) collectErrors(layer, plant, errors);
  return errors;
}

function collectErrors(layer: string, plant: boolean, errors: Map<string, string[]>): void {
  const dir = join(repo, layer);
  const config = ts.readConfigFile(join(dir, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  // Only the guarded files are roots here, so the project's file list does not apply.
  const options = { ...parsed.options, composite: false };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    return plant && text !== undefined && resolve(file) === SCHEMA ? plantNewKind(text) : text;
  };
  const parsedFiles = parsedByLayer.get(layer) ?? new Map<string, ts.SourceFile | undefined>();
  parsedByLayer.set(layer, parsedFiles);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, languageVersion, ...rest) => {
    if (resolve(file) === SCHEMA) return getSourceFile(file, languageVersion, ...rest);
    if (!parsedFiles.has(file))
      parsedFiles.set(file, getSourceFile(file, languageVersion, ...rest));
    return parsedFiles.get(file);
  };
  const roots = GUARDED.filter((f) => f.startsWith(`${layer}/`)).map((f) => join(repo, f));
  const program = ts.createProgram({ rootNames: roots, options, host });
  // Only the guarded files' own errors are asked about, so only they are checked.
  const diagnostics = roots.flatMap((root) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(root)),
  );
  for (const d of diagnostics) {
    if (!d.file) continue;
    const file = resolve(d.file.fileName)
      .slice(repo.length + 1)
      .replaceAll('\\', '/');
    const list = errors.get(file) ?? [];
    list.push(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    errors.set(file, list);
  }
}

describe('a new exercise kind', () => {
  it('does not compile until every switch on the kind handles it', () => {
    expect(readFileSync(SCHEMA, 'utf8')).toContain('worksheetStepSchema,\n]);');
    const clean = errorsByFile(false);
    for (const file of GUARDED) expect(clean.get(file) ?? [], file).toEqual([]);
    const planted = errorsByFile(true);
    for (const file of GUARDED) {
      expect(planted.get(file)?.length ?? 0, `${file} accepted an unknown kind`).toBeGreaterThan(0);
    }
  }, 180_000);
});
