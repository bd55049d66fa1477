import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSafeStorageKeyProvider,
  type SafeStorageLike,
} from '../../main/electron/safe-storage-key-provider.js';

/** Stands in for the OS keychain: reversible, but never stores the plain text. */
function fakeKeychain(backend = 'gnome_libsecret'): SafeStorageLike & { sealed: number } {
  return {
    sealed: 0,
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString(plain) {
      this.sealed += 1;
      return Buffer.from(Buffer.from(plain).map((b) => b ^ 0x5a));
    },
    decryptString: (sealed) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString(),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'circlework-key-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the safeStorage key provider', () => {
  it('seals a new 32-byte key with the keychain and gets the same key on the next launch', async () => {
    const keychain = fakeKeychain();
    const sealedPath = join(dir, 'key.sealed');
    const first = await createSafeStorageKeyProvider(keychain, sealedPath, dir).getKey();
    const second = await createSafeStorageKeyProvider(keychain, sealedPath, dir).getKey();
    expect(first).toHaveLength(32);
    expect(second.equals(first)).toBe(true);
    expect(keychain.sealed).toBe(1);
    const onDisk = await readFile(sealedPath);
    expect(onDisk.includes(Buffer.from(first.toString('base64')))).toBe(false);
  });

  it('falls back to the owner-only key file when the OS has no real keychain', async () => {
    const keychain = fakeKeychain('basic_text');
    const key = await createSafeStorageKeyProvider(keychain, join(dir, 'key.sealed'), dir).getKey();
    expect(keychain.sealed).toBe(0);
    expect(
      Buffer.from((await readFile(join(dir, 'key'), 'utf8')).trim(), 'base64').equals(key),
    ).toBe(true);
  });
});
