/**
 * One spelling per word for the cloud: "Trust!", " trust " and "TRUST" count together.
 * Lowercasing uses toLowerCase (not the locale variant) so every machine folds the same way.
 * Apostrophes and hyphens inside a word are kept ("don't", "self-care"); other punctuation goes.
 * Every script's letters and marks stay as typed (Spanish accents, Arabic vowel marks); the
 * joiners that Persian and Urdu write inside words (ZWNJ, ZWJ) stay too, and the Arabic
 * stretching stroke (tatweel), which only lengthens a line, goes: "ثقــة" counts as "ثقة".
 */
/** Zero-width non-joiner and joiner. */
const JOINERS = ['\u200c', '\u200d'];

export function normaliseWord(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\u0640/g, '')
    .replace(/[^\p{L}\p{N}\p{M}'\-\s]/gu, (c) => (JOINERS.includes(c) ? c : ' '))
    .split(/\s+/)
    .map((token) => token.replace(/^(?:['-]|\u200c|\u200d)+|(?:['-]|\u200c|\u200d)+$/g, ''))
    .filter((token) => token.length > 0)
    .join(' ');
}
