import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../shared/protocol/desktop-bridge.js';

vi.mock('electron', async () => await import('./electron-double.js'));
const preferences = vi.hoisted(() => ({
  automatic: false,
  guidanceShown: false,
  automaticChecks() {
    return this.automatic;
  },
  setAutomaticChecks(on: boolean) {
    this.automatic = on;
  },
  networkGuidanceShown() {
    return this.guidanceShown;
  },
  markNetworkGuidanceShown() {
    this.guidanceShown = true;
  },
}));
vi.mock('../../main/electron/shell-preferences.js', () => ({
  createShellPreferences: () => preferences,
}));

const double = await import('./electron-double.js');
const { startDesktopApp } = await import('../../main/electron/desktop-app.js');
const { APP_CONTENT_SECURITY_POLICY } =
  await import('../../main/electron/content-security-policy.js');

const ORIGIN = 'http://127.0.0.1:5555';
const CONSOLE_URL = `${ORIGIN}/console/?token=secret-token-for-tests`;

const TOKEN = 'secret-token-for-tests';

function trustedEvent(url = `${ORIGIN}/console/`) {
  const sender = new double.FakeWebContents();
  return { sender, senderFrame: { url, parent: null } };
}

let root: string;
const logged: string[] = [];
const updater = {
  loads: 0,
  checks: 0,
  autoDownload: true,
  autoInstallOnAppQuit: false,
  requestHeaders: null as Record<string, string> | null,
  logger: undefined as unknown,
  checkForUpdates() {
    this.checks += 1;
    return Promise.resolve({ isUpdateAvailable: false, updateInfo: { version: '0.1.0' } });
  },
  downloadUpdate: () => Promise.resolve([]),
  quitAndInstall() {},
};

async function start() {
  await startDesktopApp({
    preloadPath: '/fake/app/dist/main/electron/preload.cjs',
    hostEntryPath: '/fake/app/dist/main/electron/host-process-main.js',
    newToken: () => TOKEN,
    log: {
      info: (m) => logged.push(m),
      warn: (m) => logged.push(m),
      error: (m) => logged.push(m),
      folder: () => join(root, 'logs'),
      addSecret: () => {},
    },
    loadUpdater: () => {
      updater.loads += 1;
      return Promise.resolve(updater);
    },
  });
}

/** The start message the host's utility process received. */
function startMessage(n = 0) {
  return double.FakeUtilityProcess.forked[n]?.messages.find((m) => m.type === 'start');
}

function menuItem(label: string): { click(item?: unknown): void; checked?: boolean } {
  const find = (items: unknown[]): unknown => {
    for (const item of items as { label?: string; submenu?: unknown[] }[]) {
      if (item.label === label) return item;
      const inner = item.submenu && find(item.submenu);
      if (inner) return inner;
    }
    return undefined;
  };
  const item = find(double.menu.template as unknown[]);
  if (!item) throw new Error(`no menu item ${label}`);
  return item as { click(item?: unknown): void; checked?: boolean };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'circlework-shell-'));
  double.app.pathRoot = root;
});
afterAll(async () => {
  double.app.pathRoot = '/fake';
  await rm(root, { recursive: true, force: true });
});

beforeEach(() => {
  double.FakeUtilityProcess.forked = [];
  double.FakeUtilityProcess.autoReady = true;
  double.dialog.shown = [];
  double.dialog.errors = [];
  double.dialog.answers = [];
  double.shell.opened = [];
  preferences.automatic = false;
  updater.loads = 0;
  updater.checks = 0;
  logged.length = 0;
  double.FakeBrowserWindow.created = [];
  double.ipcMain.handlers.clear();
  double.app.removeAllListeners();
  double.app.singleInstance = true;
  double.app.quitCalls = 0;
  double.recordedSession.downloadListeners = [];
  double.displays.all = [{ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }];
});

describe('the Electron shell', () => {
  it('quits at once when another instance already runs, without starting a host', async () => {
    double.app.singleInstance = false;
    await start();
    expect(double.app.quitCalls).toBe(1);
    expect(double.FakeUtilityProcess.forked).toHaveLength(0);
    expect(double.FakeBrowserWindow.created).toHaveLength(0);
  });

  it('starts the host in a utility process with the key, the token, the settings folder and the bundled paths', async () => {
    await start();
    const [child] = double.FakeUtilityProcess.forked;
    expect(child?.modulePath).toBe('/fake/app/dist/main/electron/host-process-main.js');
    expect(child?.options).toMatchObject({ stdio: 'pipe' });
    expect(startMessage()).toMatchObject({
      dataDir: join(root, 'userData', 'data'),
      settingsDir: join(root, 'userData'),
      templatesDir: '/fake/app/templates',
      consoleAppDir: '/fake/app/dist/renderer/console',
      participantAppDir: '/fake/app/dist/renderer/participant',
      token: TOKEN,
      consolePort: 0,
      participantPort: 0,
    });
    expect(Buffer.from(String(startMessage()?.key), 'base64')).toHaveLength(32);
    expect(double.app.sandboxEnabled).toBe(true);
  });

  it('opens the console window on the console door, sandboxed and isolated, with the preload', async () => {
    await start();
    const [win] = double.FakeBrowserWindow.created;
    expect(win?.loaded).toEqual([CONSOLE_URL]);
    expect(win?.options.webPreferences).toMatchObject({
      preload: '/fake/app/dist/main/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('denies every permission request and check', async () => {
    await start();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      double.recordedSession.permissionRequest?.({}, permission, (ok: boolean) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(double.recordedSession.permissionCheck?.({}, 'media')).toBe(false);
    expect(double.recordedSession.devicePermission?.({})).toBe(false);
  });

  it('puts the strict CSP on every response, replacing the server’s', async () => {
    await start();
    let headers: Record<string, unknown> = {};
    double.recordedSession.headersReceived?.(
      {
        url: `${ORIGIN}/console/`,
        responseHeaders: { 'content-security-policy': ['x'], A: ['b'] },
      },
      (result: { responseHeaders: Record<string, unknown> }) => (headers = result.responseHeaders),
    );
    expect(headers).toEqual({ A: ['b'], 'Content-Security-Policy': [APP_CONTENT_SECURITY_POLICY] });
    expect(APP_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(APP_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(APP_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(APP_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(APP_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('cancels every request that would load remote content', async () => {
    await start();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      double.recordedSession.beforeRequest?.(
        { url },
        (r: { cancel: boolean }) => (cancel = r.cancel),
      );
      return cancel;
    };
    expect(decide(`${ORIGIN}/assets/app.js`)).toBe(false);
    expect(decide('ws://127.0.0.1:5555/socket.io/?EIO=4')).toBe(false);
    expect(decide('https://cdn.example/lib.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
  });

  it('blocks navigation away from its own pages, redirects, webviews and new windows', async () => {
    await start();
    const contents = double.FakeBrowserWindow.created[0]!.webContents;
    expect(contents.tryEvent('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.tryEvent('will-navigate', 'http://127.0.0.1:5555.evil.example/console/')).toBe(
      true,
    );
    expect(contents.tryEvent('will-navigate', `${ORIGIN}/console/?token=x`)).toBe(false);
    expect(contents.tryEvent('will-redirect', 'http://192.168.0.1/')).toBe(true);
    expect(contents.tryEvent('will-attach-webview', `${ORIGIN}/console/`)).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
  });

  it('turns a page’s request for the projector tab into its own projector window', async () => {
    await start();
    const contents = double.FakeBrowserWindow.created[0]!.webContents;
    expect(
      contents.windowOpenHandler?.({ url: `${ORIGIN}/projector/?token=secret-token-for-tests` }),
    ).toEqual({
      action: 'deny',
    });
    const projector = double.FakeBrowserWindow.created[1];
    // The window gets the projector's read-only link, not the console token the page asked with.
    expect(projector?.loaded).toEqual([`${ORIGIN}/projector/?token=projector-token-for-tests`]);
    expect(projector?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
    });
    expect(projector?.options.webPreferences.preload).toBeUndefined();
  });

  it('exposes exactly four IPC channels', async () => {
    await start();
    expect([...double.ipcMain.handlers.keys()].sort()).toEqual(
      Object.values(desktopChannels).sort(),
    );
  });

  it('opens the projector full screen on the second display when there is one', async () => {
    double.displays.all = [
      { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } },
    ];
    await start();
    const open = double.ipcMain.handlers.get(desktopChannels.openProjector)!;
    expect(await open(trustedEvent())).toBe(true);
    const projector = double.FakeBrowserWindow.created[1]!;
    expect(projector.options).toMatchObject({
      x: 1440,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
    });
    // A second request shows the same window rather than opening another.
    expect(await open(trustedEvent())).toBe(true);
    expect(double.FakeBrowserWindow.created).toHaveLength(2);
    const close = double.ipcMain.handlers.get(desktopChannels.closeProjector)!;
    expect(await close(trustedEvent())).toBe(true);
    expect(projector.destroyed).toBe(true);
  });

  it('opens a 1280×720 projector window when there is only one display', async () => {
    await start();
    await double.ipcMain.handlers.get(desktopChannels.openProjector)!(trustedEvent());
    expect(double.FakeBrowserWindow.created[1]!.options).toMatchObject({
      width: 1280,
      height: 720,
    });
    expect(double.FakeBrowserWindow.created[1]!.options.fullscreen).toBeUndefined();
  });

  it('refuses IPC from other pages, sub-frames and other origins', async () => {
    await start();
    const open = double.ipcMain.handlers.get(desktopChannels.openProjector)!;
    expect(await open(trustedEvent(`${ORIGIN}/projector/`))).toBe(false);
    expect(await open(trustedEvent('https://evil.example/console/'))).toBe(false);
    expect(await open({ sender: {}, senderFrame: { url: `${ORIGIN}/console/`, parent: {} } })).toBe(
      false,
    );
    expect(await open({ sender: {}, senderFrame: null })).toBe(false);
    expect(double.FakeBrowserWindow.created).toHaveLength(1);
  });

  it('validates the arguments of savePdf and print', async () => {
    await start();
    const save = double.ipcMain.handlers.get(desktopChannels.savePdf)!;
    const print = double.ipcMain.handlers.get(desktopChannels.print)!;
    for (const bad of [
      [],
      [42],
      ['https://evil.example/api/exports/results/s.pdf'],
      [`${ORIGIN}/api/other`],
      [`${ORIGIN}/api/exports/results/s.pdf`, 'extra'],
      ['x'.repeat(5000)],
    ]) {
      expect(await save(trustedEvent(), ...bad), JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
    expect(await print(trustedEvent(), `${ORIGIN}/api/exports/results/s.pdf`)).toBe(false);
    expect(await open0()).toBe(false);
    async function open0() {
      return double.ipcMain.handlers.get(desktopChannels.openProjector)!(trustedEvent(), 'extra');
    }
  });

  it('saves an export through the native save dialog and reports the outcome', async () => {
    await start();
    const save = double.ipcMain.handlers.get(desktopChannels.savePdf)!;
    const event = trustedEvent();
    const url = `${ORIGIN}/api/exports/results/s-1.pdf?token=secret-token-for-tests`;
    const saved = save(event, url);
    await vi.waitFor(() => expect(event.sender.downloads).toEqual([url]));
    const item = fakeDownload(url, 's-1.pdf');
    double.recordedSession.downloadListeners[0]!({}, item);
    expect(item.dialog).toMatchObject({
      defaultPath: join(root, 'documents', 's-1.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    item.emit('done', {}, 'completed');
    expect(await saved).toBe(true);
  });

  it('cancels downloads that are not the app’s own exports', async () => {
    await start();
    const item = fakeDownload('https://evil.example/x.exe', 'x.exe');
    double.recordedSession.downloadListeners[0]!({}, item);
    expect(item.cancelled).toBe(true);
  });

  it('closes the host (flushing journals) before the app quits', async () => {
    await start();
    let prevented = false;
    double.app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(double.app.quitCalls).toBe(1));
    const [child] = double.FakeUtilityProcess.forked;
    expect(child?.messages.filter((m) => m.type === 'close')).toHaveLength(1);
    expect(child?.exited).toBe(true);
    expect(double.FakeUtilityProcess.forked).toHaveLength(1);
    // The second before-quit (from app.quit) goes through.
    let preventedAgain = false;
    double.app.emit('before-quit', { preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });

  it('focuses the console when a second instance is started', async () => {
    await start();
    const win = double.FakeBrowserWindow.created[0]!;
    win.shown = false;
    double.app.emit('second-instance');
    expect(win.shown).toBe(true);
  });

  it('sets an app menu with the projector commands', async () => {
    await start();
    const labels = JSON.stringify(double.menu.template);
    expect(labels).toContain('Open projector');
    expect(labels).toContain('Close projector');
  });

  it('shows "reconnecting" when the host process dies and restarts it on the same ports and token', async () => {
    await start();
    const win = double.FakeBrowserWindow.created[0]!;
    const [first] = double.FakeUtilityProcess.forked;
    double.FakeUtilityProcess.autoReady = false;
    first!.crash(1);
    expect(win.title).toBe('Circlework — reconnecting to the session…');
    expect(win.destroyed).toBe(false);
    const second = double.FakeUtilityProcess.forked[1]!;
    expect(startMessage(1)).toMatchObject({
      token: TOKEN,
      consolePort: 5555,
      participantPort: 6666,
    });
    second.sendReady();
    await vi.waitFor(() => expect(win.title).toBe('Circlework'));
    // The window keeps its page: socket.io reconnects to the same door with the same token.
    expect(win.loaded).toEqual([CONSOLE_URL]);
    expect(logged.some((m) => /ended unexpectedly/.test(m))).toBe(true);
  });

  it('gives up with a message when the host keeps dying before it is ready', async () => {
    await start();
    double.FakeUtilityProcess.autoReady = false;
    double.FakeUtilityProcess.forked[0]!.crash(1);
    for (let n = 1; n <= 4; n++) double.FakeUtilityProcess.forked[n]!.crash(1);
    expect(double.FakeUtilityProcess.forked).toHaveLength(5);
    await vi.waitFor(() =>
      expect(double.dialog.shown.map((d) => d.message)).toContain(
        'The session host keeps stopping.',
      ),
    );
  });

  it('gives up when the host dies again and again, even after starting each time', async () => {
    await start();
    const win = double.FakeBrowserWindow.created[0]!;
    for (let n = 0; n <= 10; n++) {
      // Each restarted host reports ready (the title comes back) before it dies again.
      if (n > 0) await vi.waitFor(() => expect(win.title).toBe('Circlework'));
      double.FakeUtilityProcess.forked[n]!.crash(1);
    }
    expect(double.FakeUtilityProcess.forked).toHaveLength(11);
    await vi.waitFor(() =>
      expect(double.dialog.shown.map((d) => d.message)).toContain(
        'The session host keeps stopping.',
      ),
    );
  });

  it('quits with an error box when the host cannot start at all', async () => {
    double.FakeUtilityProcess.autoReady = false;
    const started = start();
    await vi.waitFor(() => expect(double.FakeUtilityProcess.forked).toHaveLength(1));
    const child = double.FakeUtilityProcess.forked[0]!;
    child.emit('message', { type: 'failed', message: 'listen EADDRINUSE' });
    child.crash(1);
    await started;
    expect(double.dialog.errors[0]).toContain('listen EADDRINUSE');
    expect(double.app.quitCalls).toBe(1);
    expect(double.FakeBrowserWindow.created).toHaveLength(0);
  });

  it('never checks for updates on its own while automatic checks are off', async () => {
    await start();
    await vi.waitFor(() => expect(double.FakeBrowserWindow.created[0]?.loaded).toHaveLength(1));
    expect(updater.loads).toBe(0);
    expect(updater.checks).toBe(0);
  });

  it('checks at start once the counselor turned automatic checks on, without an identifier', async () => {
    preferences.automatic = true;
    await start();
    await vi.waitFor(() => expect(updater.checks).toBe(1));
    expect(updater.autoDownload).toBe(false);
    expect(updater.requestHeaders).toEqual({ 'x-user-staging-id': 'anonymous' });
    // Up to date and not asked for: no dialog.
    expect(double.dialog.shown).toHaveLength(0);
  });

  it('checks when "Check for updates…" is clicked and says the result', async () => {
    await start();
    menuItem('Check for updates…').click();
    await vi.waitFor(() => expect(double.dialog.shown).toHaveLength(1));
    expect(updater.checks).toBe(1);
    expect(double.dialog.shown[0]!.message).toBe('Circlework is up to date.');
  });

  it('turns automatic checks on only after explaining what a check sends', async () => {
    await start();
    const item = menuItem('Check for updates automatically');
    expect(item.checked).toBe(false);
    double.dialog.answers = [1];
    const declined = { checked: true };
    item.click(declined);
    await vi.waitFor(() => expect(declined.checked).toBe(false));
    expect(preferences.automatic).toBe(false);
    expect(double.dialog.shown[0]!.detail).toMatch(/no names, no answers and no identifier/);
    const accepted = { checked: true };
    item.click(accepted);
    await vi.waitFor(() => expect(preferences.automatic).toBe(true));
    expect(accepted.checked).toBe(true);
    expect(updater.checks).toBe(0);
  });

  it('opens the log folder from the menu', async () => {
    await start();
    menuItem('Open log folder').click();
    expect(double.shell.opened).toEqual([join(root, 'logs')]);
  });
});

function fakeDownload(url: string, fileName: string) {
  const item = Object.assign(new EventEmitter(), {
    dialog: undefined as unknown,
    cancelled: false,
    getURL: () => url,
    getFilename: () => fileName,
    setSaveDialogOptions(options: unknown) {
      item.dialog = options;
    },
    cancel() {
      item.cancelled = true;
    },
  });
  return item;
}
