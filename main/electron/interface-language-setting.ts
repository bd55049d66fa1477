import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appSettingsSchema } from '../../shared/protocol/console-events.js';
import type { InterfaceLanguage } from '../../shared/protocol/interface-languages.js';

/**
 * The counselor's interface language as the host keeps it (<settingsDir>/settings.json, the
 * console's top-bar choice), read before the host starts; undefined when not chosen or unreadable.
 */
export async function readInterfaceLanguage(
  settingsDir: string,
): Promise<InterfaceLanguage | undefined> {
  try {
    const stored: unknown = JSON.parse(await readFile(join(settingsDir, 'settings.json'), 'utf8'));
    const value = (stored as { interfaceLanguage?: unknown } | null)?.interfaceLanguage;
    const parsed = appSettingsSchema.shape.interfaceLanguage.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
