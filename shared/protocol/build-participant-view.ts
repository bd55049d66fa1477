import { shareShown } from '../session/participant-transitions.js';
import { localizeTemplate } from '../template/localize-template.js';
import type { SessionState } from '../session/session-types.js';
import { publicStep } from './public-step.js';
import { currentStep, roomAggregate, timerView } from './view-parts.js';
import type { ParticipantView } from './views.js';

/** The fields of a phone's view that are that participant's own. */
type PersonalKey =
  'nickname' | 'removed' | 'pauseOn' | 'takeawayAvailable' | 'myAnswer' | 'myShareShown';

/** What every phone reading one language sees alike: the session, the step, the room's results. */
export type RoomViewPart = Omit<ParticipantView, PersonalKey>;

/** What only this participant sees: their own answer, their pause signal, their nickname. */
export type PersonalViewPart = Pick<ParticipantView, PersonalKey>;

/**
 * The room's part of every phone's view: the current step without answer keys until revealed and
 * the room aggregate once revealed. The same for every participant who is in the room (a removed
 * one sees no step: see buildParticipantView), so a pass over the room builds it once.
 * With `language`, the workshop's texts are in it where the workshop has them; ids (hence
 * answers and aggregates) are the same in every language.
 */
export function buildRoomViewPart(
  state: SessionState,
  now: number,
  language?: string,
): RoomViewPart {
  const template = localizeTemplate(state.template, language);
  const part: RoomViewPart = {
    sessionId: state.id,
    title: template.title,
    status: state.status,
    // The counselor's own agreement (settings) is in their words; the workshop's is translated.
    agreement: state.settings.agreement.trim() || template.agreement,
    support: state.settings.support,
    namesEnabled: state.settings.namesEnabled,
    stepIndex: state.currentStep,
    stepCount: state.template.steps.length,
  };
  const step = currentStep(state);
  if (state.status !== 'running' || !step) return part;

  const phase = state.phases[step.id] ?? 'pending';
  part.step = publicStep(template.steps[state.currentStep] ?? step, phase);
  part.phase = phase;
  const aggregate = roomAggregate(state, step);
  if (aggregate) part.aggregate = aggregate;
  const timer = timerView(state, now);
  if (timer) part.timer = timer;
  return part;
}

/**
 * One participant's own part of their view: their answer to the current step (worksheets
 * included: they are theirs), whether their shared text was shown, their pause signal.
 * An unknown id gets the part of someone who has not answered anything.
 */
export function buildPersonalViewPart(
  state: SessionState,
  participantId: string,
): PersonalViewPart {
  const me = state.participants[participantId];
  const removed = me?.removed ?? false;
  const part: PersonalViewPart = {
    removed,
    pauseOn: state.pauseRequests.includes(participantId),
    takeawayAvailable: state.status === 'ended' && !removed,
  };
  if (me?.nickname !== undefined) part.nickname = me.nickname;
  const step = currentStep(state);
  if (removed || state.status !== 'running' || !step) return part;
  const mine = me?.answers[step.id];
  if (mine) part.myAnswer = mine.answer;
  if (mine?.answer.kind === 'open') part.myShareShown = shareShown(state, participantId, step.id);
  return part;
}

/** A removed participant sees the session's frame and nothing of the room's steps. */
export function withoutRoomSteps(room: RoomViewPart): RoomViewPart {
  const { step: _step, phase: _phase, aggregate: _aggregate, timer: _timer, ...frame } = room;
  return frame;
}

/**
 * One phone's view: the room's part (buildRoomViewPart) with this participant's own
 * (buildPersonalViewPart). A removed participant gets no step.
 */
export function buildParticipantView(
  state: SessionState,
  participantId: string,
  now: number,
  language?: string,
): ParticipantView {
  const personal = buildPersonalViewPart(state, participantId);
  const room = buildRoomViewPart(state, now, language);
  return { ...(personal.removed ? withoutRoomSteps(room) : room), ...personal };
}
