import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MASTER_KEY_BYTES, type KeyProvider } from './key-provider.js';

const OWNER_ONLY = 0o600;

/** A random key in `<dataDir>/key`, readable by the owner only (for running without Electron). */
export function createFileKeyProvider(dataDir: string): KeyProvider {
  const path = join(dataDir, 'key');
  let cached: Promise<Buffer> | undefined;
  const load = async (): Promise<Buffer> => {
    await mkdir(dataDir, { recursive: true });
    const existing = await readKey(path);
    if (existing) return existing;
    const key = randomBytes(MASTER_KEY_BYTES);
    try {
      const handle = await open(path, 'wx', OWNER_ONLY);
      try {
        await handle.writeFile(key.toString('base64') + '\n');
        await handle.sync();
      } finally {
        await handle.close();
      }
      return key;
    } catch (error) {
      // Another process created it first: use theirs, so both agree.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        const theirs = await readKey(path);
        if (theirs) return theirs;
      }
      throw error;
    }
  };
  return {
    getKey() {
      cached ??= load();
      return cached;
    },
  };
}

async function readKey(path: string): Promise<Buffer | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== MASTER_KEY_BYTES) {
    throw new Error(`the key file ${path} is damaged; session data cannot be read without it`);
  }
  if (process.platform !== 'win32') {
    const mode = (await stat(path)).mode & 0o777;
    if (mode !== OWNER_ONLY) await chmod(path, OWNER_ONLY);
  }
  return key;
}
