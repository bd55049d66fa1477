import type { PublicStep } from '../../shared/protocol/views.js';

/** Steps as phones and the projector receive them (no notes; answer keys only once revealed). */
export type PublicStepOf<K extends PublicStep['kind']> = Extract<PublicStep, { kind: K }>;
export type PublicExerciseStep = Exclude<PublicStep, { kind: 'info' | 'timer' }>;
