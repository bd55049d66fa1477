import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createConfSettingsStore } from '../settings/conf-settings-store.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { shippedTemplatesDir } from '../templates/shipped-templates-dir.js';
import { createTemplateLibrary } from '../templates/template-library.js';
import type { TemplateLibrary } from '../templates/template-library-types.js';
import { createFileKeyProvider } from './crypto/file-key-provider.js';
import type { HostOptions } from './host-options.js';
import { JournalStore } from './journal/journal-store.js';

/** What the host keeps on disk: settings, the workshop library, the sessions' journals. */
export interface HostStores {
  settings: SettingsStore;
  library: TemplateLibrary;
  journals: JournalStore;
}

/** Opens the data dir (private to this user) and the stores in it; fails early without a key. */
export async function openHostStores(options: HostOptions): Promise<HostStores> {
  const dataDir = options.dataDir;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const keyProvider = options.keyProvider ?? createFileKeyProvider(dataDir);
  await keyProvider.getKey();
  return {
    settings: options.settingsStore ?? createConfSettingsStore(dataDir),
    library: createTemplateLibrary({
      shippedDir: options.templatesDir ?? shippedTemplatesDir(),
      ownDir: join(dataDir, 'templates'),
    }),
    journals: new JournalStore(join(dataDir, 'sessions'), keyProvider, options.openJournalSink),
  };
}
