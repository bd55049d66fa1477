/**
 * The editor, while it holds unsaved changes, asks before the console moves to another page
 * (its top-bar tabs); the console asks this one place, whichever page is open.
 */
let guard: (() => Promise<boolean>) | null = null;

export function setLeaveGuard(next: (() => Promise<boolean>) | null): void {
  guard = next;
}

/** True when the page may change: nothing unsaved, or the counselor chose to leave. */
export function mayLeavePage(): Promise<boolean> {
  return guard ? guard() : Promise.resolve(true);
}
