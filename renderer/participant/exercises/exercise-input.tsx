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
  if (step.kind === 'scale' && draft.kind === 'scale')
    return <ScaleInput step={step} draft={draft} {...props} />;
  if (step.kind === 'choice' && draft.kind === 'choice')
    return <ChoiceInput step={step} draft={draft} {...props} />;
  if (step.kind === 'sort' && draft.kind === 'sort')
    return <SortInput step={step} draft={draft} {...props} />;
  if (step.kind === 'words' && draft.kind === 'words')
    return <WordsInput step={step} draft={draft} {...props} />;
  if (step.kind === 'open' && draft.kind === 'open')
    return <OpenInput step={step} draft={draft} {...props} />;
  if (step.kind === 'rank' && draft.kind === 'rank')
    return <RankInput step={step} draft={draft} {...props} />;
  if (step.kind === 'slider' && draft.kind === 'slider')
    return <SliderInput step={step} draft={draft} {...props} />;
  if (step.kind === 'worksheet' && draft.kind === 'worksheet')
    return <WorksheetInput step={step} draft={draft} {...props} />;
  return null;
}

export interface InputProps<S, D> {
  step: S;
  draft: D;
  onChange: (draft: D) => void;
  promptId: string;
}
