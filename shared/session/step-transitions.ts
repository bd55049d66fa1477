import { isExercise, type Step } from '../template/step-schema.js';
import { accept, refuse } from './session-error.js';
import type { Plan, SessionPatch } from './session-patch.js';
import type { SessionState, StepPhase, TimerState } from './session-types.js';

/** The step the session is on (undefined only for a state that points past its template). */
export function currentStepOf(state: SessionState): Step | undefined {
  return state.template.steps[state.currentStep];
}

export function phaseOf(state: SessionState, stepId: string): StepPhase {
  return state.phases[stepId] ?? 'pending';
}

/** A timer step keeps its clock while it stays current; entering another timer step starts fresh. */
function timerFor(step: Step, previous: TimerState | undefined): TimerState | undefined {
  if (step.kind !== 'timer' || previous?.stepId === step.id) return undefined;
  const durationMs = step.seconds * 1000;
  return { stepId: step.id, durationMs, remainingMs: durationMs };
}

function enterStep(state: SessionState, index: number): SessionPatch {
  const step = state.template.steps[index];
  if (!step) return {};
  const timer = timerFor(step, state.timer);
  return timer ? { currentStep: index, timer } : { currentStep: index };
}

/** Only the current step can be open; leaving it closes responses so no step stays open unseen. */
function closeCurrentIfOpen(state: SessionState): SessionPatch {
  const step = currentStepOf(state);
  if (!step || phaseOf(state, step.id) !== 'open') return {};
  return { phases: { [step.id]: 'closed' } };
}

export function start(state: SessionState): Plan {
  if (state.status === 'running')
    return refuse('ILLEGAL_TRANSITION', 'The session is already running.');
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  return accept({ status: 'running', ...enterStep(state, state.currentStep) });
}

export function goto(state: SessionState, index: number): Plan {
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  if (!Number.isInteger(index) || index < 0 || index >= state.template.steps.length) {
    return refuse('UNKNOWN_STEP', `There is no step ${index + 1} in this workshop.`);
  }
  if (index === state.currentStep) return accept();
  return accept({ ...closeCurrentIfOpen(state), ...enterStep(state, index) });
}

function exerciseGuard(state: SessionState): Plan | Step {
  if (state.status === 'lobby') return refuse('NOT_RUNNING', 'Start the session first.');
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  const step = currentStepOf(state);
  if (!step) return refuse('UNKNOWN_STEP', 'The session is not on a step of this workshop.');
  if (!isExercise(step)) {
    return refuse(
      'NOT_AN_EXERCISE',
      `"${step.title}" has no responses to open or close: it is not an exercise.`,
    );
  }
  return step;
}

function isPlan(value: Plan | Step): value is Plan {
  return 'ok' in value;
}

export function open(state: SessionState): Plan {
  const step = exerciseGuard(state);
  if (isPlan(step)) return step;
  const phase = phaseOf(state, step.id);
  if (phase === 'open') return refuse('ILLEGAL_TRANSITION', 'Responses are already open.');
  if (phase === 'revealed') {
    return refuse('ILLEGAL_TRANSITION', 'The results were already shown; responses stay closed.');
  }
  return accept({ phases: { [step.id]: 'open' } });
}

export function close(state: SessionState): Plan {
  const step = exerciseGuard(state);
  if (isPlan(step)) return step;
  if (phaseOf(state, step.id) !== 'open') {
    return refuse('ILLEGAL_TRANSITION', 'Responses are not open, so there is nothing to close.');
  }
  return accept({ phases: { [step.id]: 'closed' } });
}

export function reveal(state: SessionState): Plan {
  const step = exerciseGuard(state);
  if (isPlan(step)) return step;
  const phase = phaseOf(state, step.id);
  if (phase === 'revealed') return refuse('ILLEGAL_TRANSITION', 'The results are already shown.');
  if (phase !== 'closed') {
    return refuse('ILLEGAL_TRANSITION', 'Close responses before showing the results.');
  }
  return accept({ phases: { [step.id]: 'revealed' } });
}

export function end(state: SessionState, now: number): Plan {
  if (state.status === 'ended') return refuse('ENDED', 'This session has already ended.');
  return accept({ ...closeCurrentIfOpen(state), status: 'ended', endedAt: now });
}

export function lock(state: SessionState, locked: boolean): Plan {
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  return state.locked === locked ? accept() : accept({ locked });
}
