import Conf from 'conf';
import { appSettingsSchema, type AppSettings } from '../../shared/protocol/console-events.js';
import { DEFAULT_SETTINGS, settingsWithDefaults } from './default-settings.js';
import type { SettingsStore } from './settings-store.js';

/** Settings in `<dataDir>/settings.json` through `conf`, for running without Electron. */
export function createConfSettingsStore(dataDir: string): SettingsStore {
  const conf = new Conf<AppSettings>({
    cwd: dataDir,
    configName: 'settings',
    projectName: 'circlework',
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: true,
    configFileMode: 0o600,
  });
  return {
    get: () => settingsWithDefaults(conf.store),
    set(patch) {
      const next = appSettingsSchema.parse({ ...settingsWithDefaults(conf.store), ...patch });
      conf.store = next;
      return next;
    },
  };
}
