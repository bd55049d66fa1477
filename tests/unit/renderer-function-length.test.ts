/**
 * Keeps the UI code in parts with one job each (issue 18): no function in renderer/ — component,
 * hook or helper, nested ones included — runs to 120 lines or more. Measured with the TypeScript
 * compiler's own parser, from a function's first line to its last.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'renderer');
const MAX_LINES = 120;

interface FunctionSize {
  where: string;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) {
    return parent.name.getText();
  }
  return '(anonymous)';
}

function functionSizes(file: string): FunctionSize[] {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const sizes: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = functionName(node as ts.FunctionLikeDeclaration);
      sizes.push({
        where: `${relative(ROOT, file)}:${first + 1} ${name}`,
        lines: last - first + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sizes;
}

describe('renderer/ functions stay small', () => {
  const sizes = sourceFiles(RENDERER).flatMap(functionSizes);

  it('finds the functions it measures', () => {
    expect(sizes.some((size) => /run-page\.tsx:\d+ RunPage$/.test(size.where))).toBe(true);
  });

  it(`has no function of ${MAX_LINES} lines or more`, () => {
    const tooLong = sizes
      .filter((size) => size.lines >= MAX_LINES)
      .map((size) => `${size.where} (${size.lines} lines)`);
    expect(tooLong).toEqual([]);
  });
});
