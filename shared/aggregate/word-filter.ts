import { foldForFilter } from './fold-confusables.js';

/**
 * Built-in filter for the word cloud (DESIGN.md §4.6): common English profanity and slurs.
 * Stored ROT13-encoded so the source does not read as a list of insults; decoded once on load.
 * Short on purpose: the counselor can hide any other word by hand.
 */
const ENCODED = [
  'shpx', 'shpxvat', 'shpxre', 'zbgureshpxre', 'fuvg', 'ohyyfuvg', 'ovgpu', 'onfgneq',
  'phag', 'qvpx', 'pbpx', 'chffl', 'nffubyr', 'nefrubyr', 'juber', 'fyhg', 'jnaxre', 'gjng',
  'snttbg', 'snt', 'avttre', 'avttn', 'ergneq', 'ergneqrq', 'fcnfgvp', 'genaal', 'qlxr',
  'xvxr', 'puvax', 'fcvp', 'cnxv', 'jrgonpx', 'tbbx',
]; // prettier-ignore

function rot13(text: string): string {
  return text.replace(/[a-z]/g, (c) =>
    String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97),
  );
}

const BLOCKED = new Set(ENCODED.map((word) => foldForFilter(rot13(word))));

function isBlockedToken(token: string): boolean {
  const bare = token.replace(/'s$/, '');
  return (
    BLOCKED.has(bare) ||
    (bare.endsWith('s') && BLOCKED.has(bare.slice(0, -1))) ||
    (bare.endsWith('es') && BLOCKED.has(bare.slice(0, -2)))
  );
}

/**
 * True when any word of an entry is on the built-in list, however it is disguised. Pass the
 * text as typed: normalising for the cloud first would turn "$" or a zero-width space into a
 * word break and hide the word from the filter.
 */
export function isFilteredWord(entry: string): boolean {
  return foldForFilter(entry)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .some(isBlockedToken);
}
