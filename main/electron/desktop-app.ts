import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, safeStorage, screen, session, shell } from 'electron';
import type { KeyProvider } from '../host/crypto/key-provider.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { consoleOrigin, projectorUrlFor } from './app-urls.js';
import { createElectronSettingsStore } from './electron-settings-store.js';
import { hardenSession, hardenWebContents } from './harden.js';
import { registerIpcHandlers } from './ipc-handlers.js';
import { buildMenuTemplate } from './menu-template.js';
import { openPdfForPrinting, PdfDownloads } from './pdf-files.js';
import { ProjectorWindow } from './projector-window.js';
import { createSafeStorageKeyProvider } from './safe-storage-key-provider.js';
import { consoleWindowOptions } from './window-options.js';

/** What the shell needs from the host (main/host/start-host.ts). */
export interface ShellHost {
  consoleUrl: string;
  /** The projector page with its own read-only token. */
  projectorUrl: string;
  token: string;
  close(): Promise<void>;
}

/** The HostOptions fields the shell sets (a subset of main/host/host-options.ts). */
export interface ShellHostOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  settingsStore: SettingsStore;
  templatesDir: string;
  consoleAppDir: string;
  participantAppDir: string;
}

export interface DesktopAppDeps {
  startHost(options: ShellHostOptions): Promise<ShellHost>;
  preloadPath: string;
}

/**
 * Where the bundles and templates are: inside app.asar (dist/) when packaged, with the
 * templates beside it as extraResources so counselors can read them.
 */
export function appPaths(appPath: string, resourcesPath: string, packaged: boolean) {
  return {
    templatesDir: packaged ? join(resourcesPath, 'templates') : join(appPath, 'templates'),
    consoleAppDir: join(appPath, 'dist', 'renderer', 'console'),
    participantAppDir: join(appPath, 'dist', 'renderer', 'participant'),
  };
}

/**
 * The Electron shell: one instance, a hardened session, the host started in-process,
 * the console window on the console door, and a clean shutdown that closes the host
 * (which flushes the journals) before the app exits.
 */
export async function startDesktopApp(deps: DesktopAppDeps): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();

  let origin: string | null = null;
  let consoleWindow: BrowserWindow | null = null;
  let projector: ProjectorWindow | null = null;
  const showConsole = () => {
    if (!consoleWindow || consoleWindow.isDestroyed()) return;
    if (consoleWindow.isMinimized()) consoleWindow.restore();
    consoleWindow.show();
    consoleWindow.focus();
  };

  app.on('second-instance', showConsole);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, () => origin, { openProjector: () => projector?.open() }),
  );
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  const dataDir = join(app.getPath('userData'), 'data');
  const host = await deps.startHost({
    dataDir,
    keyProvider: createSafeStorageKeyProvider(
      safeStorage,
      join(app.getPath('userData'), 'key.sealed'),
      dataDir,
    ),
    settingsStore: createElectronSettingsStore(),
    ...appPaths(app.getAppPath(), process.resourcesPath, app.isPackaged),
  });
  origin = consoleOrigin(host.consoleUrl);

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    host
      .close()
      .catch((error: unknown) => console.error('closing the host failed', error))
      .finally(() => app.quit());
  });

  const defaultSession = session.defaultSession;
  hardenSession(defaultSession, origin);
  const downloads = new PdfDownloads(origin, app.getPath('documents'));
  downloads.attach(defaultSession);

  projector = new ProjectorWindow({
    createWindow: (options) => new BrowserWindow(options),
    displays: () => ({ all: screen.getAllDisplays(), primaryId: screen.getPrimaryDisplay().id }),
    projectorUrl: projectorUrlFor(host.projectorUrl, origin),
  });
  const projectorWindow = projector;

  registerIpcHandlers(ipcMain, origin, {
    openProjector: () => projectorWindow.open(),
    closeProjector: () => projectorWindow.close(),
    savePdf: (url, event) => downloads.save(event.sender, url),
    print: (url) => openPdfForPrinting(url, host.token, (path) => shell.openPath(path)),
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          openProjector: () => projectorWindow.open(),
          closeProjector: () => projectorWindow.close(),
          showConsole,
        },
        process.platform,
        !app.isPackaged,
      ),
    ),
  );

  consoleWindow = new BrowserWindow(consoleWindowOptions(deps.preloadPath));
  const win = consoleWindow;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    consoleWindow = null;
    projectorWindow.close();
  });
  await win.loadURL(host.consoleUrl);
}
