/**
 * No words in a console, projector or shared component: every piece of text a counselor or the
 * room reads comes from a message catalog, so it follows the counselor's language. The scan
 * parses each file and flags JSX text, a string shown as a JSX child (also through `?:`, `&&`,
 * `||`, `??`), and user-facing attributes (aria-label, title, placeholder, alt, and the label
 * and hint of the editor's form fields) given a literal. Key names inside <kbd> are not words to translate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = join(import.meta.dirname, '../../renderer');
const SCANNED = ['console', 'console-and-projector', 'projector', 'common'];
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const hasWords = (text: string) => /\p{L}/u.test(text);

/** String literals a JSX child expression shows as they are. */
function shownLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) {
    return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  }
  if (ts.isBinaryExpression(node)) {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(node.right);
    if (kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken) {
      return [...shownLiterals(node.left), ...shownLiterals(node.right)];
    }
    return [];
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return hasWords(node.text) ? [node] : [];
  }
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    return parts.some(hasWords) ? [node] : [];
  }
  return [];
}

/** A key's name on the keyboard (`<kbd>O</kbd>`) is the key itself, the same in every language. */
function insideKbd(node: ts.Node): boolean {
  const element = node.parent;
  return ts.isJsxElement(element) && element.openingElement.tagName.getText() === 'kbd';
}

function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(
      `${relative(RENDERER, file)}:${line + 1}: ${node.getText(source).trim().slice(0, 60)}`,
    );
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && hasWords(node.text) && !insideKbd(node)) report(node);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      shownLiterals(node.expression).forEach(report);
    }
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && hasWords(value.text)) report(value);
      if (value && ts.isJsxExpression(value) && value.expression) {
        shownLiterals(value.expression).forEach(report);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('console, projector and shared components', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(RENDERER, dir)));

  it('scans the files it should', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('show no literal text: every word comes from a catalog', () => {
    expect(files.flatMap(literalsIn)).toEqual([]);
  });
});
