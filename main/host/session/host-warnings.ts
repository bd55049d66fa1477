import type { HostWarning } from '../../../shared/protocol/host-warnings.js';
import type { Logger } from '../logger.js';

/** How many warnings the console keeps showing; older ones drop off. */
const KEPT_WARNINGS = 20;

/** What went wrong on the laptop that the counselor should know (a full disk, a damaged file). */
export class HostWarnings {
  private readonly list: HostWarning[] = [];
  onWarning: (warning: HostWarning) => void = () => {};

  constructor(private readonly log: Logger) {}

  /** The newest warnings, oldest first. */
  get recent(): readonly HostWarning[] {
    return this.list;
  }

  /** The console words `warning` in the counselor's language; the log keeps `logLine` for support. */
  warn(warning: HostWarning, logLine: string): void {
    this.log.warn(logLine);
    this.list.push(warning);
    if (this.list.length > KEPT_WARNINGS) this.list.shift();
    this.onWarning(warning);
  }
}

/** Whether a write failed because the disk (or the user's quota) is full. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
