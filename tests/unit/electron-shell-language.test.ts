/**
 * The shell speaks the counselor's interface language: read from the host's settings at start
 * (else the system's language), and followed when the counselor changes it in the console.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostOptions, RunningHost } from '../../main/host/host-options.js';
import { DEFAULT_SETTINGS } from '../../main/settings/default-settings.js';
import type { SettingsStore } from '../../main/settings/settings-store.js';
import type { AppSettings } from '../../shared/protocol/console-events.js';

vi.mock('electron', async () => await import('./electron-double.js'));
vi.mock('../../main/electron/shell-preferences.js', () => ({
  createShellPreferences: () => ({
    automaticChecks: () => false,
    setAutomaticChecks: () => {},
    networkGuidanceShown: () => true,
    markNetworkGuidanceShown: () => {},
  }),
}));

const double = await import('./electron-double.js');
const { startDesktopApp } = await import('../../main/electron/desktop-app.js');
const { buildMenuTemplate } = await import('../../main/electron/menu-template.js');
const { runHostProcess } = await import('../../main/electron/host-process.js');
const { shellMessages } = await import('../../main/electron/i18n/shell-messages.js');
const { readInterfaceLanguage } = await import('../../main/electron/interface-language-setting.js');

const actions = {
  openProjector() {},
  closeProjector() {},
  showConsole() {},
  checkForUpdates() {},
  setAutomaticUpdates: () => Promise.resolve(false),
  automaticUpdates: false,
  openLogFolder() {},
  showNetworkHelp() {},
};

let root: string;
const logged: string[] = [];

async function start(interfaceLanguage?: string) {
  const userData = join(root, 'userData');
  await rm(userData, { recursive: true, force: true });
  await mkdir(userData, { recursive: true });
  if (interfaceLanguage) {
    const settings = { ...DEFAULT_SETTINGS, interfaceLanguage };
    await writeFile(join(userData, 'settings.json'), JSON.stringify(settings));
  }
  await startDesktopApp({
    preloadPath: '/fake/app/dist/main/electron/preload.cjs',
    hostEntryPath: '/fake/app/dist/main/electron/host-process-main.js',
    newToken: () => 'secret-token-for-tests',
    log: {
      info: (m) => logged.push(m),
      warn: (m) => logged.push(m),
      error: (m) => logged.push(m),
      folder: () => join(root, 'logs'),
      addSecret: () => {},
    },
    loadUpdater: () =>
      Promise.resolve({
        autoDownload: true,
        autoInstallOnAppQuit: false,
        requestHeaders: null,
        logger: undefined,
        checkForUpdates: () =>
          Promise.resolve({ isUpdateAvailable: false, updateInfo: { version: '0.1.0' } }),
        downloadUpdate: () => Promise.resolve([]),
        quitAndInstall() {},
      }),
  });
}

type Item = MenuItemConstructorOptions;
const template = () => double.menu.template as Item[];
const labels = (items: Item[]): string[] =>
  items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...labels(Array.isArray(item.submenu) ? item.submenu : []),
  ]);
/** The menu without its words: what each item does, its role and its shortcut. */
const shape = (items: Item[]): unknown[] =>
  items.map((item) => ({
    role: item.role,
    type: item.type,
    accelerator: item.accelerator,
    submenu: Array.isArray(item.submenu) ? shape(item.submenu) : undefined,
  }));

function click(label: string): void {
  const find = (items: Item[]): Item | undefined => {
    for (const item of items) {
      if (item.label === label) return item;
      const inner = Array.isArray(item.submenu) ? find(item.submenu) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const item = find(template());
  if (!item?.click) throw new Error(`no menu item ${label}`);
  (item.click as (item: unknown) => void)({});
}

function tellFromHost(message: unknown): void {
  double.FakeUtilityProcess.forked[0]!.emit('message', message);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'circlework-shell-language-'));
  double.app.pathRoot = root;
});
afterAll(async () => {
  double.app.pathRoot = '/fake';
  double.app.locale = 'en-US';
  await rm(root, { recursive: true, force: true });
});

beforeEach(() => {
  double.FakeUtilityProcess.forked = [];
  double.FakeUtilityProcess.autoReady = true;
  double.FakeBrowserWindow.created = [];
  double.dialog.shown = [];
  double.dialog.answers = [];
  double.ipcMain.handlers.clear();
  double.app.removeAllListeners();
  double.app.singleInstance = true;
  double.app.locale = 'en-US';
  double.menu.template = null;
  logged.length = 0;
});

describe('the shell’s language', () => {
  it('words the menu and a dialog in Spanish when the console’s setting says so', async () => {
    await start('es');
    expect(labels(template())).toEqual(
      expect.arrayContaining(['Sesión', 'Abrir el proyector', 'Ayuda', 'Edición']),
    );
    expect(labels(template())).not.toContain('Open projector');
    // Roles and shortcuts are the English menu's.
    expect(shape(template())).toEqual(shape(buildMenuTemplate(actions, process.platform, true)));

    click('Buscar actualizaciones…');
    await vi.waitFor(() => expect(double.dialog.shown).toHaveLength(1));
    expect(double.dialog.shown[0]).toMatchObject({
      title: 'Actualizaciones',
      message: 'Circlework está actualizado.',
      detail: 'Tienes la versión 0.1.0.',
      buttons: ['Aceptar'],
    });
  });

  it('words the network help in Arabic when the console’s setting says so', async () => {
    double.app.locale = 'de-DE';
    await start('ar');
    click('إذا لم تتمكن الهواتف من الاتصال…');
    expect(double.dialog.shown[0]?.buttons).toEqual(['حسنًا']);
    expect(double.dialog.shown[0]?.detail).toContain('لا يخرج شيء إلى الإنترنت.');
  });

  it.each(['darwin', 'win32', 'linux'] as const)(
    'words every item of the %s menu but the macOS app menu, keeping roles and shortcuts',
    (platform) => {
      const english = buildMenuTemplate(actions, platform, false);
      const arabic = buildMenuTemplate(actions, platform, false, shellMessages('ar'));
      expect(shape(arabic)).toEqual(shape(english));
      const unworded = (items: Item[]): Item[] =>
        items.flatMap((item) => [
          ...(item.label || item.type === 'separator' ? [] : [item]),
          ...unworded(Array.isArray(item.submenu) ? item.submenu : []),
        ]);
      // macOS names the app menu after the app itself.
      expect(unworded(arabic)).toEqual(platform === 'darwin' ? [{ role: 'appMenu' }] : []);
      const englishLabels = new Set(labels(english));
      expect(labels(arabic).filter((label) => englishLabels.has(label))).toEqual([]);
    },
  );

  it.each([
    ['de-AT', 'Projektor öffnen'],
    ['es-419', 'Abrir el proyector'],
    ['pt-BR', 'Open projector'],
  ])(
    'speaks the system’s language (%s) when none was chosen, English when it ships no other',
    async (locale, openProjector) => {
      double.app.locale = locale;
      await start();
      expect(labels(template())).toContain(openProjector);
    },
  );

  it('rebuilds the menu and words later dialogs anew when the counselor changes the language', async () => {
    await start('es');
    tellFromHost({ type: 'interfaceLanguage', language: 'de' });
    expect(labels(template())).toContain('Projektor öffnen');
    expect(labels(template())).not.toContain('Abrir el proyector');

    click('Nach Updates suchen…');
    await vi.waitFor(() => expect(double.dialog.shown).toHaveLength(1));
    expect(double.dialog.shown[0]?.message).toBe('Circlework ist auf dem neuesten Stand.');

    double.FakeUtilityProcess.autoReady = false;
    double.FakeUtilityProcess.forked[0]!.crash(1);
    expect(double.FakeBrowserWindow.created[0]?.title).toBe(
      'Circlework — Verbindung zur Sitzung wird wiederhergestellt…',
    );
  });

  it('goes back to the system’s language when the choice is cleared, and ignores a language it does not ship', async () => {
    double.app.locale = 'ar-EG';
    await start('es');
    tellFromHost({ type: 'interfaceLanguage', language: 'fr' });
    expect(labels(template())).toContain('Abrir el proyector');
    expect(logged).toContain('Ignored an unknown message from the host.');
    tellFromHost({ type: 'interfaceLanguage', language: null });
    expect(labels(template())).toContain('فتح شاشة العرض');
  });
});

describe('the interface language setting', () => {
  it('is read from the host’s settings file, and nothing when it is missing, broken or unknown', async () => {
    const dir = join(root, 'settings-reads');
    await mkdir(dir, { recursive: true });
    expect(await readInterfaceLanguage(dir)).toBeUndefined();
    for (const [content, expected] of [
      ['{"interfaceLanguage":"ar","kLive":3}', 'ar'],
      ['{"interfaceLanguage":"fr"}', undefined],
      ['null', undefined],
      ['{not json', undefined],
    ] as const) {
      await writeFile(join(dir, 'settings.json'), content);
      expect(await readInterfaceLanguage(dir), content).toBe(expected);
    }
  });
});

describe('the host process', () => {
  it('tells the shell when the interface language setting changes, and only then', async () => {
    let settings: SettingsStore | undefined;
    let stored: AppSettings = DEFAULT_SETTINGS;
    const posted: unknown[] = [];
    let onMessage: (event: { data: unknown }) => void = () => {};
    runHostProcess(
      { on: (_event, listener) => (onMessage = listener), postMessage: (m) => posted.push(m) },
      {
        startHost: (options: HostOptions) => {
          settings = options.settingsStore;
          return new Promise<RunningHost>(() => {});
        },
        settingsStore: () => ({
          get: () => stored,
          set: (patch) => (stored = { ...stored, ...patch }),
        }),
        exit: () => {},
      },
    );
    onMessage({
      data: {
        type: 'start',
        dataDir: join(tmpdir(), 'unused'),
        settingsDir: join(tmpdir(), 'unused'),
        templatesDir: join(tmpdir(), 'unused'),
        consoleAppDir: join(tmpdir(), 'unused'),
        participantAppDir: join(tmpdir(), 'unused'),
        token: 'x'.repeat(32),
        key: Buffer.alloc(32).toString('base64'),
        consolePort: 0,
        participantPort: 0,
      },
    });
    expect(settings).toBeDefined();
    settings!.set({ interfaceLanguage: 'ar' });
    settings!.set({ kLive: 4 });
    settings!.set({ interfaceLanguage: 'ar' });
    settings!.set({ interfaceLanguage: 'de' });
    expect(posted).toEqual([
      { type: 'interfaceLanguage', language: 'ar' },
      { type: 'interfaceLanguage', language: 'de' },
    ]);
    expect(stored.interfaceLanguage).toBe('de');
  });
});
