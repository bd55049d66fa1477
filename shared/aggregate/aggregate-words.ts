import type { AnswerOf } from '../session/answer-schema.js';
import type { Count, WordsAggregate } from './aggregate-types.js';
import { normaliseWord } from './normalise-word.js';
import { isFilteredWord } from './word-filter.js';

/**
 * Word frequencies for the cloud. A person counts once per word however often they typed it;
 * words the counselor hid and words on the built-in filter never appear.
 */
export function aggregateWords(
  answers: AnswerOf<'words'>[],
  hiddenWords: readonly string[],
): WordsAggregate {
  const hidden = new Set(hiddenWords);
  const frequencies = new Map<string, number>();
  for (const answer of answers) {
    // The filter reads the word as typed, before normalising turns disguises into spaces.
    const own = new Set(answer.words.filter((raw) => !isFilteredWord(raw)).map(normaliseWord));
    for (const word of own) {
      if (!word || hidden.has(word)) continue;
      frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
    }
  }
  const words: Count[] = [...frequencies]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { kind: 'words', respondents: answers.length, words };
}
