import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../shared/protocol/desktop-bridge.js';

vi.mock('electron', async () => await import('./electron-double.js'));
vi.mock('../../main/electron/electron-settings-store.js', () => ({
  createElectronSettingsStore: () => ({ get: () => ({}), set: () => ({}) }),
}));

const double = await import('./electron-double.js');
const { startDesktopApp } = await import('../../main/electron/desktop-app.js');
const { APP_CONTENT_SECURITY_POLICY } =
  await import('../../main/electron/content-security-policy.js');

const ORIGIN = 'http://127.0.0.1:5555';
const CONSOLE_URL = `${ORIGIN}/console/?token=secret-token`;

interface FakeHost {
  consoleUrl: string;
  projectorUrl: string;
  token: string;
  closed: number;
  close(): Promise<void>;
}

function fakeHost(): FakeHost {
  return {
    consoleUrl: CONSOLE_URL,
    projectorUrl: `${ORIGIN}/projector/?token=projector-token`,
    token: 'secret-token',
    closed: 0,
    close() {
      this.closed += 1;
      return Promise.resolve();
    },
  };
}

function trustedEvent(url = `${ORIGIN}/console/`) {
  const sender = new double.FakeWebContents();
  return { sender, senderFrame: { url, parent: null } };
}

let host: FakeHost;
let hostOptions: Record<string, unknown> | undefined;

async function start() {
  host = fakeHost();
  await startDesktopApp({
    startHost: async (options) => {
      hostOptions = options as unknown as Record<string, unknown>;
      return host;
    },
    preloadPath: '/fake/app/dist/main/electron/preload.cjs',
  });
}

beforeEach(() => {
  double.FakeBrowserWindow.created = [];
  double.ipcMain.handlers.clear();
  double.app.removeAllListeners();
  double.app.singleInstance = true;
  double.app.quitCalls = 0;
  double.recordedSession.downloadListeners = [];
  double.displays.all = [{ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }];
  hostOptions = undefined;
});

describe('the Electron shell', () => {
  it('quits at once when another instance already runs, without starting a host', async () => {
    double.app.singleInstance = false;
    await start();
    expect(double.app.quitCalls).toBe(1);
    expect(hostOptions).toBeUndefined();
    expect(double.FakeBrowserWindow.created).toHaveLength(0);
  });

  it('starts the host with a key provider, electron-store settings and the bundled paths', async () => {
    await start();
    expect(hostOptions).toMatchObject({
      dataDir: '/fake/userData/data',
      templatesDir: '/fake/app/templates',
      consoleAppDir: '/fake/app/dist/renderer/console',
      participantAppDir: '/fake/app/dist/renderer/participant',
    });
    expect(typeof (hostOptions?.keyProvider as { getKey?: unknown }).getKey).toBe('function');
    expect(hostOptions?.settingsStore).toBeDefined();
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
      contents.windowOpenHandler?.({ url: `${ORIGIN}/projector/?token=secret-token` }),
    ).toEqual({
      action: 'deny',
    });
    const projector = double.FakeBrowserWindow.created[1];
    // The window gets the projector's read-only link, not the console token the page asked with.
    expect(projector?.loaded).toEqual([`${ORIGIN}/projector/?token=projector-token`]);
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
    const url = `${ORIGIN}/api/exports/results/s-1.pdf?token=secret-token`;
    const saved = save(event, url);
    await vi.waitFor(() => expect(event.sender.downloads).toEqual([url]));
    const item = fakeDownload(url, 's-1.pdf');
    double.recordedSession.downloadListeners[0]!({}, item);
    expect(item.dialog).toMatchObject({
      defaultPath: '/fake/documents/s-1.pdf',
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
    expect(host.closed).toBe(1);
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
