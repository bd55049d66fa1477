import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/**
 * Fresh random bytes from the same CSPRNG as crypto.randomBytes, taken from a pool refilled
 * 4 KiB at a time (as Node does for randomUUID): one call per answer for its ref and its journal
 * IV cost more than the rest of the answer's crypto. Every byte is handed out once only.
 */
export function pooledRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES) return randomFillSync(Buffer.alloc(size));
  if (offset + size > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  offset += size;
  return bytes;
}
