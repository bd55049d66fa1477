/**
 * A big room's pass goes out in slices with the loop free in between, so an answer's
 * acknowledgement waits on a room-wide fan-out for one short slice at most (DESIGN.md §6), and
 * each slice's views and write buffers die young instead of piling up through one long pass into
 * the old generation (at 8,000 phones that was most of the host's memory peak). A slice ends after
 * a few milliseconds of sends or a fixed number of phones, whichever comes first: on a slow or
 * busy laptop the wait stays as short as on a fast one.
 */
export const SLICE_BUDGET_MS = 4;
export const PHONES_PER_SLICE = 250;
/** Reading the clock after every phone would cost more than it saves. */
export const PHONES_BETWEEN_CLOCK_READS = 16;

/**
 * Called at the start of each slice (the state cannot change within one): the sender for each
 * target of the slice, or undefined when the pass should end (no session any more).
 */
export type SliceStart<T> = () => ((target: T) => void) | undefined;

function sendSlice<T>(
  targets: readonly T[],
  from: number,
  startSlice: SliceStart<T>,
  clock: () => number,
): number {
  const sendTo = startSlice();
  if (!sendTo) return targets.length;
  const end = Math.min(targets.length, from + PHONES_PER_SLICE);
  const deadline = clock() + SLICE_BUDGET_MS;
  let next = from;
  while (next < end) {
    sendTo(targets[next++]!);
    if ((next - from) % PHONES_BETWEEN_CLOCK_READS === 0 && clock() >= deadline) break;
  }
  return next;
}

async function sendRemainingSlices<T>(
  targets: readonly T[],
  pass: { reached: number; busyMs: number },
  startSlice: SliceStart<T>,
  clock: () => number,
): Promise<number> {
  let { reached, busyMs } = pass;
  while (reached < targets.length) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const sliceStarted = clock();
    reached = sendSlice(targets, reached, startSlice, clock);
    busyMs += clock() - sliceStarted;
  }
  return busyMs;
}

/**
 * Sends a pass: at once when it fits one slice (most do), else slice by slice with the loop's
 * next turn in between, resolving with the time the slices kept the loop busy (the pacing's cost).
 */
export function sendPassInSlices<T>(
  targets: readonly T[],
  startSlice: SliceStart<T>,
  clock: () => number,
): void | Promise<number> {
  const started = clock();
  const reached = sendSlice(targets, 0, startSlice, clock);
  if (reached >= targets.length) return;
  return sendRemainingSlices(targets, { reached, busyMs: clock() - started }, startSlice, clock);
}
