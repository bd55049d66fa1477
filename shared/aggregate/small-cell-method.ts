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
