import type { AppSettings } from '../../shared/protocol/console-events.js';

/**
 * The counselor's settings. electron-store backs it in the desktop app, `conf` in plain Node;
 * both keep a whole, valid AppSettings (defaults filled in).
 */
export interface SettingsStore {
  get(): AppSettings;
  /** Merges and saves a validated patch; returns the settings now in force. */
  set(patch: Partial<AppSettings>): AppSettings;
}
