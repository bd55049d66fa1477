import type { PathSegment } from './yaml-node-lines.js';

/**
 * Paths of fields the schema does not know (zod drops them silently). A typo such as
 * `facilitatorNote:` would otherwise vanish without a word, so the check reports it.
 * Works by comparing the raw input with the parsed output, which keeps every known field.
 */
export function findUnknownFields(input: unknown, parsed: unknown): PathSegment[][] {
  const found: PathSegment[][] = [];
  const walk = (raw: unknown, known: unknown, path: PathSegment[]) => {
    if (Array.isArray(raw) && Array.isArray(known)) {
      raw.forEach((item, i) => walk(item, known[i], [...path, i]));
      return;
    }
    if (isRecord(raw) && isRecord(known)) {
      for (const key of Object.keys(raw)) {
        if (key in known) walk(raw[key], known[key], [...path, key]);
        else found.push([...path, key]);
      }
    }
  };
  walk(input, parsed, []);
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
