/**
 * Entry point of the host's utility process (Electron utilityProcess.fork), so a heavy moment
 * or a fault in the host never freezes or kills the console window (issue 19).
 */
import { tuneHeapForTheHost } from '../host/heap-tuning.js';
import { startHost } from '../host/start-host.js';
import { createConfSettingsStore } from '../settings/conf-settings-store.js';
import { runHostProcess, type ParentPortLike } from './host-process.js';

tuneHeapForTheHost();

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!parentPort) throw new Error('host-process-main runs only as an Electron utility process');

// A fault the host did not catch ends the process; the shell restarts it on its journal.
// (Since Electron 37 an unhandled rejection in a utility process only warns, so exit here.)
const die = (kind: string) => (error: unknown) => {
  parentPort.postMessage({
    type: 'log',
    level: 'error',
    message: `Host ${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  });
  process.exit(1);
};
process.on('uncaughtException', die('crashed'));
process.on('unhandledRejection', die('crashed on an unhandled rejection'));

runHostProcess(parentPort, {
  startHost,
  // Same file electron-store used in the main process: <userData>/settings.json.
  settingsStore: (dir) => createConfSettingsStore(dir),
  exit: (code) => process.exit(code),
});
