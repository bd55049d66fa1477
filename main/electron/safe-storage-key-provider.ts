import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createFileKeyProvider } from '../host/crypto/file-key-provider.js';
import { MASTER_KEY_BYTES, type KeyProvider } from '../host/crypto/key-provider.js';

/** The part of Electron's safeStorage this needs (a test double can stand in). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * The master key for session data, sealed by the OS keychain through safeStorage
 * (DESIGN.md §4.7). Where the OS offers no real keychain (Linux without a secret service,
 * where safeStorage would only obfuscate), it falls back to the owner-only key file.
 */
export function createSafeStorageKeyProvider(
  safeStorage: SafeStorageLike,
  sealedKeyPath: string,
  fallbackDir: string,
): KeyProvider {
  let cached: Promise<Buffer> | undefined;
  const usable =
    safeStorage.isEncryptionAvailable() &&
    safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  if (!usable) return createFileKeyProvider(fallbackDir);

  const load = async (): Promise<Buffer> => {
    const sealed = await readFile(sealedKeyPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (sealed) {
      const key = Buffer.from(safeStorage.decryptString(sealed), 'base64');
      if (key.length !== MASTER_KEY_BYTES) throw new Error('the sealed session key is damaged');
      return key;
    }
    const key = randomBytes(MASTER_KEY_BYTES);
    await mkdir(dirname(sealedKeyPath), { recursive: true });
    await writeFile(sealedKeyPath, safeStorage.encryptString(key.toString('base64')), {
      mode: 0o600,
      flag: 'wx',
    });
    return key;
  };
  return {
    getKey() {
      cached ??= load();
      return cached;
    },
  };
}
