import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const LETTERS = 'abcdefghijklmnop';

/**
 * A short fingerprint of a source text, written beside its translation so a changed source
 * shows the translation as stale. Letters only (a–p for each half-byte of SHA-256's first four
 * bytes): YAML never reads it as a number, as it would a hex tag such as 1234e567.
 */
export function sourceTag(text: string): string {
  const digest = sha256(utf8ToBytes(text));
  let tag = '';
  for (const byte of digest.subarray(0, 4)) tag += LETTERS[byte >> 4]! + LETTERS[byte & 15]!;
  return tag;
}
