/**
 * Ends a switch that must cover every case: a new member of the union (a new exercise kind)
 * makes the call a compile error instead of a silent skip (CONVENTIONS.md, issue 13).
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
