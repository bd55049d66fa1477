import { execFileSync } from 'node:child_process';

/** One element of a tagged PDF's structure tree, read back with `qpdf --json`. */
export interface StructNode {
  role: string;
  alt?: string;
  children: StructNode[];
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** qpdf writes text strings as "u:…" and names as "/…"; references as "12 0 R". */
function plain(value: JsonValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.startsWith('u:') || value.startsWith('/')
    ? value.slice(value.indexOf(':') + 1 || 1)
    : value;
}

export interface TaggedPdf {
  /** The catalog's /Lang. */
  language: string | undefined;
  /** /MarkInfo /Marked. */
  marked: boolean;
  root: StructNode | undefined;
}

export function readStructure(path: string): TaggedPdf {
  const json = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=qpdf', path], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  ) as {
    qpdf: [unknown, Record<string, { value: JsonValue }>];
  };
  const objects = json.qpdf[1];
  const resolve = (value: JsonValue | undefined): JsonValue | undefined =>
    typeof value === 'string' && / 0 R$/.test(value) ? objects[`obj:${value}`]?.value : value;
  const dict = (value: JsonValue | undefined) =>
    resolve(value) as Record<string, JsonValue> | undefined;
  const trailer = objects.trailer?.value as Record<string, JsonValue>;
  const catalog = dict(trailer['/Root'])!;
  const markInfo = dict(catalog['/MarkInfo']);
  const walk = (value: JsonValue | undefined): StructNode | undefined => {
    const element = dict(value);
    if (!element || typeof element !== 'object' || Array.isArray(element) || !element['/S'])
      return undefined;
    const kids = element['/K'];
    const list = Array.isArray(kids) ? kids : kids === undefined ? [] : [kids];
    return {
      role: plain(element['/S']) ?? '',
      alt: plain(resolve(element['/Alt'])),
      children: list.map(walk).filter((node): node is StructNode => node !== undefined),
    };
  };
  const treeRoot = dict(catalog['/StructTreeRoot']);
  const top = treeRoot?.['/K'];
  const first = Array.isArray(top) ? top[0] : top;
  return {
    language: plain(resolve(catalog['/Lang'])),
    marked: markInfo?.['/Marked'] === true,
    root: walk(first),
  };
}

/** Every node, depth first, in reading order. */
export function flatten(node: StructNode | undefined): StructNode[] {
  return node ? [node, ...node.children.flatMap(flatten)] : [];
}

/** Headings with their text, in reading order, from poppler's `pdfinfo -struct-text`. */
export function headings(path: string): { level: number; text: string }[] {
  const out = execFileSync('pdfinfo', ['-struct-text', path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = out.split('\n');
  const found: { level: number; text: string }[] = [];
  lines.forEach((line, index) => {
    const match = /^\s*H([1-6])\b/.exec(line);
    if (!match) return;
    const text = /^\s*"(.*)"\s*$/.exec(lines[index + 1] ?? '')?.[1] ?? '';
    found.push({ level: Number(match[1]), text });
  });
  return found;
}

export function isTagged(path: string): boolean {
  return /Tagged:\s+yes/.test(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
}
