import { isExercise } from '../template/step-schema.js';
import { answerProblem, type Answer } from './answer-schema.js';
import { accept, refuse } from './session-error.js';
import type { Plan } from './session-patch.js';
import { phaseOf } from './step-transitions.js';
import type { ParticipantRecord, SessionState } from './session-types.js';

function cleanNickname(state: SessionState, nickname: string | undefined): string | undefined {
  if (!state.settings.namesEnabled) return undefined;
  const trimmed = nickname?.trim();
  return trimmed ? trimmed : undefined;
}

/** Joining again with a known id is a rejoin: it restores the same participant, even in a locked room. */
export function join(state: SessionState, participantId: string, nickname?: string): Plan {
  const known = state.participants[participantId];
  if (known) {
    if (known.removed) return refuse('REMOVED', 'You were removed from this session.');
    const name = cleanNickname(state, nickname);
    if (name === undefined || name === known.nickname) return accept();
    return accept({ participant: { ...known, nickname: name } });
  }
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  if (state.locked) return refuse('ROOM_LOCKED', 'The room is locked; no one new can join now.');
  const record: ParticipantRecord = { id: participantId, removed: false, answers: {} };
  const name = cleanNickname(state, nickname);
  if (name !== undefined) record.nickname = name;
  return accept({ participant: record });
}

function activeParticipant(state: SessionState, participantId: string): ParticipantRecord | Plan {
  const record = state.participants[participantId];
  if (!record) return refuse('UNKNOWN_PARTICIPANT', 'This device has not joined the session.');
  if (record.removed) return refuse('REMOVED', 'You were removed from this session.');
  return record;
}

function isRecord(value: ParticipantRecord | Plan): value is ParticipantRecord {
  return !('ok' in value);
}

/** The nickname goes too: a removed person must not linger in the counselor's list. */
function removedRecord(record: ParticipantRecord): ParticipantRecord {
  const { nickname: _dropped, ...rest } = record;
  return { ...rest, removed: true };
}

export function remove(state: SessionState, participantId: string): Plan {
  const record = state.participants[participantId];
  if (!record) return refuse('UNKNOWN_PARTICIPANT', 'No such participant in this session.');
  return accept({
    participant: removedRecord(record),
    pauseRequests: state.pauseRequests.filter((id) => id !== participantId),
  });
}

/**
 * Removes everyone listed in one step (e.g. a scripted join surge). All or nothing: one unknown
 * id refuses the whole list; people already removed are left as they are.
 */
export function removeMany(state: SessionState, participantIds: readonly string[]): Plan {
  if (participantIds.some((id) => !state.participants[id])) {
    return refuse('UNKNOWN_PARTICIPANT', 'No such participant in this session.');
  }
  const targets = new Set(participantIds.filter((id) => !state.participants[id]!.removed));
  if (targets.size === 0) return accept();
  return accept({
    participants: [...targets].map((id) => removedRecord(state.participants[id]!)),
    pauseRequests: state.pauseRequests.filter((id) => !targets.has(id)),
  });
}

export function pause(state: SessionState, participantId: string, on: boolean): Plan {
  const record = activeParticipant(state, participantId);
  if (!isRecord(record)) return record;
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  const others = state.pauseRequests.filter((id) => id !== participantId);
  if (on === state.pauseRequests.includes(participantId)) return accept();
  return accept({ pauseRequests: on ? [...others, participantId] : others });
}

export function clearPauses(state: SessionState): Plan {
  return accept(state.pauseRequests.length === 0 ? {} : { pauseRequests: [] });
}

export function answer(
  state: SessionState,
  participantId: string,
  stepId: string,
  given: Answer,
  ref: string,
): Plan {
  const record = activeParticipant(state, participantId);
  if (!isRecord(record)) return record;
  if (state.status === 'ended') return refuse('ENDED', 'This session has ended.');
  if (state.status !== 'running') return refuse('NOT_RUNNING', 'The session has not started yet.');
  const step = state.template.steps.find((s) => s.id === stepId);
  if (!step) return refuse('UNKNOWN_STEP', 'This question is not part of the workshop.');
  if (!isExercise(step)) return refuse('NOT_AN_EXERCISE', 'This step takes no answers.');
  if (phaseOf(state, stepId) !== 'open') {
    return refuse('STEP_NOT_OPEN', 'Answers to this question are closed right now.');
  }
  const problem = answerProblem(step, given);
  if (problem) return refuse('INVALID_ANSWER', `This answer can't be saved: ${problem}.`);
  return accept({
    participant: { ...record, answers: { ...record.answers, [stepId]: { answer: given, ref } } },
  });
}

/** Whether the room has already seen this participant's shared text, which makes withdrawal moot. */
export function shareShown(state: SessionState, participantId: string, stepId: string): boolean {
  const current = state.participants[participantId]?.answers[stepId];
  if (!current || current.answer.kind !== 'open' || !current.answer.share) return false;
  return (
    phaseOf(state, stepId) === 'revealed' && state.moderation[stepId]?.[current.ref] === 'approved'
  );
}

export function share(
  state: SessionState,
  participantId: string,
  stepId: string,
  on: boolean,
): Plan {
  const record = activeParticipant(state, participantId);
  if (!isRecord(record)) return record;
  const step = state.template.steps.find((s) => s.id === stepId);
  if (!step) return refuse('UNKNOWN_STEP', 'This question is not part of the workshop.');
  if (step.kind !== 'open') return refuse('NOT_AN_EXERCISE', 'Only written answers can be shared.');
  const current = record.answers[stepId];
  if (!current || current.answer.kind !== 'open') {
    return refuse('UNKNOWN_ANSWER', 'There is no written answer of yours to share.');
  }
  if (current.answer.share === on) return accept();
  if (!on && shareShown(state, participantId, stepId)) {
    return refuse('ALREADY_SHOWN', 'Your answer has already been shown to the group.');
  }
  return accept({
    participant: {
      ...record,
      answers: {
        ...record.answers,
        [stepId]: { ...current, answer: { ...current.answer, share: on } },
      },
    },
  });
}
