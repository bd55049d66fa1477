import { aggregateStep } from '../aggregate/aggregate-step.js';
import type { Aggregate } from '../aggregate/aggregate-types.js';
import { remainingAt } from '../session/timer-transitions.js';
import type { SessionState } from '../session/session-types.js';
import { isExercise, type Step } from '../template/step-schema.js';
import type { TimerView } from './views.js';

export function currentStep(state: SessionState): Step | undefined {
  return state.template.steps[state.currentStep];
}

export function joinedCount(state: SessionState): number {
  return Object.values(state.participants).filter((p) => !p.removed).length;
}

/** How many answered the current step, passes included: a count, never who. */
export function answeredCount(state: SessionState): number {
  const step = currentStep(state);
  if (!step || !isExercise(step)) return 0;
  return Object.values(state.participants).filter((p) => !p.removed && p.answers[step.id]).length;
}

/** What the room may see: only after reveal, only with k_live respondents, never a worksheet. */
export function roomAggregate(state: SessionState, step: Step | undefined): Aggregate | undefined {
  if (!step || !isExercise(step) || state.phases[step.id] !== 'revealed') return undefined;
  const aggregate = aggregateStep(step, state, { purpose: 'room', k: state.settings.kLive });
  return aggregate.kind === 'private' ? undefined : aggregate;
}

export function timerView(state: SessionState, now: number): TimerView | undefined {
  const step = currentStep(state);
  const timer = state.timer;
  if (!step || !timer || timer.stepId !== step.id) return undefined;
  // remainingMs is given as of `now` so a phone with a wrong clock still counts down correctly.
  const view: TimerView = { ...timer, remainingMs: remainingAt(timer, now), serverNow: now };
  if (timer.runningSince !== undefined) view.runningSince = now;
  return view;
}
