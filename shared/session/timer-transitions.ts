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

export function timer(state: SessionState, command: TimerCommand, now: number): Plan {
  if (state.status === 'lobby') return refuse('NOT_RUNNING', 'Start the session first.');
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  const step = currentStepOf(state);
  if (!step || step.kind !== 'timer') {
    return refuse('ILLEGAL_TRANSITION', 'The current step has no timer.');
  }
  const current: TimerState =
    state.timer?.stepId === step.id
      ? state.timer
      : { stepId: step.id, durationMs: step.seconds * 1000, remainingMs: step.seconds * 1000 };
  return accept({ timer: next(current, command, now) });
}
