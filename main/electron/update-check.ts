import type { Logger } from '../host/logger.js';

/** The part of electron-updater's autoUpdater the shell uses (a test double can stand in). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  requestHeaders: Record<string, string> | null;
  logger: unknown;
  checkForUpdates(): Promise<{
    isUpdateAvailable?: boolean;
    updateInfo: { version: string };
  } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
}

/** What the counselor chose: off unless they turn it on (the app promises nothing leaves on its own). */
export interface UpdatePreferences {
  automaticChecks(): boolean;
  setAutomaticChecks(on: boolean): void;
}

/** A native message box: resolves with the index of the button pressed. */
export type AskUser = (message: {
  title: string;
  message: string;
  detail?: string;
  buttons: string[];
}) => Promise<number>;

/** Said in the settings dialog and the README: exactly what a check sends. */
export const UPDATE_CHECK_DISCLOSURE =
  'A check asks the Circlework update server for one small file that names the newest version. ' +
  'Like any web request it shows the server your internet address, the time and your kind of ' +
  'computer (Windows, macOS or Linux). It sends no session, no names, no answers and no identifier ' +
  'of this laptop. Nothing is downloaded unless you say so.';

/** electron-updater sends a random per-install id (for staged rollouts); we send a constant instead. */
export const ANONYMOUS_UPDATE_HEADERS = { 'x-user-staging-id': 'anonymous' } as const;

export interface UpdateCheckDeps {
  /** Loads electron-updater only when a check is actually made. */
  loadUpdater(): Promise<UpdaterLike>;
  preferences: UpdatePreferences;
  ask: AskUser;
  log: Logger;
  currentVersion: string;
}

/**
 * Updates as a choice the counselor makes: "Check for updates…" in the menu, and an automatic
 * check at start only when they turned it on. Downloading and installing each ask first.
 */
export class UpdateCheck {
  private updater: Promise<UpdaterLike> | null = null;
  private busy = false;

  constructor(private readonly deps: UpdateCheckDeps) {}

  /** At start: checks only if the counselor turned automatic checks on; quiet unless there is news. */
  async onStartup(): Promise<void> {
    if (!this.deps.preferences.automaticChecks()) return;
    await this.check(false);
  }

  /** The menu item: always checks, and always says what it found. */
  checkNow(): Promise<void> {
    return this.check(true);
  }

  /** The menu's checkbox: turning it on explains what a check sends and asks first. */
  async setAutomatic(on: boolean): Promise<boolean> {
    if (on) {
      const answer = await this.deps.ask({
        title: 'Check for updates automatically?',
        message: 'Check for updates each time Circlework starts?',
        detail: UPDATE_CHECK_DISCLOSURE,
        buttons: ['Turn on', 'Keep off'],
      });
      if (answer !== 0) on = false;
    }
    this.deps.preferences.setAutomaticChecks(on);
    return on;
  }

  private async check(userAsked: boolean): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const updater = await this.load();
      const result = await updater.checkForUpdates();
      const version = result?.updateInfo.version;
      if (!result || result.isUpdateAvailable === false || version === this.deps.currentVersion) {
        if (userAsked)
          await this.tell(
            'Circlework is up to date.',
            `You have version ${this.deps.currentVersion}.`,
          );
        return;
      }
      const download = await this.deps.ask({
        title: 'Update available',
        message: `Circlework ${version} is available (you have ${this.deps.currentVersion}).`,
        detail: 'Download it now? It installs when you quit Circlework, never during a session.',
        buttons: ['Download', 'Not now'],
      });
      if (download !== 0) return;
      await updater.downloadUpdate();
      const restart = await this.deps.ask({
        title: 'Update ready',
        message: `Circlework ${version} is ready to install.`,
        detail: 'Restart now to install it, or it installs the next time you quit.',
        buttons: ['Restart and install', 'Later'],
      });
      if (restart === 0) updater.quitAndInstall();
    } catch (error) {
      this.deps.log.warn(`Update check failed: ${(error as Error).message}`);
      if (userAsked) {
        await this.tell(
          'Could not check for updates.',
          'The update server could not be reached. Check the internet connection and try again later.',
        );
      }
    } finally {
      this.busy = false;
    }
  }

  private load(): Promise<UpdaterLike> {
    this.updater ??= this.deps.loadUpdater().then((updater) => {
      updater.autoDownload = false;
      updater.autoInstallOnAppQuit = true;
      updater.requestHeaders = { ...ANONYMOUS_UPDATE_HEADERS };
      // electron-updater's own messages go to our (redacted) log, not the console.
      updater.logger = this.deps.log;
      return updater;
    });
    return this.updater;
  }

  private async tell(message: string, detail: string): Promise<void> {
    await this.deps.ask({ title: 'Updates', message, detail, buttons: ['OK'] });
  }
}
