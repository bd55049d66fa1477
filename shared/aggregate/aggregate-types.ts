/** Anonymized per-exercise summaries. No type here can carry a participant id or nickname. */

export interface Count {
  /** Option, category, statement or item id; or the word itself for words. */
  key: string;
  count: number;
}

export interface Suppressed {
  kind: 'suppressed';
  respondents: number;
  /** The threshold that was not met. */
  k: number;
}

export interface ChoiceAggregate {
  kind: 'choice';
  respondents: number;
  counts: Count[];
  correct?: string[];
}

export interface ScaleStatementAggregate {
  statementId: string;
  /** Counts for ratings 1..5, index 0 = rating 1. */
  distribution: number[];
  mean: number | null;
}

export interface ScaleThemeAggregate {
  themeId: string;
  distribution: number[];
  mean: number | null;
  statements: ScaleStatementAggregate[];
}

export interface ScaleAggregate {
  kind: 'scale';
  respondents: number;
  themes: ScaleThemeAggregate[];
}

export interface SortItemAggregate {
  itemId: string;
  /** Share of people who placed it where the answer key puts it, 0..1. */
  correctShare: number;
  counts: Count[];
  placed: number;
}

export interface SortAggregate {
  kind: 'sort';
  respondents: number;
  items: SortItemAggregate[];
}

export interface WordsAggregate {
  kind: 'words';
  respondents: number;
  /** Most frequent first; hidden and filtered words removed. */
  words: Count[];
}

export interface OpenAggregate {
  kind: 'open';
  respondents: number;
  /** Approved, opted-in texts only, in shuffled order. */
  texts: string[];
}

export interface RankAggregate {
  kind: 'rank';
  respondents: number;
  /** Sorted by averagePosition, 1 = most important. */
  items: { itemId: string; averagePosition: number }[];
}

export interface SliderAggregate {
  kind: 'slider';
  respondents: number;
  distribution: Count[];
  mean: number | null;
  median: number | null;
}

export type ExerciseAggregate =
  | ChoiceAggregate
  | ScaleAggregate
  | SortAggregate
  | WordsAggregate
  | OpenAggregate
  | RankAggregate
  | SliderAggregate;

export type Aggregate = ExerciseAggregate | Suppressed;

/**
 * Export aggregates additionally name how small cells were handled (DESIGN.md §4.5):
 * counts are never 1 or 2 and cannot be derived from the numbers printed.
 */
export interface ExportAggregate {
  aggregate: Aggregate;
  smallCellMethod: string | null;
}
