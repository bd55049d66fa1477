/**
 * Caches keyed by a state object (e.g. the room aggregate) stay right for pure transitions,
 * which make a new object; applySessionAction changes a state in place and bumps its revision.
 */
const revisions = new WeakMap<object, number>();

export function revisionOf(state: object): number {
  return revisions.get(state) ?? 0;
}

export function markChanged(state: object): void {
  revisions.set(state, revisionOf(state) + 1);
}
