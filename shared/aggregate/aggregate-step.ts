import type { SessionState } from '../session/session-types.js';
import type { ExerciseStep } from '../template/step-schema.js';
import { aggregateChoice } from './aggregate-choice.js';
import { aggregateOpen } from './aggregate-open.js';
import { aggregateRank } from './aggregate-rank.js';
import { aggregateScale } from './aggregate-scale.js';
import { aggregateSlider } from './aggregate-slider.js';
import { aggregateSort } from './aggregate-sort.js';
import type { ExerciseAggregate, StepAggregate } from './aggregate-types.js';
import { aggregateWords } from './aggregate-words.js';
import { countedAnswers, countedRecords } from './step-answers.js';

export interface AggregateOptions {
  /** live: the counselor's console; room: projector and phones; export: reports. */
  purpose: 'live' | 'room' | 'export';
  /** Fewer respondents than this gives a Suppressed result (pass 0 for no threshold). */
  k: number;
}

function summarise(step: ExerciseStep, state: SessionState): ExerciseAggregate | null {
  switch (step.kind) {
    case 'choice':
      return aggregateChoice(step, countedAnswers(state, step.id, 'choice'));
    case 'scale':
      return aggregateScale(step, countedAnswers(state, step.id, 'scale'));
    case 'sort':
      return aggregateSort(step, countedAnswers(state, step.id, 'sort'));
    case 'words':
      return aggregateWords(
        countedAnswers(state, step.id, 'words'),
        state.hiddenWords[step.id] ?? [],
      );
    case 'open':
      return aggregateOpen(
        countedRecords(state, step.id),
        state.moderation[step.id] ?? {},
        `${state.id}/${step.id}`,
      );
    case 'rank':
      return aggregateRank(step, countedAnswers(state, step.id, 'rank'));
    case 'slider':
      return aggregateSlider(step, countedAnswers(state, step.id, 'slider'));
    case 'worksheet':
      return null;
  }
}

/**
 * The anonymized summary of one exercise (DESIGN.md §3, §4): passes and removed participants
 * never count; fewer than k respondents gives Suppressed; worksheets are never aggregated.
 */
export function aggregateStep(
  step: ExerciseStep,
  state: SessionState,
  { k }: AggregateOptions,
): StepAggregate {
  const aggregate = summarise(step, state);
  if (!aggregate) return { kind: 'private' };
  if (aggregate.respondents < k) {
    return { kind: 'suppressed', respondents: aggregate.respondents, k };
  }
  return aggregate;
}
