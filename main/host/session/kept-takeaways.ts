import type { SessionState } from '../../../shared/session/session-types.js';
import { hashToken } from './ids.js';
import { withoutNicknames } from './strip-nicknames.js';

/** How long an ended session's takeaways stay downloadable after "Done" (unless deleted sooner). */
export const TAKEAWAY_KEEP_MS = 2 * 60 * 60 * 1000;

interface Kept {
  sessionId: string;
  state: SessionState;
  /** Hashed resume token → participant id; only a phone's own token opens its takeaway. */
  tokens: ReadonlyMap<string, string>;
  fetched: Set<string>;
  expiresAt: number;
}

/**
 * Ended sessions whose phones may still fetch their private takeaway after the counselor
 * went back to the library. Held in memory only, nicknames stripped.
 */
export class KeptTakeaways {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly now: () => number) {}

  keep(sessionId: string, state: SessionState, tokens: ReadonlyMap<string, string>): void {
    this.kept.set(sessionId, {
      sessionId,
      state: withoutNicknames(state),
      tokens: new Map(tokens),
      fetched: new Set(),
      expiresAt: this.now() + TAKEAWAY_KEEP_MS,
    });
  }

  forget(sessionId: string): void {
    this.kept.delete(sessionId);
  }

  /** The kept session and participant a phone's resume token belongs to, if still kept. */
  find(resumeToken: string): { state: SessionState; participantId: string } | undefined {
    this.prune();
    const hash = hashToken(resumeToken);
    for (const entry of this.kept.values()) {
      const participantId = entry.tokens.get(hash);
      if (!participantId || entry.state.participants[participantId]?.removed) continue;
      return { state: entry.state, participantId };
    }
    return undefined;
  }

  private prune(): void {
    const now = this.now();
    for (const [id, entry] of this.kept) if (entry.expiresAt <= now) this.kept.delete(id);
  }
}
