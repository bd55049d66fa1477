import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what was live at the last full collection before
 * it collects again. By default up to 4× on a machine with much memory: with 8,000 phones
 * (~130 MB live) the host's RSS then peaks near 500 MB of mostly garbage. At 1.5× the peak stays
 * near 320 MB for about the same CPU per answer (issue 17, measured with `npm run bench`).
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * For a process that runs the session host and nothing else (the app's host process, the CLI),
 * called first thing: V8 reads the setting whenever it sets the next collection's limit.
 */
export function tuneHeapForTheHost(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
