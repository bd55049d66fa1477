import type { SessionState } from '../session/session-types.js';
import type { ExerciseStep } from '../template/step-schema.js';
import { aggregateStep } from './aggregate-step.js';
import type { ExportAggregate, StepAggregate, WordsAggregate } from './aggregate-types.js';
import { coarsenScale, coarsenSlider, coarsenSort } from './export-coarsen.js';
import {
  MERGE_METHOD_SENTENCE,
  MIN_PRINTED_COUNT,
  mergeSmallCells,
  wasMerged,
} from './merge-small-cells.js';

const SCALE_METHOD =
  'Ratings are grouped as disagree (1–2), neutral (3) and agree (4–5); groups with fewer than ' +
  '3 people are combined with others, and averages are left out, so no count of 1 or 2 can be ' +
  'read or worked out.';
const SLIDER_METHOD =
  'Values are grouped into ranges; ranges with fewer than 3 answers are combined with others, ' +
  'and averages are left out, so no count of 1 or 2 can be read or worked out.';
const WORDS_METHOD = 'Words written by fewer than 3 people are left out.';

function withheld(respondents: number, k: number): ExportAggregate {
  return { aggregate: { kind: 'suppressed', respondents, k }, smallCellMethod: null };
}

function safeWords(aggregate: WordsAggregate): ExportAggregate {
  const words = aggregate.words.filter((w) => w.count >= MIN_PRINTED_COUNT);
  return {
    aggregate: { ...aggregate, words },
    smallCellMethod: words.length < aggregate.words.length ? WORDS_METHOD : null,
  };
}

/**
 * An exercise as a report may print it (DESIGN.md §4.5): withheld below k_export respondents;
 * otherwise coarsened so that no count of 1 or 2 can be read or derived from the printed numbers,
 * with the method named in one sentence.
 */
export function exportAggregate(
  step: ExerciseStep,
  state: SessionState,
  kExport: number,
): ExportAggregate {
  const k = Math.max(kExport, MIN_PRINTED_COUNT);
  const aggregate: StepAggregate = aggregateStep(step, state, { purpose: 'export', k });
  if (aggregate.kind === 'private') return { aggregate, smallCellMethod: null };
  if (aggregate.kind === 'suppressed') return withheld(aggregate.respondents, k);

  switch (aggregate.kind) {
    case 'choice': {
      const counts = mergeSmallCells(aggregate.counts);
      return {
        aggregate: { ...aggregate, counts },
        smallCellMethod: wasMerged(counts) ? MERGE_METHOD_SENTENCE : null,
      };
    }
    case 'slider': {
      if (step.kind !== 'slider') break;
      return { aggregate: coarsenSlider(step, aggregate), smallCellMethod: SLIDER_METHOD };
    }
    case 'scale':
      return { aggregate: coarsenScale(aggregate), smallCellMethod: SCALE_METHOD };
    case 'sort': {
      if (step.kind !== 'sort') break;
      const coarse = coarsenSort(step, aggregate);
      const merged = coarse.items.some((item) => wasMerged(item.counts));
      return { aggregate: coarse, smallCellMethod: merged ? MERGE_METHOD_SENTENCE : null };
    }
    case 'words':
      return safeWords(aggregate);
    case 'rank':
    case 'open':
      return { aggregate, smallCellMethod: null };
  }
  return withheld(aggregate.respondents, k);
}
