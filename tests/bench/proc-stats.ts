import { readFileSync } from 'node:fs';

/** Linux reports CPU time in clock ticks; 100 per second on every common kernel config. */
const CLOCK_TICKS_PER_SECOND = 100;

export interface MemorySample {
  rssBytes: number;
  /** Peak RSS over the process's life (VmHWM). */
  peakRssBytes: number;
}

function statusKilobytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export function readMemory(pid: number): MemorySample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    rssBytes: statusKilobytes(status, 'VmRSS'),
    peakRssBytes: statusKilobytes(status, 'VmHWM'),
  };
}

/** User + system CPU seconds the process has used so far. */
export function readCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; the fields after its closing paren are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / CLOCK_TICKS_PER_SECOND;
}

/** CPU use over a window, as a share of one core (1.0 = one core fully busy). */
export class CpuWindow {
  private readonly startCpu: number;
  private readonly startWall = performance.now();

  constructor(private readonly pid: number) {
    this.startCpu = readCpuSeconds(pid);
  }

  finish(): { cpuSeconds: number; wallSeconds: number; cores: number } {
    const cpuSeconds = readCpuSeconds(this.pid) - this.startCpu;
    const wallSeconds = (performance.now() - this.startWall) / 1000;
    return { cpuSeconds, wallSeconds, cores: wallSeconds > 0 ? cpuSeconds / wallSeconds : 0 };
  }
}
