import { accept, refuse } from './session-error.js';
import { currentStepOf } from './step-transitions.js';
import type { Plan } from './session-patch.js';
import type { SessionState, TimerState } from './session-types.js';

export type TimerCommand = 'start' | 'pause' | 'reset';

/** Time left at `now`, never below zero. */
export function remainingAt(timer: TimerState, now: number): number {
  if (timer.runningSince === undefined) return timer.remainingMs;
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.runningSince));
}

function next(timer: TimerState, command: TimerCommand, now: number): TimerState {
  const { runningSince: _since, ...stopped } = timer;
  switch (command) {
    case 'start': {
      if (timer.runningSince !== undefined) return timer;
      // A finished countdown starts over rather than "running" at zero.
      const remainingMs = timer.remainingMs > 0 ? timer.remainingMs : timer.durationMs;
      return { ...stopped, remainingMs, runningSince: now };
    }
    case 'pause':
      return { ...stopped, remainingMs: remainingAt(timer, now) };
    case 'reset':
      return { ...stopped, remainingMs: timer.durationMs };
  }
}

export interface ExerciseTimerOptions {
  /** The countdown's length on an exercise step (a timer step has its own). */
  seconds?: number | undefined;
  closesResponses?: boolean | undefined;
}

/**
 * Start, pause or reset the countdown of the current step: a timer step's own, or one the
 * counselor runs on an exercise, which can close responses when it reaches zero.
 */
export function timer(
  state: SessionState,
  command: TimerCommand,
  now: number,
  options: ExerciseTimerOptions = {},
): Plan {
  if (state.status === 'lobby') return refuse('NOT_RUNNING', 'Start the session first.');
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  const step = currentStepOf(state);
  if (!step || step.kind === 'info') {
    return refuse('ILLEGAL_TRANSITION', 'The current step has no timer.');
  }
  const seconds =
    step.kind === 'timer' ? step.seconds : (options.seconds ?? Math.round(step.minutes * 60));
  const fresh: TimerState = {
    stepId: step.id,
    durationMs: seconds * 1000,
    remainingMs: seconds * 1000,
  };
  // A new length applies to a countdown not yet started or already run out, never mid-way.
  const same = state.timer?.stepId === step.id ? state.timer : undefined;
  const untouched =
    same !== undefined &&
    same.runningSince === undefined &&
    (same.remainingMs === same.durationMs || same.remainingMs === 0);
  const current =
    same && !(untouched && step.kind !== 'timer' && options.seconds !== undefined) ? same : fresh;
  const updated = next(current, command, now);
  if (step.kind !== 'timer' && options.closesResponses !== undefined)
    return accept({ timer: { ...updated, closesResponses: options.closesResponses } });
  return accept({ timer: updated });
}

/** True when the current step's countdown has run out and should now close its responses. */
export function timerShouldClose(state: SessionState, now: number): boolean {
  const step = currentStepOf(state);
  const t = state.timer;
  if (state.status !== 'running' || !step || !t || t.stepId !== step.id) return false;
  if (!t.closesResponses || t.runningSince === undefined) return false;
  return state.phases[step.id] === 'open' && remainingAt(t, now) === 0;
}
