/** A failed write in words a counselor can act on. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'the disk is full. Free some space and save again.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return 'the workshops folder cannot be written to.';
  }
  return error instanceof Error ? `${error.message}.` : 'the file could not be written.';
}
