import type { Logger } from '../logger.js';

/** How many warnings the console keeps showing; older ones drop off. */
const KEPT_WARNINGS = 20;

/** What went wrong on the laptop that the counselor should know (a full disk, a damaged file). */
export class HostWarnings {
  private readonly list: string[] = [];
  onWarning: (message: string) => void = () => {};

  constructor(private readonly log: Logger) {}

  /** The newest warnings, oldest first. */
  get recent(): readonly string[] {
    return this.list;
  }

  warn(message: string): void {
    this.log.warn(message);
    this.list.push(message);
    if (this.list.length > KEPT_WARNINGS) this.list.shift();
    this.onWarning(message);
  }
}
