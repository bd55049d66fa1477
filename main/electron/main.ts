/**
 * Electron entry point (package.json "main"). Thin on purpose: everything testable lives in
 * desktop-app.ts and its helpers.
 */
import { join } from 'node:path';
import log from 'electron-log/main';
import { configureAppLog } from './app-log.js';
import { startDesktopApp } from './desktop-app.js';
import type { UpdaterLike } from './update-check.js';

const appLog = configureAppLog(log);

startDesktopApp({
  preloadPath: join(import.meta.dirname, 'preload.cjs'),
  hostEntryPath: join(import.meta.dirname, 'host-process-main.js'),
  log: appLog,
  // electron-updater is CommonJS with a lazy getter; reach it through the default export.
  loadUpdater: async () => {
    const updater = await import('electron-updater');
    return (updater.default ?? updater).autoUpdater as unknown as UpdaterLike;
  },
}).catch((error: unknown) => {
  appLog.error(
    `Circlework could not start: ${error instanceof Error ? error.stack : String(error)}`,
  );
  process.exit(1);
});
