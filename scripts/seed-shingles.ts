/**
 * Five-word runs ("shingles") of a text, normalised, and their fingerprints: the check that no
 * sentence of a shipped workshop is copied from the seed articles compares fingerprints, so the
 * repository holds no seed text and passes in any clone (issue 10).
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUN_LENGTH = 5;
export const SEED_FINGERPRINTS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../tests/fixtures/seed-fingerprints.txt',
);

/** Lower-case words, apostrophes unified, everything but letters dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function shingles(list: readonly string[], n = RUN_LENGTH): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

/** 64 bits of SHA-256: collisions among a few thousand runs are out of reach, the text is not kept. */
export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

export function parseFingerprintFile(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[0-9a-f]{16}$/.test(line)),
  );
}
