import { createInterface } from 'node:readline';
import type { ForkOptions, UtilityProcess } from 'electron';
import type { AppLog } from './app-log.js';
import type { HostChild, HostState, HostSupervisorDeps } from './host-supervisor.js';
import { HostSupervisor } from './host-supervisor.js';

export interface HostLaunch {
  fork(modulePath: string, args: string[], options: ForkOptions): UtilityProcess;
  entryPath: string;
  start: HostSupervisorDeps['start'];
  log: AppLog;
  onState(state: HostState): void;
  onInterfaceLanguage: HostSupervisorDeps['onInterfaceLanguage'];
}

/** Whatever the host prints (a crash's stack, a library's warning) goes to the redacted log. */
function pipeLines(
  stream: NodeJS.ReadableStream | null | undefined,
  write: (line: string) => void,
): void {
  if (!stream) return;
  createInterface({ input: stream }).on('line', (line) => {
    if (line.trim()) write(line);
  });
}

/** The supervisor for the host's utility process, with its output going to the app log. */
export function createHostSupervisor(launch: HostLaunch): HostSupervisor {
  return new HostSupervisor({
    fork: (): HostChild => {
      const child = launch.fork(launch.entryPath, [], {
        serviceName: 'Circlework session host',
        stdio: 'pipe',
      });
      pipeLines(child.stdout, (line) => launch.log.info(`host: ${line}`));
      pipeLines(child.stderr, (line) => launch.log.warn(`host: ${line}`));
      return child;
    },
    start: launch.start,
    log: launch.log,
    onState: launch.onState,
    onInterfaceLanguage: launch.onInterfaceLanguage,
  });
}
