import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from '../../main/host/crypto/random-pool.js';

describe('pooled random bytes', () => {
  it('hands out every stretch once, across refills, in buffers of their own', () => {
    const seen = new Set<string>();
    // 3,000 × 12 bytes crosses the 4 KiB pool several times.
    for (let i = 0; i < 3000; i++) {
      const bytes = pooledRandomBytes(12);
      expect(bytes.length).toBe(12);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(3000);

    const first = pooledRandomBytes(9);
    const copy = Buffer.from(first);
    first.fill(0);
    const second = pooledRandomBytes(9);
    expect(first.equals(Buffer.alloc(9))).toBe(true);
    expect(second.equals(Buffer.alloc(9))).toBe(false);
    expect(copy.equals(Buffer.alloc(9))).toBe(false);
  });

  it('gives sizes bigger than the pool straight from the generator', () => {
    const big = pooledRandomBytes(10_000);
    expect(big.length).toBe(10_000);
    expect(new Set(big).size).toBeGreaterThan(200);
  });
});
