/** FNV-1a: a small, stable string hash to seed the shuffle. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny deterministic PRNG; good enough to scramble display order. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The same items always come out in the same order for the same seed, whatever order they
 * arrived in: sorting first removes any trace of who answered when.
 */
export function seededShuffle(items: readonly string[], seed: string): string[] {
  const out = [...items].sort();
  const next = random(hash(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

/** Orders keys by a seeded hash, so a list stays put as it grows and shows no arrival order. */
export function seededOrder(keys: readonly string[], seed: string): string[] {
  return [...keys].sort((a, b) => hash(`${seed}:${a}`) - hash(`${seed}:${b}`) || (a < b ? -1 : 1));
}
