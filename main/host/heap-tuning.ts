import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what was live at the last full collection before
 * it collects again. By default up to 4× on a machine with much memory: with 8,000 phones
 * (~130 MB live) the host's RSS then peaks near 500 MB of mostly garbage. At 1.5× the peak stays
 * near 320 MB for about the same CPU per answer (issue 17, measured with `npm run bench`).
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * Node flags the host's process starts with: V8 sizes the young generation when the process
 * starts, so these cannot be set from inside it. Each of its two semi-spaces may grow to 16 MB
 * by default, and does within seconds of a session: 32 MB that every answer's garbage passes
 * through, and the Buffers of a view sent to every phone stay allocated until the next young
 * collection, which at 16 MB comes late. At 2 MB the host's RSS is about 30 MB lower at every
 * size, for about the same CPU per answer (issue 17, measured with `npm run bench`).
 */
export const HOST_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];

/**
 * For a process that runs the session host and nothing else (the app's host process, the CLI),
 * called first thing: V8 reads the setting whenever it sets the next collection's limit.
 */
export function tuneHeapForTheHost(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
