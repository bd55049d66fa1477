import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  safeStorage,
  screen,
  session,
  shell,
  utilityProcess,
} from 'electron';
import type { InterfaceLanguage } from '../../shared/protocol/interface-languages.js';
import type { AppLog } from './app-log.js';
import { consoleOrigin, projectorUrlFor } from './app-urls.js';
import { hardenSession, hardenWebContents } from './harden.js';
import { createHostSupervisor } from './host-launcher.js';
import type { HostState } from './host-supervisor.js';
import { shellLanguage, shellMessages, type ShellMessages } from './i18n/shell-messages.js';
import { readInterfaceLanguage } from './interface-language-setting.js';
import { registerIpcHandlers } from './ipc-handlers.js';
import { buildMenuTemplate, type MenuActions } from './menu-template.js';
import { networkGuidanceFor, systemAsksOnFirstRun } from './network-guidance.js';
import { openPdfForPrinting, PdfDownloads } from './pdf-files.js';
import { ProjectorWindow } from './projector-window.js';
import { createSafeStorageKeyProvider } from './safe-storage-key-provider.js';
import { createShellPreferences } from './shell-preferences.js';
import { UpdateCheck, type UpdaterLike } from './update-check.js';
import { consoleWindowOptions } from './window-options.js';

/** What the shell needs from the host (its utility process reports it when ready). */
export interface ShellHost {
  consoleUrl: string;
  /** The projector page with its own read-only token. */
  projectorUrl: string;
  token: string;
  close(): Promise<void>;
}

export interface DesktopAppDeps {
  preloadPath: string;
  /** The utility process entry (host-process-main.js). */
  hostEntryPath: string;
  log: AppLog;
  /** electron-updater's autoUpdater, loaded only when a check is made. */
  loadUpdater(): Promise<UpdaterLike>;
  /** The per-launch console token; random unless a test fixes it. */
  newToken?: () => string;
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
 * The Electron shell: one instance, a hardened session, the host in a utility process (restarted
 * on its journal if it dies), the console window on the console door, and a clean shutdown that
 * closes the host (which flushes the journals) before the app exits.
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
  const log = deps.log;
  const preferences = createShellPreferences();
  const userData = app.getPath('userData');

  // The counselor's interface language (the console's choice), followed when it changes.
  const systemLocale = app.getLocale();
  let words: ShellMessages = shellMessages(
    shellLanguage(await readInterfaceLanguage(userData), systemLocale),
  );
  let menuActions: MenuActions | null = null;
  const setMenu = () => {
    if (!menuActions) return;
    const actions = { ...menuActions, automaticUpdates: preferences.automaticChecks() };
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(actions, process.platform, !app.isPackaged, words)),
    );
  };
  const followLanguage = (chosen: InterfaceLanguage | null) => {
    words = shellMessages(shellLanguage(chosen, systemLocale));
    setMenu();
  };
  const logFolderPath = () => words.menuPath('menu.help', 'menu.openLogFolder');

  // Said before the host opens the participant door, which is when the system asks.
  const guidance = networkGuidanceFor(process.platform, words);
  if (guidance && systemAsksOnFirstRun(process.platform) && !preferences.networkGuidanceShown()) {
    await dialog.showMessageBox({ type: 'info', buttons: [words.t('dialog.ok')], ...guidance });
    preferences.markNetworkGuidanceShown();
  }

  const dataDir = join(userData, 'data');
  const key = await createSafeStorageKeyProvider(
    safeStorage,
    join(userData, 'key.sealed'),
    dataDir,
  ).getKey();
  const token = deps.newToken?.() ?? randomBytes(32).toString('base64url');
  log.addSecret(token);

  const showHostState = (state: HostState) => {
    if (state === 'failed') {
      void dialog.showMessageBox({
        type: 'error',
        title: 'Circlework',
        message: words.t('host.failed'),
        detail: words.t('host.failedDetail', { logFolder: logFolderPath() }),
        buttons: [words.t('dialog.ok')],
      });
      return;
    }
    // The console page also says "Reconnecting…" on its own; the title says it for the shell.
    if (consoleWindow && !consoleWindow.isDestroyed()) {
      consoleWindow.setTitle(
        state === 'reconnecting' ? words.t('window.reconnecting') : 'Circlework',
      );
    }
  };
  const supervisor = createHostSupervisor({
    fork: (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
    entryPath: deps.hostEntryPath,
    start: {
      dataDir,
      settingsDir: userData,
      token,
      key: key.toString('base64'),
      ...appPaths(app.getAppPath(), process.resourcesPath, app.isPackaged),
    },
    log,
    onState: showHostState,
    onInterfaceLanguage: followLanguage,
  });
  let ready;
  try {
    ready = await supervisor.start();
  } catch (error) {
    log.error(`Circlework could not start its session host: ${(error as Error).message}`);
    dialog.showErrorBox(
      words.t('host.cannotStart'),
      words.t('host.cannotStartDetail', {
        error: (error as Error).message,
        logFolder: logFolderPath(),
      }),
    );
    app.quit();
    return;
  }
  const host: ShellHost = {
    consoleUrl: ready.consoleUrl,
    projectorUrl: ready.projectorUrl,
    token: ready.token,
    close: () => supervisor.close(),
  };
  origin = consoleOrigin(host.consoleUrl);
  log.info('Circlework started.');

  const updates = new UpdateCheck({
    loadUpdater: deps.loadUpdater,
    preferences,
    ask: async (message) => {
      // Esc picks the last button: "Not now", "Keep off", "Later" (or the only "OK").
      const cancelId = message.buttons.length - 1;
      return (await dialog.showMessageBox({ type: 'info', ...message, defaultId: 0, cancelId }))
        .response;
    },
    log,
    currentVersion: app.getVersion(),
    words: () => words,
  });

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    host
      .close()
      .catch((error: unknown) => log.error(`Closing the host failed: ${String(error)}`))
      .finally(() => app.quit());
  });

  const defaultSession = session.defaultSession;
  hardenSession(defaultSession, origin);
  const downloads = new PdfDownloads(origin, app.getPath('documents'), () => words);
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

  menuActions = {
    openProjector: () => projectorWindow.open(),
    closeProjector: () => projectorWindow.close(),
    showConsole,
    checkForUpdates: () => void updates.checkNow(),
    setAutomaticUpdates: (on) => updates.setAutomatic(on),
    automaticUpdates: preferences.automaticChecks(),
    openLogFolder: () => void shell.openPath(log.folder()),
    showNetworkHelp: () => {
      const help = networkGuidanceFor(process.platform, words);
      if (help)
        void dialog.showMessageBox({ type: 'info', buttons: [words.t('dialog.ok')], ...help });
    },
  };
  setMenu();

  consoleWindow = new BrowserWindow(consoleWindowOptions(deps.preloadPath));
  const win = consoleWindow;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    consoleWindow = null;
    projectorWindow.close();
  });
  await win.loadURL(host.consoleUrl);
  void updates.onStartup();
}
