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
import {
  MERGE_METHOD_SENTENCE,
  MIN_PRINTED_COUNT,
  mergeSmallCells,
  wasMerged,
} from './merge-small-cells.js';

const SCALE_METHOD =
  "Each theme shows where each person's ratings lean on average (towards the low end, in " +
  'between, or towards the high end); statements show ratings grouped as 1–2, 3 and 4–5. Groups with fewer than 3 people are ' +
  'combined with others, statements whose groups would all be combined are left out, and ' +
  'averages are left out, so no count of 1 or 2 can be read or worked out.';
const SLIDER_METHOD =
  'Values are grouped into ranges (three wider ones when five would leave small groups); ' +
  'ranges with fewer than 3 answers are combined with others, and averages are left out, so ' +
  'no count of 1 or 2 can be read or worked out.';
const WORDS_METHOD =
  'Only words given by at least 2 people are listed, most frequent first, without counts.';
const TOP_WORDS = 12;
const COUNTED_WORDS_METHOD = 'Words written by fewer than 3 people are left out.';
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
      smallCellMethod: counted.length < aggregate.words.length ? COUNTED_WORDS_METHOD : null,
    };
  }
  const topWords = aggregate.words
    .filter((w) => w.count >= 2)
    .slice(0, TOP_WORDS)
    .map((w) => w.key);
  return { aggregate: { ...aggregate, words: [], topWords }, smallCellMethod: WORDS_METHOD };
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
        smallCellMethod: wasMerged(counts) ? MERGE_METHOD_SENTENCE : null,
      };
    }
    case 'slider': {
      if (step.kind !== 'slider') break;
      return { aggregate: coarsenSlider(step, aggregate), smallCellMethod: SLIDER_METHOD };
    }
    case 'scale': {
      if (step.kind !== 'scale') break;
      const answers = countedAnswers(state, step.id, 'scale');
      return { aggregate: coarsenScale(step, aggregate, answers), smallCellMethod: SCALE_METHOD };
    }
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
