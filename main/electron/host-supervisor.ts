import type { InterfaceLanguage } from '../../shared/protocol/interface-languages.js';
import type { Logger } from '../host/logger.js';
import {
  fromHostSchema,
  type HostReady,
  type HostStart,
  type ToHost,
} from './host-process-messages.js';

/** The part of Electron's UtilityProcess the supervisor uses (a test double can stand in). */
export interface HostChild {
  postMessage(message: ToHost): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type HostState = 'running' | 'reconnecting' | 'failed';

export interface HostSupervisorDeps {
  /** utilityProcess.fork of host-process-main.js. */
  fork(): HostChild;
  /** Everything but the ports, which the supervisor fills in (0 first, then the ones it got). */
  start: Omit<HostStart, 'type' | 'consolePort' | 'participantPort'>;
  log: Logger;
  /** Called when the host dies (reconnecting), is back (running) or gives up (failed). */
  onState(state: HostState): void;
  /** Called when the counselor changes the interface language in the console (null: the system's). */
  onInterfaceLanguage?(language: InterfaceLanguage | null): void;
  /** Restarts in a row that end before the host is ready, before giving up. */
  maxFailedRestarts?: number;
  /** Restarts in one run of the app, before giving up (a host that dies again and again). */
  maxRestarts?: number;
  /** How long close() waits for the journals to flush before it kills the process. */
  closeTimeoutMs?: number;
}

/**
 * Runs the host in a utility process and keeps it running: if the process dies, the shell
 * says so (the console window shows "reconnecting") and starts a new one on the same ports,
 * token and key, which reopens the live session from its journal (autoResume). The console
 * page and the phones reconnect by themselves because nothing they know has changed.
 */
export class HostSupervisor {
  private child: HostChild | null = null;
  private ready: HostReady | null = null;
  private closing: Promise<void> | null = null;
  private failedRestarts = 0;
  private restarts = 0;
  private gaveUp = false;

  constructor(private readonly deps: HostSupervisorDeps) {}

  /** Starts the host; resolves when it is listening, rejects if the first start fails. */
  start(): Promise<HostReady> {
    return new Promise((resolve, reject) => {
      this.spawn({ resolve, reject });
    });
  }

  /** Asks the host to close (flushing the journals) and waits for its process to end. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      const child = this.child;
      if (!child) return resolve();
      const timer = setTimeout(() => {
        this.deps.log.warn('The host did not close in time; stopping it.');
        child.kill();
      }, this.deps.closeTimeoutMs ?? 10_000);
      timer.unref?.();
      child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.postMessage({ type: 'close' });
    });
    return this.closing;
  }

  private spawn(first?: { resolve(ready: HostReady): void; reject(error: Error): void }): void {
    const child = this.deps.fork();
    this.child = child;
    let failure: string | null = null;
    let readyHere = false;

    child.on('message', (raw) => {
      const parsed = fromHostSchema.safeParse(raw);
      if (!parsed.success) return this.deps.log.warn('Ignored an unknown message from the host.');
      const message = parsed.data;
      switch (message.type) {
        case 'log':
          this.deps.log[message.level](message.message);
          return;
        case 'failed':
          failure = message.message;
          this.deps.log.error(`The host could not start: ${message.message}`);
          return;
        case 'closed':
          return;
        case 'interfaceLanguage':
          this.deps.onInterfaceLanguage?.(message.language);
          return;
        case 'ready': {
          readyHere = true;
          const restarted = this.ready !== null;
          this.ready = message;
          this.failedRestarts = 0;
          if (first) first.resolve(message);
          if (restarted) {
            this.deps.log.info('The host is running again.');
            this.deps.onState('running');
          }
          return;
        }
      }
    });

    child.on('exit', (code) => {
      if (this.child === child) this.child = null;
      if (this.closing) return;
      if (first && !readyHere) {
        first.reject(
          new Error(failure ?? `the host process ended (code ${code}) before it started`),
        );
        return;
      }
      this.deps.log.error(`The host process ended unexpectedly (code ${code}); restarting it.`);
      if (!readyHere) this.failedRestarts += 1;
      this.restarts += 1;
      if (
        this.failedRestarts > (this.deps.maxFailedRestarts ?? 3) ||
        this.restarts > (this.deps.maxRestarts ?? 10)
      ) {
        if (!this.gaveUp) this.deps.onState('failed');
        this.gaveUp = true;
        return;
      }
      this.deps.onState('reconnecting');
      this.spawn();
    });

    child.postMessage({
      type: 'start',
      ...this.deps.start,
      consolePort: this.ready?.consolePort ?? 0,
      participantPort: this.ready?.participantPort ?? 0,
    });
  }
}
