import type { SessionState } from '../../../shared/session/session-types.js';
import { KeptTakeaways } from './kept-takeaways.js';
import type { LiveRoom } from './live-room.js';
import type { ParticipantRequests } from './participant-requests.js';
import { withoutNicknames } from './strip-nicknames.js';

/** Whose takeaway a phone may fetch (open or recently ended session) and how many phones have theirs. */
export class SessionTakeaways {
  private readonly kept: KeptTakeaways;
  /** Participants of each session who have downloaded their takeaway (ids only, in memory). */
  private readonly fetchedTakeaways = new Map<string, Set<string>>();

  constructor(
    private readonly room: LiveRoom,
    private readonly requests: ParticipantRequests,
    now: () => number,
  ) {
    this.kept = new KeptTakeaways(now);
    room.watch({
      closing: (live) => {
        if (live.committed.status === 'ended') this.kept.keep(live.id, live.committed, live.tokens);
      },
    });
  }

  /**
   * The state and participant whose takeaway a phone's resume token opens: the open session, or
   * an ended one kept after "Done" for a while so people don't lose their private plan.
   */
  takeawayFor(resumeToken: string): { state: SessionState; participantId: string } | undefined {
    const open = this.requests.resumeParticipant(resumeToken);
    const live = this.room.live;
    if (open.ok && live) {
      return { state: withoutNicknames(live.committed), participantId: open.participantId };
    }
    return this.kept.find(resumeToken);
  }

  /** Counts a delivered takeaway so the end page can say how many phones have theirs. */
  takeawayFetched(sessionId: string, participantId: string): void {
    const set = this.fetchedTakeaways.get(sessionId) ?? new Set<string>();
    set.add(participantId);
    this.fetchedTakeaways.set(sessionId, set);
    if (this.room.live?.id === sessionId) this.room.onChange({ scope: 'console' });
  }

  takeawaysFetchedCount(sessionId: string): number {
    return this.fetchedTakeaways.get(sessionId)?.size ?? 0;
  }

  /** Drops what is held of a deleted session. */
  forget(sessionId: string): void {
    this.kept.forget(sessionId);
    this.fetchedTakeaways.delete(sessionId);
  }
}
