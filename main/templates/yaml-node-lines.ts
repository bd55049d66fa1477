import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type PathSegment = string | number;

/**
 * The line of the YAML node a validation path points at. For a missing field, the line of the
 * nearest enclosing node that exists (e.g. the step that lacks a `title`).
 */
export function lineOfPath(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PathSegment[],
): number | null {
  let node: unknown = document.contents;
  let offset: number | undefined = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      // Point at the key ("title: …"), which is where a person looks for a field.
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? null : lineCounter.linePos(offset).line;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** `['steps', 3, 'items', 1, 'category']` → `steps[3].items[1].category`. */
export function formatFieldPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}
