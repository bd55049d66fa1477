import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/host/logger.js';
import { buildMenuTemplate } from '../../main/electron/menu-template.js';
import { networkGuidanceFor, systemAsksOnFirstRun } from '../../main/electron/network-guidance.js';
import { UpdateCheck, type UpdaterLike } from '../../main/electron/update-check.js';

function fakeUpdater(latest: string) {
  const calls: string[] = [];
  const updater: UpdaterLike = {
    autoDownload: true,
    autoInstallOnAppQuit: false,
    requestHeaders: null,
    logger: console,
    checkForUpdates: () => {
      calls.push('check');
      return Promise.resolve({
        isUpdateAvailable: latest !== '0.1.0',
        updateInfo: { version: latest },
      });
    },
    downloadUpdate: () => {
      calls.push('download');
      return Promise.resolve([]);
    },
    quitAndInstall: () => {
      calls.push('install');
    },
  };
  return { updater, calls };
}

function updateCheck(latest: string, answers: number[], automatic = false) {
  const { updater, calls } = fakeUpdater(latest);
  const asked: string[] = [];
  let loads = 0;
  const prefs = { on: automatic };
  const check = new UpdateCheck({
    loadUpdater: () => {
      loads += 1;
      return Promise.resolve(updater);
    },
    preferences: { automaticChecks: () => prefs.on, setAutomaticChecks: (on) => (prefs.on = on) },
    ask: (m) => {
      asked.push(m.message);
      return Promise.resolve(answers.shift() ?? 1);
    },
    log: silentLogger,
    currentVersion: '0.1.0',
  });
  return { check, calls, asked, prefs, updater, loads: () => loads };
}

describe('update checks', () => {
  it('do nothing at start, not even load electron-updater, while automatic checks are off', async () => {
    const t = updateCheck('0.2.0', []);
    await t.check.onStartup();
    expect(t.loads()).toBe(0);
    expect(t.calls).toEqual([]);
  });

  it('download only after the counselor says so, and install only when they choose', async () => {
    const t = updateCheck('0.2.0', [0, 1], true);
    await t.check.onStartup();
    expect(t.calls).toEqual(['check', 'download']);
    expect(t.asked).toEqual([
      'Circlework 0.2.0 is available (you have 0.1.0).',
      'Circlework 0.2.0 is ready to install.',
    ]);
    expect(t.updater.autoDownload).toBe(false);
    expect(t.updater.requestHeaders).toEqual({ 'x-user-staging-id': 'anonymous' });
  });

  it('stop at the question when the counselor says "Not now"', async () => {
    const t = updateCheck('0.2.0', [1]);
    await t.check.checkNow();
    expect(t.calls).toEqual(['check']);
  });

  it('restart into the new version when asked', async () => {
    const t = updateCheck('0.2.0', [0, 0]);
    await t.check.checkNow();
    expect(t.calls).toEqual(['check', 'download', 'install']);
  });

  it('say so when the server cannot be reached, only if the counselor asked', async () => {
    const t = updateCheck('0.2.0', []);
    t.updater.checkForUpdates = () => Promise.reject(new Error('net::ERR_NAME_NOT_RESOLVED'));
    await t.check.checkNow();
    expect(t.asked).toEqual(['Could not check for updates.']);
    t.prefs.on = true;
    await t.check.onStartup();
    expect(t.asked).toHaveLength(1);
  });

  it('stay off when the counselor declines after reading what a check sends', async () => {
    const t = updateCheck('0.2.0', [1]);
    expect(await t.check.setAutomatic(true)).toBe(false);
    expect(t.prefs.on).toBe(false);
    expect(await t.check.setAutomatic(false)).toBe(false);
    expect(t.asked).toHaveLength(1);
  });
});

describe('the help menu and the network guidance', () => {
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

  it('has the update items, the log folder and network help, automatic checks unticked', () => {
    const help = buildMenuTemplate(actions, 'win32', false).find((m) => m.role === 'help');
    const items = help?.submenu as { label?: string; checked?: boolean }[];
    expect(items.map((i) => i.label).filter(Boolean)).toEqual([
      'Check for updates…',
      'Check for updates automatically',
      'If phones cannot connect…',
      'Open log folder',
    ]);
    expect(items[1]?.checked).toBe(false);
  });

  it('tells Windows and macOS users what to answer when the system asks, and why', () => {
    expect(systemAsksOnFirstRun('win32')).toBe(true);
    expect(systemAsksOnFirstRun('darwin')).toBe(true);
    expect(systemAsksOnFirstRun('linux')).toBe(false);
    expect(networkGuidanceFor('win32')?.detail).toMatch(/Private networks.*Allow access/s);
    expect(networkGuidanceFor('darwin')?.detail).toMatch(/Allow.*Local Network/s);
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(networkGuidanceFor(platform)?.detail).toMatch(/Nothing goes to the internet/);
    }
  });
});
