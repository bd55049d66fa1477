import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { SessionAction, SessionState } from '../../../shared/session/session-types.js';
import { TokenBucket } from '../sockets/token-bucket.js';
import { hashToken, newAnswerRef, newParticipantId, newResumeToken, sameSecret } from './ids.js';
import type { LiveRoom } from './live-room.js';

/** A phone's request on the live session, after the socket layer validated its shape. */
export type ParticipantRequestAction =
  | { type: 'answer'; stepId: string; answer: Extract<SessionAction, { type: 'answer' }>['answer'] }
  | { type: 'share'; stepId: string; share: boolean }
  | { type: 'pause'; on: boolean };

/**
 * Answer changes per participant: a burst of 20, then 2 a second. Plenty for a slider dragged
 * by hand, and it keeps one client with many sockets from writing megabytes a second.
 */
const ANSWER_BURST = 20;
const ANSWERS_PER_SECOND = 2;
export const ANSWER_RATE_MESSAGE =
  'Your answer is changing faster than the laptop saves it; this change was not saved. Wait a moment, then send it again.';

const NO_SESSION = 'No session is open right now. Ask the counselor to open the room.';

export interface ParticipantRequestsDeps {
  now: () => number;
  /** Seats when the session's settings name none (sessions from before the setting). */
  roomCap: number;
}

/** What phones ask of the open session: a seat, their seat again, an answer, a share, a pause. */
export class ParticipantRequests {
  private readonly answerBuckets = new Map<string, TokenBucket>();

  constructor(
    private readonly room: LiveRoom,
    private readonly deps: ParticipantRequestsDeps,
  ) {
    room.watch({ closing: () => this.answerBuckets.clear() });
  }

  /** `knownTo`: the connection that gets the view in its reply (see SessionChange). */
  async join(
    roomCode: string,
    nickname: string | undefined,
    knownTo?: string,
  ): Promise<Reply<{ participantId: string; resumeToken: string }>> {
    const live = this.room.live;
    if (!live) return fail('NO_SESSION', NO_SESSION);
    const state = live.current;
    if (!sameSecret(roomCode, state.roomCode)) {
      return fail(
        'WRONG_CODE',
        'That room code is not right. Check the code on the screen and try again.',
      );
    }
    if (state.status === 'ended') return fail('ENDED', 'This session has ended.');
    if (state.locked) return fail('ROOM_LOCKED', 'The room is locked; no one new can join now.');
    if (live.participantCount >= (state.settings.roomCap ?? this.deps.roomCap)) {
      return fail('ROOM_FULL', 'The room is full. Please ask the counselor.');
    }
    const participantId = newParticipantId();
    const resumeToken = newResumeToken();
    const arrivedAt = this.deps.now();
    const applied = await live.apply(
      { type: 'join', participantId, nickname: nickname || undefined },
      hashToken(resumeToken),
    );
    if (!applied.ok) return applied;
    this.room.surges.noteJoin(participantId, arrivedAt);
    this.room.onChange({ scope: 'participant', participantId, knownTo });
    return { ok: true, participantId, resumeToken };
  }

  /** Finds the participant a resume token belongs to, in the open session. */
  resumeParticipant(resumeToken: string): Reply<{ participantId: string }> {
    const live = this.room.live;
    if (!live) return fail('NO_SESSION', NO_SESSION);
    const participantId = live.tokens.get(hashToken(resumeToken));
    if (!participantId) {
      return fail(
        'UNKNOWN_TOKEN',
        'This phone is not part of the open session. Join with the room code.',
      );
    }
    if (live.committed.participants[participantId]?.removed) {
      return fail('REMOVED', 'You were removed from this session.');
    }
    return { ok: true, participantId };
  }

  async participantAction(
    sessionId: string,
    participantId: string,
    request: ParticipantRequestAction,
    knownTo?: string,
  ): Promise<Reply<{ state: SessionState }>> {
    const live = this.room.live;
    if (!live || live.id !== sessionId) return fail('NO_SESSION', NO_SESSION);
    if (request.type === 'answer' && !this.answerBucket(participantId).take()) {
      return fail('RATE_LIMITED', ANSWER_RATE_MESSAGE);
    }
    const action: SessionAction =
      request.type === 'answer'
        ? { ...request, participantId, ref: newAnswerRef() }
        : { ...request, participantId };
    const applied = await live.apply(action);
    if (!applied.ok) return applied;
    const stepId = 'stepId' in request ? request.stepId : undefined;
    const revealed = stepId !== undefined && applied.state.phases[stepId] === 'revealed';
    this.room.onChange(
      revealed ? { scope: 'room' } : { scope: 'participant', participantId, knownTo },
    );
    return applied;
  }

  private answerBucket(participantId: string): TokenBucket {
    let bucket = this.answerBuckets.get(participantId);
    if (!bucket) {
      bucket = new TokenBucket(ANSWER_BURST, ANSWERS_PER_SECOND, this.deps.now);
      this.answerBuckets.set(participantId, bucket);
    }
    return bucket;
  }
}
