import type {
  ModerationDecision,
  ParticipantRecord,
  SessionError,
  SessionState,
  SessionStatus,
  StepPhase,
  TimerState,
} from './session-types.js';

/**
 * What one action changes. Every transition computes a patch; the patch is then applied either
 * to a copy (reduceSession, pure) or in place (applySessionAction, O(1) for the host's hot path).
 * Patches only ever replace whole entries, so states never share a container that is written to.
 */
export interface SessionPatch {
  status?: SessionStatus;
  locked?: boolean;
  currentStep?: number;
  endedAt?: number;
  timer?: TimerState;
  phases?: Record<string, StepPhase>;
  participant?: ParticipantRecord;
  /** Several records at once (removeMany); same rule as `participant`, whole entries only. */
  participants?: ParticipantRecord[];
  pauseRequests?: string[];
  moderation?: { stepId: string; ref: string; decision: ModerationDecision };
  hiddenWords?: { stepId: string; words: string[] };
}

export type Plan = { ok: true; patch: SessionPatch } | { ok: false; error: SessionError };

export function isEmptyPatch(patch: SessionPatch): boolean {
  return Object.keys(patch).length === 0;
}

/** A new state with the patch applied; containers the patch doesn't touch are shared. */
export function patchedCopy(state: SessionState, patch: SessionPatch): SessionState {
  const next: SessionState = { ...state };
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.locked !== undefined) next.locked = patch.locked;
  if (patch.currentStep !== undefined) next.currentStep = patch.currentStep;
  if (patch.endedAt !== undefined) next.endedAt = patch.endedAt;
  if (patch.timer !== undefined) next.timer = patch.timer;
  if (patch.phases) next.phases = { ...state.phases, ...patch.phases };
  if (patch.participant) {
    next.participants = { ...state.participants, [patch.participant.id]: patch.participant };
  }
  if (patch.participants) {
    next.participants = { ...next.participants };
    for (const record of patch.participants) next.participants[record.id] = record;
  }
  if (patch.pauseRequests) next.pauseRequests = patch.pauseRequests;
  if (patch.moderation) {
    const { stepId, ref, decision } = patch.moderation;
    next.moderation = {
      ...state.moderation,
      [stepId]: { ...state.moderation[stepId], [ref]: decision },
    };
  }
  if (patch.hiddenWords) {
    next.hiddenWords = {
      ...state.hiddenWords,
      [patch.hiddenWords.stepId]: patch.hiddenWords.words,
    };
  }
  return next;
}

/**
 * Applies the patch to `state` itself. Small containers are replaced as in patchedCopy; only
 * the participants map is written in place, which is what makes this O(1) at 2,000 people.
 * So `state.participants` must belong to this state alone (clone it once when taking ownership).
 */
export function patchInPlace(state: SessionState, patch: SessionPatch): void {
  const { participant, participants: many, ...rest } = patch;
  const { participants } = state;
  Object.assign(state, patchedCopy(state, rest));
  if (participant) participants[participant.id] = participant;
  for (const record of many ?? []) participants[record.id] = record;
}
