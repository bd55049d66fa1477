import type { PublicStep } from '../../shared/protocol/views.js';
import type { PublicExerciseStep } from '../common/public-step-types.js';

/** Same rule as isExercise in shared/template/step-schema.ts, without loading zod. */
export function isExerciseStep(step: PublicStep): step is PublicExerciseStep {
  return step.kind !== 'info' && step.kind !== 'timer';
}
