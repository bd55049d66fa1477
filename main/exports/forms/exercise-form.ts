import { assertNever } from '../../../shared/assert-never.js';
import type { Answer } from '../../../shared/session/answer-schema.js';
import type { ExerciseStep } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { drawChoiceForm } from './choice-form.js';
import { drawOpenForm } from './open-form.js';
import { drawRankForm } from './rank-form.js';
import { drawScaleForm } from './scale-form.js';
import { drawSliderForm } from './slider-form.js';
import { drawSortForm } from './sort-form.js';
import { drawWordsForm } from './words-form.js';
import { drawWorksheetForm } from './worksheet-form.js';

/**
 * The printable form of an exercise; with `answer` it is filled in as the participant answered
 * (takeaway), with `showKey` the correct options are ticked (facilitator guide).
 */
export function drawExerciseForm(
  flow: Flow,
  step: ExerciseStep,
  answer?: Answer,
  showKey = false,
): void {
  const own = answer && answer.kind === step.kind ? answer : undefined;
  switch (step.kind) {
    case 'scale':
      return drawScaleForm(flow, step, own?.kind === 'scale' ? own : undefined);
    case 'choice':
      return drawChoiceForm(flow, step, own?.kind === 'choice' ? own : undefined, showKey);
    case 'sort':
      return drawSortForm(flow, step, own?.kind === 'sort' ? own : undefined);
    case 'words':
      return drawWordsForm(flow, step, own?.kind === 'words' ? own : undefined);
    case 'open':
      return drawOpenForm(flow, step, own?.kind === 'open' ? own : undefined);
    case 'rank':
      return drawRankForm(flow, step, own?.kind === 'rank' ? own : undefined);
    case 'slider':
      return drawSliderForm(flow, step, own?.kind === 'slider' ? own : undefined);
    case 'worksheet':
      return drawWorksheetForm(flow, step, own?.kind === 'worksheet' ? own : undefined);
    default:
      return assertNever(step);
  }
}
