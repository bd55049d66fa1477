import { fail, type Reply } from '../../../shared/protocol/errors.js';
import { applySessionAction, cloneForOwnership } from '../../../shared/session/reduce-session.js';
import type { SessionAction, SessionState } from '../../../shared/session/session-types.js';
import { revisionOf } from '../../../shared/session/state-revision.js';
import type { SessionJournal } from '../journal/journal-store.js';

export const STORAGE_UNAVAILABLE_MESSAGE =
  'Your answer could not be saved on the laptop right now. Please try again in a moment.';

/** Seats an action gives back: the people it removes who were still in. */
function seatsFreedBy(state: SessionState, action: SessionAction): number {
  const stillIn = (id: string) => state.participants[id]?.removed === false;
  if (action.type === 'remove') return stillIn(action.participantId) ? 1 : 0;
  if (action.type === 'removeMany') return new Set(action.participantIds.filter(stillIn)).size;
  return 0;
}

function seatsTaken(state: SessionState): number {
  return Object.values(state.participants).filter((p) => !p.removed).length;
}

/** An action applied to the speculative state whose journal record is not yet on disk. */
interface PendingAction {
  action: SessionAction;
}

/**
 * The one session that is open. Actions are applied at once to the speculative state (so the
 * next one is checked against them), written to the journal, and count only once the journal
 * says they are on disk: then the same action is applied to `committed`, which is what anyone
 * gets to see. If the disk refuses, the speculative state is rebuilt from `committed` and the
 * refused actions are answered with STORAGE_UNAVAILABLE.
 *
 * Both states are changed in place (O(1) per action however many people joined), so each owns
 * its participants map and no one outside may keep a reference across an await expecting it to
 * stay as it was: take a copy (e.g. withoutNicknames) for anything asynchronous.
 */
export class LiveSession {
  private speculative: SessionState;
  private readonly durable: SessionState;
  /** In journal order; the journal commits in that order too. */
  private pending: PendingAction[] = [];
  /** Participants still in (not removed) in the speculative state: removed seats are free again. */
  private seats: number;
  /** SHA-256 of each resume token → participant id. */
  readonly tokens: Map<string, string>;
  onStorageFailure: ((error: Error) => void) | undefined;

  constructor(
    state: SessionState,
    tokens: Map<string, string>,
    readonly journal: SessionJournal,
    public joinUrl: string,
  ) {
    this.durable = cloneForOwnership(state);
    this.speculative = cloneForOwnership(state);
    this.seats = seatsTaken(state);
    this.tokens = tokens;
    // Compaction writes what is on disk, never the speculative state.
    journal.snapshotSource = () => ({ state: this.durable, tokens: this.tokens });
    journal.writer.onFailure = (error) => {
      // The writer refuses every record still waiting along with the failed batch.
      this.pending = [];
      this.rebuildSpeculative();
      this.onStorageFailure?.(error);
    };
  }

  get id(): string {
    return this.durable.id;
  }

  /** What is on disk: the only state views and exports are built from. */
  get committed(): SessionState {
    return this.durable;
  }

  /** Includes actions still on their way to disk: what the next action is checked against. */
  get current(): SessionState {
    return this.speculative;
  }

  /** How many are in the room (removed people not counted), pending joins included; O(1), for the room cap. */
  get participantCount(): number {
    return this.seats;
  }

  async apply(action: SessionAction, tokenHash?: string): Promise<Reply<{ state: SessionState }>> {
    const before = revisionOf(this.speculative);
    const newcomer = action.type === 'join' && !this.speculative.participants[action.participantId];
    const freed = seatsFreedBy(this.speculative, action);
    const error = applySessionAction(this.speculative, action);
    if (error) return { ok: false, error };
    if (revisionOf(this.speculative) === before) return { ok: true, state: this.durable };
    this.seats += (newcomer ? 1 : 0) - freed;
    const entry: PendingAction = { action };
    this.pending.push(entry);
    const stored =
      action.type === 'join'
        ? { type: 'join' as const, participantId: action.participantId }
        : action;
    try {
      await this.journal.append({ t: 'action', action: stored, tokenHash }, () =>
        this.commit(entry, tokenHash),
      );
    } catch {
      this.drop(entry);
      return fail('STORAGE_UNAVAILABLE', STORAGE_UNAVAILABLE_MESSAGE);
    }
    return { ok: true, state: this.durable };
  }

  close(): Promise<void> {
    return this.journal.close();
  }

  private commit(entry: PendingAction, tokenHash: string | undefined): void {
    if (this.pending[0] === entry) this.pending.shift();
    else this.pending = this.pending.filter((p) => p !== entry);
    // Cannot fail: it was checked against exactly this state plus the actions before it.
    applySessionAction(this.durable, entry.action);
    if (tokenHash && entry.action.type === 'join') {
      this.tokens.set(tokenHash, entry.action.participantId);
    }
  }

  /** A refused record the failure handler has not already rolled back (e.g. a closed journal). */
  private drop(entry: PendingAction): void {
    if (!this.pending.includes(entry)) return;
    this.pending = this.pending.filter((p) => p !== entry);
    this.rebuildSpeculative();
  }

  private rebuildSpeculative(): void {
    const rebuilt = cloneForOwnership(this.durable);
    this.pending = this.pending.filter((p) => applySessionAction(rebuilt, p.action) === null);
    this.speculative = rebuilt;
    this.seats = seatsTaken(rebuilt);
  }
}
