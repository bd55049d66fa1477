import type { StepKind } from './step-schema.js';

/**
 * Which steps take answers, in a module without zod (the type import is erased), so the phone,
 * console and projector can ask without bundling the template schema.
 */
export const exerciseKinds = [
  'scale',
  'choice',
  'sort',
  'words',
  'open',
  'rank',
  'slider',
  'worksheet',
] as const satisfies readonly StepKind[];

export const stepKinds = ['info', 'timer', ...exerciseKinds] as const satisfies readonly StepKind[];

/** Works on full steps and on redacted ones (PublicStep) alike. */
export function isExercise<S extends { kind: StepKind }>(
  step: S,
): step is Exclude<S, { kind: 'info' | 'timer' }> {
  return step.kind !== 'info' && step.kind !== 'timer';
}
