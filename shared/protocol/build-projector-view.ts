import type { SessionState } from '../session/session-types.js';
import { publicStep } from './public-step.js';
import { answeredCount, currentStep, joinedCount, roomAggregate, timerView } from './view-parts.js';
import type { ProjectorView } from './views.js';

/** The big screen: never a name, an id, a live tally before reveal, or anything private. */
export function buildProjectorView(
  state: SessionState,
  joinUrl: string,
  now: number,
): ProjectorView {
  const view: ProjectorView = {
    title: state.template.title,
    status: state.status,
    roomCode: state.roomCode,
    joinUrl,
    joined: joinedCount(state),
    stepIndex: state.currentStep,
    stepCount: state.template.steps.length,
    answered: answeredCount(state),
  };
  const step = currentStep(state);
  if (state.status !== 'running' || !step) return view;
  const phase = state.phases[step.id] ?? 'pending';
  view.step = publicStep(step, phase);
  view.phase = phase;
  const aggregate = roomAggregate(state, step);
  if (aggregate) view.aggregate = aggregate;
  const timer = timerView(state, now);
  if (timer) view.timer = timer;
  return view;
}
