import { shareShown } from '../session/participant-transitions.js';
import { localizeTemplate } from '../template/localize-template.js';
import type { SessionState } from '../session/session-types.js';
import { publicStep } from './public-step.js';
import { currentStep, roomAggregate, timerView } from './view-parts.js';
import type { ParticipantView } from './views.js';

/**
 * One phone's view: the current step without answer keys until revealed, this participant's own
 * answer (worksheets included: they are theirs) and the room aggregate once revealed.
 * An unknown id gets the view of someone who has not answered anything.
 * With `language`, the workshop's texts are in it where the workshop has them: the localized
 * copy is shared by every phone in that language, and ids (hence answers and aggregates) are the
 * same in every language.
 */
export function buildParticipantView(
  state: SessionState,
  participantId: string,
  now: number,
  language?: string,
): ParticipantView {
  const me = state.participants[participantId];
  const removed = me?.removed ?? false;
  const template = localizeTemplate(state.template, language);
  const view: ParticipantView = {
    sessionId: state.id,
    title: template.title,
    status: state.status,
    // The counselor's own agreement (settings) is in their words; the workshop's is translated.
    agreement: state.settings.agreement.trim() || template.agreement,
    support: state.settings.support,
    namesEnabled: state.settings.namesEnabled,
    removed,
    stepIndex: state.currentStep,
    stepCount: state.template.steps.length,
    pauseOn: state.pauseRequests.includes(participantId),
    takeawayAvailable: state.status === 'ended' && !removed,
  };
  if (me?.nickname !== undefined) view.nickname = me.nickname;
  const step = currentStep(state);
  if (removed || state.status !== 'running' || !step) return view;

  const phase = state.phases[step.id] ?? 'pending';
  view.step = publicStep(template.steps[state.currentStep] ?? step, phase);
  view.phase = phase;
  const mine = me?.answers[step.id];
  if (mine) view.myAnswer = mine.answer;
  if (mine?.answer.kind === 'open') view.myShareShown = shareShown(state, participantId, step.id);
  const aggregate = roomAggregate(state, step);
  if (aggregate) view.aggregate = aggregate;
  const timer = timerView(state, now);
  if (timer) view.timer = timer;
  return view;
}
