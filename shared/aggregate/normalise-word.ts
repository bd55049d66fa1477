/**
 * One spelling per word for the cloud: "Trust!", " trust " and "TRUST" count together.
 * Lowercasing uses toLowerCase (not the locale variant) so every machine folds the same way.
 * Apostrophes and hyphens inside a word are kept ("don't", "self-care"); other punctuation goes.
 */
export function normaliseWord(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}'\-\s]/gu, ' ')
    .split(/\s+/)
    .map((token) => token.replace(/^['-]+|['-]+$/g, ''))
    .filter((token) => token.length > 0)
    .join(' ');
}
