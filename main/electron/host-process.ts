import type { KeyProvider } from '../host/crypto/key-provider.js';
import type { Logger } from '../host/logger.js';
import type { HostOptions, RunningHost } from '../host/host-options.js';
import type { SettingsStore } from '../settings/settings-store.js';
import type { InterfaceLanguage } from '../../shared/protocol/interface-languages.js';
import { toHostSchema, type FromHost, type HostStart } from './host-process-messages.js';

/** process.parentPort in an Electron utility process (a test passes a double). */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: FromHost): void;
}

export interface HostProcessDeps {
  startHost(options: HostOptions): Promise<RunningHost>;
  settingsStore(dir: string): SettingsStore;
  exit(code: number): void;
}

/** The settings, telling the shell when the interface language changes (its menu follows). */
function reportingLanguage(
  store: SettingsStore,
  report: (language: InterfaceLanguage | null) => void,
): SettingsStore {
  return {
    get: () => store.get(),
    set(patch) {
      const before = store.get().interfaceLanguage;
      const next = store.set(patch);
      if (next.interfaceLanguage !== before) report(next.interfaceLanguage ?? null);
      return next;
    },
  };
}

/**
 * The host's side of the utility process: waits for "start", runs the host, reports "ready"
 * (or "failed" and exits), and on "close" closes it (flushing the journals) and exits.
 * Logging goes to the shell, which owns the log file and its redaction.
 */
export function runHostProcess(port: ParentPortLike, deps: HostProcessDeps): void {
  let host: Promise<RunningHost> | undefined;
  const log: Logger = {
    info: (message) => port.postMessage({ type: 'log', level: 'info', message }),
    warn: (message) => port.postMessage({ type: 'log', level: 'warn', message }),
    error: (message) => port.postMessage({ type: 'log', level: 'error', message }),
  };

  const start = async (message: HostStart) => {
    const key = Buffer.from(message.key, 'base64');
    const keyProvider: KeyProvider = { getKey: () => Promise.resolve(key) };
    host = deps.startHost({
      dataDir: message.dataDir,
      keyProvider,
      settingsStore: reportingLanguage(deps.settingsStore(message.settingsDir), (language) =>
        port.postMessage({ type: 'interfaceLanguage', language }),
      ),
      templatesDir: message.templatesDir,
      consoleAppDir: message.consoleAppDir,
      participantAppDir: message.participantAppDir,
      token: message.token,
      consolePort: message.consolePort,
      participantPort: message.participantPort,
      log,
    });
    try {
      const running = await host;
      port.postMessage({
        type: 'ready',
        consoleUrl: running.consoleUrl,
        projectorUrl: running.projectorUrl,
        token: running.token,
        consolePort: running.consolePort,
        participantPort: running.participantPort,
      });
    } catch (error) {
      port.postMessage({ type: 'failed', message: (error as Error).message });
      deps.exit(1);
    }
  };

  const close = async () => {
    try {
      await (await host)?.close();
    } catch (error) {
      log.error(`Closing the host failed: ${(error as Error).message}`);
    }
    port.postMessage({ type: 'closed' });
    deps.exit(0);
  };

  port.on('message', ({ data }) => {
    const parsed = toHostSchema.safeParse(data);
    if (!parsed.success) {
      log.warn('The host process ignored a message it does not know.');
      return;
    }
    if (parsed.data.type === 'start') {
      if (!host) void start(parsed.data);
    } else void close();
  });
}
