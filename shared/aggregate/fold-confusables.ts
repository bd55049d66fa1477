import unhomoglyph from 'unhomoglyph';

/**
 * Folds the ways people disguise a word so the built-in filter still sees it (issue 11):
 * compatibility forms (ｆｕｃｋ), combining marks (büllshit), invisible characters (zero-width
 * space, soft hyphen), look-alike letters from other scripts (Cyrillic "а"), and common
 * digit-or-symbol-for-letter swaps (sh1t, $hit). The result is only ever compared, never shown.
 */

/** Digits and symbols people type for letters. "1" and "l" both fold to "i" (see below). */
const SWAPS: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '+': 't',
};

const SWAP_RE = /[0-9@$!|+]/g;

export function foldForFilter(raw: string): string {
  const bare = raw
    .normalize('NFKD')
    // Marks and invisible characters vanish outright, so they cannot split or disguise a word.
    .replace(/[\p{M}\p{Default_Ignorable_Code_Point}]/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(SWAP_RE, (c) => SWAPS[c] ?? c);
  // The Unicode confusables skeleton (UTS #39) maps look-alikes to one prototype; it may
  // produce capitals or digits ("0" for "O"), so lowercase and swap once more afterwards.
  return (
    unhomoglyph(bare)
      .toLowerCase()
      .replace(SWAP_RE, (c) => SWAPS[c] ?? c)
      // "l", "1", "I" and "|" are one shape in many fonts; fold them together on both sides.
      .replace(/l/g, 'i')
  );
}
