import { seededOrder } from '../aggregate/seeded-shuffle.js';
import { exportPreview } from '../privacy/export-preview.js';
import { gateAggregate } from '../privacy/privacy-gate.js';
import type { SessionState } from '../session/session-types.js';
import { isExercise } from '../template/step-schema.js';
import {
  answeredCount,
  currentStep,
  joinedCount,
  roomAggregate,
  timerView,
  unansweredCount,
} from './view-parts.js';
import type { ConsoleLiveView, LobbyPerson, ModerationItem } from './views.js';

function people(state: SessionState): LobbyPerson[] {
  if (!state.settings.namesEnabled) return [];
  return Object.values(state.participants)
    .filter((p) => !p.removed)
    .map((p) => (p.nickname === undefined ? { id: p.id } : { id: p.id, nickname: p.nickname }))
    .sort((a, b) => (a.nickname ?? '').localeCompare(b.nickname ?? ''));
}

/**
 * Opted-in free texts of the current step, by ref only. The order is a seeded hash of the ref,
 * stable as the list grows and unrelated to who answered when.
 */
function moderation(state: SessionState): ModerationItem[] {
  const step = currentStep(state);
  if (!step || step.kind !== 'open') return [];
  const decisions = state.moderation[step.id] ?? {};
  const byRef = new Map<string, ModerationItem>();
  for (const participant of Object.values(state.participants)) {
    const record = participant.answers[step.id];
    if (participant.removed || record?.answer.kind !== 'open' || !record.answer.share) continue;
    const item: ModerationItem = { ref: record.ref, text: record.answer.text };
    const decision = decisions[record.ref];
    if (decision) item.decision = decision;
    byRef.set(record.ref, item);
  }
  return seededOrder([...byRef.keys()], state.id).flatMap((ref) => byRef.get(ref) ?? []);
}

function pauseCount(state: SessionState): number {
  return state.pauseRequests.filter((id) => state.participants[id]?.removed === false).length;
}

/**
 * The counselor's console: counts, never who answered what; worksheets never appear. Without
 * the workshop, which the console holds from the session's SessionTemplate.
 */
export function buildConsoleView(
  state: SessionState,
  joinUrl: string,
  now: number,
): ConsoleLiveView {
  const step = currentStep(state);
  const view: ConsoleLiveView = {
    sessionId: state.id,
    roomCode: state.roomCode,
    joinUrl,
    status: state.status,
    locked: state.locked,
    settings: { ...state.settings },
    stepIndex: state.currentStep,
    phases: { ...state.phases },
    joined: joinedCount(state),
    people: people(state),
    answered: answeredCount(state),
    moderation: moderation(state),
    hiddenWords: step ? [...(state.hiddenWords[step.id] ?? [])] : [],
    pauseCount: pauseCount(state),
    unanswered: unansweredCount(state),
  };
  if (step && isExercise(step)) {
    const live = gateAggregate(step, state, 'console')?.aggregate;
    if (live && live.kind !== 'private') view.liveAggregate = live;
  }
  const room = roomAggregate(state, step);
  if (room) view.roomAggregate = room;
  const timer = timerView(state, now);
  if (timer) view.timer = timer;
  if (state.status === 'ended') view.exportPreview = exportPreview(state);
  return view;
}
