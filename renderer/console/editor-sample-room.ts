import { buildParticipantView } from '../../shared/protocol/build-participant-view.js';
import { buildProjectorView } from '../../shared/protocol/build-projector-view.js';
import type { ParticipantView, ProjectorView } from '../../shared/protocol/views.js';
import { createSession } from '../../shared/session/create-session.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import type {
  SessionAction,
  SessionSettings,
  SessionState,
  StepPhase,
} from '../../shared/session/session-types.js';
import { isExercise, type Step } from '../../shared/template/step-schema.js';
import type { Template } from '../../shared/template/template-schema.js';
import { sampleAnswer, type SampleTexts } from './editor-sample-answers.js';

/** How many imaginary people answer in the preview: a usual group. */
export const SAMPLE_GROUP = 12;
/** The imaginary person whose phone the preview shows. */
const ME = 'sample-0';

/** The counselor's settings the room's rules depend on: k_live, and what the phones show. */
export type SampleSettings = Pick<SessionSettings, 'kLive' | 'support' | 'agreement'>;

export interface SampleRoomOptions {
  title: string;
  phase: StepPhase;
  /** How many of the imaginary people answer (1 or more). */
  answered: number;
  settings: SampleSettings;
  texts: SampleTexts;
}

/** How many answer when the counselor asks to see a group too small to show: one short of k_live. */
export function tooFewToShow(kLive: number): number {
  return Math.max(1, kLive - 1);
}

function sessionOf(step: Step, { title, settings }: SampleRoomOptions): SessionState {
  const template: Template = {
    id: 'preview',
    title,
    summary: title,
    audience: title,
    minutes: step.minutes,
    language: 'en',
    contentNotes: [],
    agreement: title,
    credits: [],
    steps: [step],
  };
  const sessionSettings: SessionSettings = {
    ...settings,
    namesEnabled: false,
    kExport: 5,
    retentionDays: 1,
  };
  return createSession(template, sessionSettings, { id: 'sample', roomCode: 'SAMPLE', now: 0 });
}

/**
 * A session that never ran: one step, `SAMPLE_GROUP` imaginary people, and the step taken to
 * `phase` through the session's own transitions with made-up answers. What the phones and the
 * projector are then shown is built by the views the host builds, so the privacy gate decides
 * what the sample results may show (k_live, small counts combined), as it would in the room.
 */
export function sampleRoom(step: Step, options: SampleRoomOptions): SessionState {
  let state = sessionOf(step, options);
  const apply = (action: SessionAction) => {
    const next = reduceSession(state, action);
    if (next.ok) state = next.state;
  };
  apply({ type: 'start' });
  for (let p = 0; p < SAMPLE_GROUP; p++) apply({ type: 'join', participantId: `sample-${p}` });
  if (!isExercise(step) || options.phase === 'pending') return state;
  apply({ type: 'open' });
  if (options.phase === 'open') return state;
  const people = Math.min(SAMPLE_GROUP, Math.max(1, options.answered));
  for (let p = 0; p < people; p++) {
    const answer = sampleAnswer(step, p, people, options.texts);
    apply({ type: 'answer', participantId: `sample-${p}`, stepId: step.id, answer, ref: `${p}` });
    // The counselor approves every text its author offered to share.
    if (answer.kind === 'open' && answer.share) {
      apply({ type: 'moderate', stepId: step.id, ref: `${p}`, decision: 'approved' });
    }
  }
  apply({ type: 'close' });
  if (options.phase === 'revealed') apply({ type: 'reveal' });
  return state;
}

/** Where the step stands in the workshop being edited (the sample session has only this one). */
export interface StepPlace {
  index: number;
  count: number;
}

/** The preview person's phone, as the host would build it for them. */
export function samplePhoneView(state: SessionState, place: StepPlace): ParticipantView {
  return {
    ...buildParticipantView(state, ME, state.createdAt),
    stepIndex: place.index,
    stepCount: place.count,
  };
}

/** The projector, as the host would build it; no room code or join address of a real room. */
export function sampleProjectorView(state: SessionState, place: StepPlace): ProjectorView {
  return {
    ...buildProjectorView(state, '', state.createdAt),
    roomCode: '······',
    stepIndex: place.index,
    stepCount: place.count,
  };
}
