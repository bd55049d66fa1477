import type { AnswerOf } from '../session/answer-schema.js';
import type { Count, WordsAggregate } from './aggregate-types.js';
import { normaliseWord } from './normalise-word.js';
import { isFilteredWord } from './word-filter.js';

/**
 * A person's distinct cloud words, filtered and normalised. While the room answers, the console's
 * live cloud reads every answer again several times a second; answers never change once given,
 * so each is folded once.
 */
const cloudWordsByAnswer = new WeakMap<AnswerOf<'words'>, readonly string[]>();

function cloudWordsOf(answer: AnswerOf<'words'>): readonly string[] {
  let words = cloudWordsByAnswer.get(answer);
  if (!words) {
    // The filter reads the word as typed, before normalising turns disguises into spaces.
    const own = answer.words.filter((raw) => !isFilteredWord(raw)).map(normaliseWord);
    words = [...new Set(own)].filter((word) => word.length > 0);
    cloudWordsByAnswer.set(answer, words);
  }
  return words;
}

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
    for (const word of cloudWordsOf(answer)) {
      if (hidden.has(word)) continue;
      frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
    }
  }
  const words: Count[] = [...frequencies]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { kind: 'words', respondents: answers.length, words };
}
