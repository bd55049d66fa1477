import type { Answer } from '../../shared/session/answer-schema.js';

/** Same answer regardless of key order, so "Sent ✓" stays on when nothing really changed. */
export function sameAnswer(a: Answer | undefined | null, b: Answer | undefined | null): boolean {
  if (!a || !b) return false;
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : v,
  );
}
