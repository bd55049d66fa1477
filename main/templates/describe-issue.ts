import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** Turns a zod issue into a short message for someone editing a workshop file by hand. */
export function describeIssue(issue: Issue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'required field is missing';
      return `expected ${article(issue.expected)}, found ${describeValue(value)}`;
    case 'invalid_union':
      if (issue.discriminator !== undefined && 'options' in issue) {
        const allowed = (issue.options ?? []).map(String).join(', ');
        return value === undefined
          ? `missing "${issue.discriminator}"; use one of: ${allowed}`
          : `unknown ${issue.discriminator} ${describeValue(value)}; use one of: ${allowed}`;
      }
      return issue.message;
    case 'too_small':
      return describeBound(issue.origin, 'min', issue.minimum, issue.inclusive, issue.exact);
    case 'too_big':
      return describeBound(issue.origin, 'max', issue.maximum, issue.inclusive, issue.exact);
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}

function describeBound(
  origin: string,
  side: 'min' | 'max',
  limit: number | bigint,
  inclusive: boolean | undefined,
  exact: boolean | undefined,
): string {
  const n = Number(limit);
  if (origin === 'string') {
    if (side === 'min' && n <= 1) return 'must not be empty';
    return side === 'min' ? `needs at least ${n} characters` : `at most ${n} characters`;
  }
  if (origin === 'array') {
    if (exact) return `needs exactly ${n} ${n === 1 ? 'entry' : 'entries'}`;
    return side === 'min'
      ? `needs at least ${n} ${n === 1 ? 'entry' : 'entries'}`
      : `at most ${n} entries`;
  }
  if (side === 'min')
    return inclusive === false ? `must be more than ${n}` : `must be at least ${n}`;
  return inclusive === false ? `must be less than ${n}` : `must be at most ${n}`;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping (field: value)';
  if (expected === 'int') return 'a whole number';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
