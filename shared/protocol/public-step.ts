import type { StepPhase } from '../session/session-types.js';
import type { Step } from '../template/step-schema.js';
import type { PublicStep } from './views.js';

/**
 * What phones and the projector may see of a step: never the facilitator notes, and the
 * answer key (sort categories and explanations, correct options, explanation) only once revealed.
 */
export function publicStep(step: Step, phase: StepPhase): PublicStep {
  const { facilitatorNotes: _notes, ...shown } = step;
  if (phase === 'revealed') return shown;
  switch (shown.kind) {
    case 'choice': {
      const { correct: _correct, explanation: _explanation, ...rest } = shown;
      return rest;
    }
    case 'sort':
      return {
        ...shown,
        items: shown.items.map(
          ({ category: _category, explanation: _explanation, ...item }) => item,
        ),
      };
    default:
      return shown;
  }
}
