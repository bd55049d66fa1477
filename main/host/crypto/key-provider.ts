/**
 * Where the master key for session data at rest comes from (DESIGN.md §4.7).
 * The Electron shell provides one backed by safeStorage; plain Node uses a key file.
 */
export interface KeyProvider {
  /** Resolves to the same 32-byte key on every call and every launch. */
  getKey(): Promise<Buffer>;
}

export const MASTER_KEY_BYTES = 32;
