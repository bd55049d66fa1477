/**
 * The bench's extension point: every table row comes from one of these producers, run in order.
 * To add a row (a restart time, a cost per answer), write a producer in its own file and append
 * it here; it gets the bench's options and returns its rows (and any notes under the table).
 */
import { journalRows } from './journal-restart.js';
import { pdfRows } from './pdf-rows.js';
import { sealRows } from './seal-rows.js';
import { sessionRows } from './session-rows.js';
import type { Row } from './table.js';
import { transferRows } from './transfer-rows.js';

export interface BenchOptions {
  /** Phones per session, smallest first; the first size gets the full row set. */
  phones: number[];
  /** Runs per scenario and target (host and baseline, interleaved). */
  repeats: number;
  /** Runs at the largest size, when that differs (to keep the bench's time reasonable). */
  repeatsLargest: number;
  /** Progress lines, printed as the bench goes. */
  log: (line: string) => void;
}

export interface RowSet {
  rows: Row[];
  /** Lines printed under the table: what a row means, runs that failed. */
  notes?: string[];
}

export interface RowProducer {
  name: string;
  produce(options: BenchOptions): Promise<RowSet>;
}

export const rowProducers: RowProducer[] = [
  transferRows,
  sessionRows,
  pdfRows,
  journalRows,
  sealRows,
];
