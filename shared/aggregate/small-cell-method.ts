/**
 * How an export grouped small numbers (DESIGN.md §4.5), as a code with its numbers: the privacy
 * gate decides, and each surface (PDF, console, CSV) words it from its own catalog, in its
 * reader's language.
 */
export type SmallCellCode = 'merged' | 'scale' | 'slider' | 'topWords' | 'countedWords';

export interface SmallCellMethod {
  code: SmallCellCode;
  /** The smallest group printed (3), or for top words the fewest people a word needs (2). */
  min: number;
}

/**
 * The English sentence, ICU-free: for the CSV's note column when no catalog is given and for
 * tests. The PDF and console catalogs carry the same sentences under `smallCell.<code>`.
 */
export const SMALL_CELL_SENTENCES: Record<SmallCellCode, (min: number) => string> = {
  merged: (min) =>
    `Answers given by fewer than ${min} people are combined into one group, which takes in the ` +
    'next-smallest answers where needed, so no count of 1 or 2 can be read or worked out.',
  scale: (min) =>
    "Each theme shows where each person's ratings lean on average (towards the low end, in " +
    'between, or towards the high end); statements show ratings grouped as 1–2, 3 and 4–5. ' +
    `Groups with fewer than ${min} people are combined with others, statements whose groups ` +
    'would all be combined are left out, and averages are left out, so no count of 1 or 2 can ' +
    'be read or worked out.',
  slider: (min) =>
    'Values are grouped into ranges (three wider ones when five would leave small groups); ' +
    `ranges with fewer than ${min} answers are combined with others, and averages are left out, ` +
    'so no count of 1 or 2 can be read or worked out.',
  topWords: (min) =>
    `Only words given by at least ${min} people are listed, most frequent first, without counts.`,
  countedWords: (min) => `Words written by fewer than ${min} people are left out.`,
};

export function smallCellSentence(method: SmallCellMethod): string {
  return SMALL_CELL_SENTENCES[method.code](method.min);
}
