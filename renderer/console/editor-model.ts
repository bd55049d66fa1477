import type { StepKind } from '../../shared/template/step-schema.js';

/** A workshop as the form holds it: any shape while typing; the schema says what is missing. */
export type Draft = Record<string, unknown> & { steps: StepDraft[] };
export type StepDraft = Record<string, unknown> & { id: string; kind: StepKind };
export type Path = readonly (string | number)[];

/** The same spelling of a field path the host's checker uses (`steps[2].title`). */
export function pathKey(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function getAt(root: unknown, path: Path): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of `root` with the value at `path` replaced (undefined removes an object key). */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const node: unknown = root;
  const child = setAt(getAt(node, [head]), rest, value);
  if (Array.isArray(node)) {
    const copy = [...(node as unknown[])];
    copy[head as number] = child;
    return copy as T;
  }
  const copy = { ...((node ?? {}) as Record<string, unknown>) };
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy as T;
}

export function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export function asList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

/** Minutes the workshop plans: optional steps do not count, as in the schema's own total. */
export function draftMinutes(steps: readonly StepDraft[]): number {
  return steps.reduce(
    (sum, s) => sum + (s.optional === true ? 0 : typeof s.minutes === 'number' ? s.minutes : 0),
    0,
  );
}

/** An id made from a label, unique among `taken` (ids are what answers and exports refer to). */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const slug =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'item';
  let id = /^[a-z0-9]/.test(slug) ? slug : `x-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}
