import { assertNever } from '../../../shared/assert-never.js';
import type { PublicExerciseStep } from '../../common/public-step-types.js';
import type { Draft } from './drafts.js';
import { ChoiceInput } from './choice-input.js';
import { OpenInput } from './open-input.js';
import { RankInput } from './rank-input.js';
import { ScaleInput } from './scale-input.js';
import { SliderInput } from './slider-input.js';
import { SortInput } from './sort-input.js';
import { WordsInput } from './words-input.js';
import { WorksheetInput } from './worksheet-input.js';

/** Picks the input for the step's kind; step and draft always share a kind. */
export function ExerciseInput({
  step,
  draft,
  onChange,
  promptId,
}: {
  step: PublicExerciseStep;
  draft: Draft;
  onChange: (draft: Draft) => void;
  promptId: string;
}) {
  const props = { onChange, promptId };
  // Exhaustive over the kind: a new exercise kind does not compile until it has an input.
  switch (step.kind) {
    case 'scale':
      return draft.kind === 'scale' ? <ScaleInput step={step} draft={draft} {...props} /> : null;
    case 'choice':
      return draft.kind === 'choice' ? <ChoiceInput step={step} draft={draft} {...props} /> : null;
    case 'sort':
      return draft.kind === 'sort' ? <SortInput step={step} draft={draft} {...props} /> : null;
    case 'words':
      return draft.kind === 'words' ? <WordsInput step={step} draft={draft} {...props} /> : null;
    case 'open':
      return draft.kind === 'open' ? <OpenInput step={step} draft={draft} {...props} /> : null;
    case 'rank':
      return draft.kind === 'rank' ? <RankInput step={step} draft={draft} {...props} /> : null;
    case 'slider':
      return draft.kind === 'slider' ? <SliderInput step={step} draft={draft} {...props} /> : null;
    case 'worksheet':
      return draft.kind === 'worksheet' ? (
        <WorksheetInput step={step} draft={draft} {...props} />
      ) : null;
    default:
      return assertNever(step);
  }
}
