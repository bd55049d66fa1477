import type { Logger } from '../host/logger.js';
import { shellMessages, type ShellMessageKey, type ShellMessages } from './i18n/shell-messages.js';

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

/** electron-updater sends a random per-install id (for staged rollouts); we send a constant instead. */
export const ANONYMOUS_UPDATE_HEADERS = { 'x-user-staging-id': 'anonymous' } as const;

export interface UpdateCheckDeps {
  /** Loads electron-updater only when a check is actually made. */
  loadUpdater(): Promise<UpdaterLike>;
  preferences: UpdatePreferences;
  ask: AskUser;
  log: Logger;
  currentVersion: string;
  /** The words in the counselor's language at the moment a dialog opens (English if absent). */
  words?: () => ShellMessages;
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
      const { t } = this.words();
      const answer = await this.deps.ask({
        title: t('updates.automaticTitle'),
        message: t('updates.automatic'),
        detail: t('updates.disclosure'),
        buttons: [t('updates.turnOn'), t('updates.keepOff')],
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
      const current = this.deps.currentVersion;
      // No answer, or "not available", is being up to date.
      const version =
        result && result.isUpdateAvailable !== false ? result.updateInfo.version : current;
      if (version === current) {
        if (userAsked)
          await this.tell(
            'updates.upToDate',
            this.words().t('updates.youHave', { version: current }),
          );
        return;
      }
      const offer = this.words().t;
      const download = await this.deps.ask({
        title: offer('updates.availableTitle'),
        message: offer('updates.available', { version, current }),
        detail: offer('updates.availableDetail'),
        buttons: [offer('updates.download'), offer('updates.notNow')],
      });
      if (download !== 0) return;
      await updater.downloadUpdate();
      // Asked afresh: the counselor may have changed the language while it downloaded.
      const ready = this.words().t;
      const restart = await this.deps.ask({
        title: ready('updates.readyTitle'),
        message: ready('updates.ready', { version }),
        detail: ready('updates.readyDetail'),
        buttons: [ready('updates.restart'), ready('updates.later')],
      });
      if (restart === 0) updater.quitAndInstall();
    } catch (error) {
      this.deps.log.warn(`Update check failed: ${(error as Error).message}`);
      if (userAsked) {
        await this.tell('updates.failed', this.words().t('updates.failedDetail'));
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

  private async tell(message: ShellMessageKey, detail: string): Promise<void> {
    const { t } = this.words();
    await this.deps.ask({
      title: t('updates.title'),
      message: t(message),
      detail,
      buttons: [t('dialog.ok')],
    });
  }

  private words(): ShellMessages {
    return this.deps.words?.() ?? shellMessages('en');
  }
}
