import { createInterface } from 'node:readline';
import type { ForkOptions, UtilityProcess } from 'electron';
import { HOST_NODE_FLAGS } from '../host/heap-tuning.js';
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

/** How the host's utility process starts: named for the OS, output piped, V8 sized for it. */
export function hostForkOptions(): ForkOptions {
  return { serviceName: 'Circlework session host', stdio: 'pipe', execArgv: [...HOST_NODE_FLAGS] };
}

/** The supervisor for the host's utility process, with its output going to the app log. */
export function createHostSupervisor(launch: HostLaunch): HostSupervisor {
  return new HostSupervisor({
    fork: (): HostChild => {
      const child = launch.fork(launch.entryPath, [], hostForkOptions());
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
