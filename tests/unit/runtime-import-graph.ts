import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Every module a bundle loads from `entry`: own files (repository-relative) and packages. */
export interface RuntimeGraph {
  files: Set<string>;
  packages: Set<string>;
}

/**
 * Follows the imports that survive compilation (not `import type`, not all-type specifiers),
 * static, re-exported and dynamic, from `entry` through the repository's own files — what a
 * bundler puts in a page. `planted` replaces or adds files by absolute path, in memory.
 * With `initialChunkOnly`, a dynamic `import()` is a chunk loaded later and is not followed.
 */
export function runtimeGraph(
  root: string,
  entry: string,
  planted: ReadonlyMap<string, string> = new Map(),
  { initialChunkOnly = false } = {},
): RuntimeGraph {
  const graph: RuntimeGraph = { files: new Set(), packages: new Set() };
  const pending = [resolve(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    const name = relative(root, file).replaceAll('\\', '/');
    if (graph.files.has(name)) continue;
    graph.files.add(name);
    const text = planted.get(file) ?? readFileSync(file, 'utf8');
    for (const specifier of runtimeSpecifiers(file, text, !initialChunkOnly)) {
      if (!specifier.startsWith('.')) {
        graph.packages.add(specifier);
        continue;
      }
      const target = sourceOf(resolve(dirname(file), specifier), planted);
      if (target) pending.push(target);
    }
  }
  return graph;
}

/** `./x.js` is written for `./x.ts` or `./x.tsx`; stylesheets and assets are leaves. */
function sourceOf(path: string, planted: ReadonlyMap<string, string>): string | undefined {
  const stem = path.replace(/\.js$/, '');
  return [`${stem}.ts`, `${stem}.tsx`].find((file) => planted.has(file) || existsSync(file));
}

function runtimeSpecifiers(file: string, text: string, dynamic: boolean): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && isRuntimeImport(node)) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && isRuntimeExport(node)) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      dynamic &&
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isRuntimeImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.some((element) => !element.isTypeOnly);
}

function isRuntimeExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return false;
  const clause = node.exportClause;
  if (!clause || !ts.isNamedExports(clause)) return true;
  return clause.elements.some((element) => !element.isTypeOnly);
}
