import Store from 'electron-store';
import type { UpdatePreferences } from './update-check.js';

interface ShellPreferenceValues {
  automaticUpdateChecks: boolean;
  networkGuidanceShown: boolean;
}

/** The shell's own choices (not the host's settings): <userData>/shell.json through electron-store. */
export interface ShellPreferences extends UpdatePreferences {
  networkGuidanceShown(): boolean;
  markNetworkGuidanceShown(): void;
}

export function createShellPreferences(): ShellPreferences {
  const store = new Store<ShellPreferenceValues>({
    name: 'shell',
    defaults: { automaticUpdateChecks: false, networkGuidanceShown: false },
    clearInvalidConfig: true,
  });
  return {
    automaticChecks: () => store.get('automaticUpdateChecks') === true,
    setAutomaticChecks: (on) => store.set('automaticUpdateChecks', on),
    networkGuidanceShown: () => store.get('networkGuidanceShown') === true,
    markNetworkGuidanceShown: () => store.set('networkGuidanceShown', true),
  };
}
