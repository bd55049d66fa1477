import { isDeepStrictEqual } from 'node:util';
import { isMap, isNode, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Brings `document` from `before` (what it parsed to, defaults included) to `after`, touching only
 * the nodes whose value changed. Untouched nodes keep their comments, quoting and block style, so
 * a counselor's notes in a hand-edited file survive an edit elsewhere in it, and saving an
 * unchanged workshop writes the same bytes. List items with an `id` (steps, options, items) are
 * matched by id, so reordering moves each item with its comments.
 */
export function patchYamlDocument(document: Document, before: unknown, after: unknown): void {
  if (isDeepStrictEqual(before, after)) return;
  document.contents = patchNode(document, document.contents, before, after as Plain) as never;
}

function patchNode(document: Document, node: unknown, before: unknown, after: Plain): unknown {
  if (isDeepStrictEqual(before, after) && node !== null && node !== undefined) return node;
  if (isRecord(after) && isMap(node)) return patchMap(document, node, before, after);
  if (Array.isArray(after) && isSeq(node)) return patchSeq(document, node, before, after);
  if (isScalar(node) && !isRecord(after) && !Array.isArray(after)) {
    // Same node, new value: its comment and, where the value allows, its style stay.
    node.value = after;
    return node;
  }
  return document.createNode(after);
}

function patchMap(
  document: Document,
  node: YAMLMap,
  before: unknown,
  after: Record<string, Plain>,
): unknown {
  const old = isRecord(before) ? before : {};
  for (const pair of [...node.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!(key in after) || after[key] === undefined) node.delete(pair.key);
  }
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const existing = node.get(key, true);
    // A default the file never spelled out (an empty list, say) stays unwritten.
    if (existing === undefined && isDeepStrictEqual(old[key], value)) continue;
    const patched = patchNode(document, existing, old[key], value);
    if (patched !== existing) node.set(key, patched);
  }
  return node;
}

function patchSeq(document: Document, node: YAMLSeq, before: unknown, after: Plain[]): unknown {
  const oldItems = Array.isArray(before) ? before : [];
  const byId = new Map<string, number>();
  oldItems.forEach((item, index) => {
    if (isRecord(item) && typeof item.id === 'string') byId.set(item.id, index);
  });
  const matchedBy = (value: Plain, index: number): number | undefined => {
    if (isRecord(value) && typeof value.id === 'string') return byId.get(value.id);
    return byId.size === 0 && index < oldItems.length ? index : undefined;
  };
  const firstBefore = node.items[0];
  const items = after.map((value, index) => {
    const from = matchedBy(value, index);
    if (from === undefined) return document.createNode(value);
    return patchNode(document, node.items[from], oldItems[from], value);
  });
  // YAML keeps a comment above the first item on the list itself: it travels with that item.
  if (node.commentBefore && isNode(firstBefore) && items[0] !== firstBefore) {
    firstBefore.commentBefore = node.commentBefore;
    node.commentBefore = undefined;
  }
  node.items = items as typeof node.items;
  return node;
}

function isRecord(value: unknown): value is Record<string, Plain> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
