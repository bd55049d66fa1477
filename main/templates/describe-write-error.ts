import type { WriteFailureCause } from '../../shared/protocol/refusal-reasons.js';

/** Why a write failed, as far as the counselor can act on it (the console words it). */
export function writeFailureCause(error: unknown): WriteFailureCause {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'readOnly';
  return 'other';
}

/** A failed write in words a counselor can act on. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'the disk is full. Free some space and save again.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return 'the workshops folder cannot be written to.';
  }
  return error instanceof Error ? `${error.message}.` : 'the file could not be written.';
}
