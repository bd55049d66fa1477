import Store from 'electron-store';
import { appSettingsSchema, type AppSettings } from '../../shared/protocol/console-events.js';
import { DEFAULT_SETTINGS, settingsWithDefaults } from '../settings/default-settings.js';
import type { SettingsStore } from '../settings/settings-store.js';

/** The counselor's settings in the app's user-data folder, through electron-store. */
export function createElectronSettingsStore(): SettingsStore {
  const store = new Store<AppSettings>({
    name: 'settings',
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: true,
  });
  return {
    get: () => settingsWithDefaults(store.store),
    set(patch) {
      const next = appSettingsSchema.parse({ ...settingsWithDefaults(store.store), ...patch });
      store.store = next;
      return next;
    },
  };
}
