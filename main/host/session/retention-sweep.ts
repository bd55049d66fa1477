import type { Logger } from '../logger.js';
import type { SessionArchive } from './session-archive.js';

const RETENTION_SWEEP_MS = 60 * 60 * 1000;

/** Deletes the sessions past the retention period; a failure is logged, not thrown. */
export async function sweepRetentionNow(archive: SessionArchive, log: Logger): Promise<void> {
  await archive
    .sweepRetention()
    .catch((error: unknown) => log.warn(`Retention sweep failed: ${(error as Error).message}`));
}

/** Sweeps once an hour while the host runs; returns the stop. */
export function sweepRetentionHourly(archive: SessionArchive, log: Logger): () => void {
  const sweep = setInterval(() => void sweepRetentionNow(archive, log), RETENTION_SWEEP_MS);
  sweep.unref();
  return () => clearInterval(sweep);
}
