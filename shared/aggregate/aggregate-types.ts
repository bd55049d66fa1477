/** Anonymized per-exercise summaries. No type here can carry a participant id or nickname. */
import type { SmallCellMethod } from './small-cell-method.js';

export interface Count {
  /** Option, category, statement or item id; or the word itself for words. */
  key: string;
  count: number;
  /**
   * Exports only: the keys this cell combines because some of them were too small to print
   * on their own (DESIGN.md §4.5). `key` is then the members joined with "+".
   */
  members?: string[];
}

export interface Suppressed {
  kind: 'suppressed';
  respondents: number;
  /** The threshold that was not met. */
  k: number;
  /**
   * Console only: the split waits until responses are closed, whatever the count, because the
   * counselor sees who is in the room (names on) and could match a tap to a bar (issue 13).
   */
  until?: 'closed';
}

export interface ChoiceAggregate {
  kind: 'choice';
  respondents: number;
  counts: Count[];
  correct?: string[];
  /**
   * Exports and the room, when every option had to be combined: the options more than half of
   * the group chose (at most one unless several picks were allowed). "More than half" pins no
   * count, so a small group still learns something (issue 13).
   */
  mostChose?: string[];
}

export interface ScaleStatementAggregate {
  statementId: string;
  /** Counts for ratings 1..5, index 0 = rating 1. Empty in exports, which use `bands`. */
  distribution: number[];
  /** Null in exports: with small groups a mean can give single ratings away. */
  mean: number | null;
  /**
   * Exports only: coarse bands over the exercise's respondents, keys from SCALE_BANDS
   * ('disagree' = 1–2, 'neutral' = 3, 'agree' = 4–5, 'skipped'), small cells merged.
   */
  bands?: Count[];
}

export interface ScaleThemeAggregate {
  themeId: string;
  /** Counts of all ratings in the theme, 1..5. Empty in exports (see ScaleStatementAggregate). */
  distribution: number[];
  mean: number | null;
  statements: ScaleStatementAggregate[];
  /**
   * Exports only: how many people's ratings in this theme lean each way (keys from LEAN_BANDS),
   * small cells merged. A theme says something true about a small group where single
   * statements would have to be withheld (issue 13).
   */
  leanBands?: Count[];
}

/** A person's lean in a theme: the mean of their ratings there (≤ 2.5, between, ≥ 3.5). */
export const LEAN_BANDS = ['disagree', 'mixed', 'agree', 'skipped'] as const;

export const SCALE_BANDS = ['disagree', 'neutral', 'agree', 'skipped'] as const;

export interface ScaleAggregate {
  kind: 'scale';
  respondents: number;
  themes: ScaleThemeAggregate[];
}

export interface SortItemAggregate {
  itemId: string;
  /** Share of people who placed it where the answer key puts it, 0..1. */
  correctShare: number;
  /**
   * Exports only: true when the answer-key category had to be merged with another cell, so
   * printing a share would reveal a small count. correctShare is then 0 and must not be printed.
   */
  correctShareWithheld?: boolean;
  /**
   * Exports only, with correctShareWithheld: whether more than half placed it where the key
   * does. "Most of the group" pins no count, so a small group still learns something (issue 13).
   */
  mostMatchKey?: boolean;
  /** Per category id. Exports add an "unplaced" cell and merge small cells. */
  counts: Count[];
  /** People who placed this item (in exports: all respondents, "unplaced" being a cell). */
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
  /** Most frequent first; hidden and filtered words removed. Empty in exports (see topWords). */
  words: Count[];
  /**
   * Exports only: words given by at least two people, most frequent first, without counts, so
   * a small group's cloud still says something and no count can be read (issue 13).
   */
  topWords?: string[];
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
  /** Live/room: one cell per possible value (key = the value). Exports: ranges such as "0–2". */
  distribution: Count[];
  /** Null in exports: with small groups they can give single answers away. */
  mean: number | null;
  median: number | null;
  /**
   * Exports only, when every range had to be combined: the one of three ranges (e.g. "7–10")
   * that more than half of the group chose, if any. "Most of the group" pins no count (issue 13).
   */
  mostIn?: string;
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

/** Worksheet answers are never aggregated (DESIGN.md §4.6); this says so instead of a summary. */
export interface PrivateAggregate {
  kind: 'private';
}

export type StepAggregate = Aggregate | PrivateAggregate;

/**
 * Export aggregates additionally name how small cells were handled (DESIGN.md §4.5):
 * counts are never 1 or 2 and cannot be derived from the numbers printed.
 */
export interface ExportAggregate {
  aggregate: StepAggregate;
  /** How small numbers were grouped, as a code each surface words; null when nothing was. */
  smallCellMethod: SmallCellMethod | null;
}
