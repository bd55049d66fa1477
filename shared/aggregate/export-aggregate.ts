import type { SessionState } from '../session/session-types.js';
import type { ExerciseStep } from '../template/step-schema.js';
import { aggregateStep } from './aggregate-step.js';
import type {
  ChoiceAggregate,
  ExportAggregate,
  StepAggregate,
  WordsAggregate,
} from './aggregate-types.js';
import { coarsenScale, coarsenSlider, coarsenSort } from './export-coarsen.js';
import { countedAnswers } from './step-answers.js';
import type { SmallCellMethod } from './small-cell-method.js';
import { MIN_PRINTED_COUNT, mergeSmallCells, wasMerged } from './merge-small-cells.js';

const TOP_WORDS = 12;
/** A word needs this many people to be listed without counts. */
const MIN_TOP_WORD = 2;
const method = (code: SmallCellMethod['code'], min = MIN_PRINTED_COUNT): SmallCellMethod => ({
  code,
  min,
});
/** Fewer words than this with counts says little; the ranked list says more. */
const MIN_COUNTED_WORDS = 5;

function withheld(respondents: number, k: number): ExportAggregate {
  return { aggregate: { kind: 'suppressed', respondents, k }, smallCellMethod: null };
}

/**
 * A cloud with counts when enough words were given by 3 or more people (larger groups);
 * otherwise a ranked list without counts (issue 13), so a small group's cloud still says
 * something. Either way no count of 1 or 2 can be read or derived.
 */
function safeWords(aggregate: WordsAggregate): ExportAggregate {
  const counted = aggregate.words.filter((w) => w.count >= MIN_PRINTED_COUNT);
  if (counted.length >= MIN_COUNTED_WORDS) {
    return {
      aggregate: { ...aggregate, words: counted },
      smallCellMethod: counted.length < aggregate.words.length ? method('countedWords') : null,
    };
  }
  const topWords = aggregate.words
    .filter((w) => w.count >= MIN_TOP_WORD)
    .slice(0, TOP_WORDS)
    .map((w) => w.key);
  return {
    aggregate: { ...aggregate, words: [], topWords },
    smallCellMethod: method('topWords', MIN_TOP_WORD),
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
      const { respondents } = aggregate;
      const multiple = step.kind === 'choice' && step.multiple;
      // With several picks allowed, "respondents − count" is the number who did not pick it.
      const nearAll = (count: number) => respondents - count > 0 && respondents - count < 3;
      const counts = mergeSmallCells(aggregate.counts, {
        small: (cell) => cell.count < MIN_PRINTED_COUNT || (multiple && nearAll(cell.count)),
      });
      const coarse: ChoiceAggregate = { ...aggregate, counts };
      const most = aggregate.counts.filter((cell) => cell.count * 2 > respondents);
      if (most.length > 0 && counts.length === 1 && wasMerged(counts))
        coarse.mostChose = most.map((cell) => cell.key);
      return {
        aggregate: coarse,
        smallCellMethod: wasMerged(counts) ? method('merged') : null,
      };
    }
    case 'slider': {
      if (step.kind !== 'slider') break;
      return { aggregate: coarsenSlider(step, aggregate), smallCellMethod: method('slider') };
    }
    case 'scale': {
      if (step.kind !== 'scale') break;
      const answers = countedAnswers(state, step.id, 'scale');
      return {
        aggregate: coarsenScale(step, aggregate, answers),
        smallCellMethod: method('scale'),
      };
    }
    case 'sort': {
      if (step.kind !== 'sort') break;
      const coarse = coarsenSort(step, aggregate);
      const merged = coarse.items.some((item) => wasMerged(item.counts));
      return { aggregate: coarse, smallCellMethod: merged ? method('merged') : null };
    }
    case 'words':
      return safeWords(aggregate);
    case 'rank':
    case 'open':
      return { aggregate, smallCellMethod: null };
  }
  return withheld(aggregate.respondents, k);
}
