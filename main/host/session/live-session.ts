import { fail, type ProtocolError } from '../../../shared/protocol/errors.js';
import { reduceSession } from '../../../shared/session/reduce-session.js';
import type { SessionAction, SessionState } from '../../../shared/session/session-types.js';
import type { SessionJournal } from '../journal/journal-store.js';

export type Applied = { ok: true; state: SessionState } | { ok: false; error: ProtocolError };

export const STORAGE_UNAVAILABLE_MESSAGE =
  'Your answer could not be saved on the laptop right now. Please try again in a moment.';

/**
 * The one session that is open. Actions are reduced at once (so the next one sees them), written
 * to the journal, and count only once the journal says they are on disk: `committed` is what has
 * been made durable and is what anyone gets to see. If the disk refuses, the speculative state is
 * rolled back to `committed` and the refused actions are answered with STORAGE_UNAVAILABLE.
 */
export class LiveSession {
  private speculative: SessionState;
  private durable: SessionState;
  /** SHA-256 of each resume token → participant id. */
  readonly tokens: Map<string, string>;
  onStorageFailure: ((error: Error) => void) | undefined;

  constructor(
    state: SessionState,
    tokens: Map<string, string>,
    readonly journal: SessionJournal,
    public joinUrl: string,
  ) {
    this.speculative = state;
    this.durable = state;
    this.tokens = tokens;
    journal.writer.onFailure = (error) => {
      this.speculative = this.durable;
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

  async apply(action: SessionAction, tokenHash?: string): Promise<Applied> {
    const transition = reduceSession(this.speculative, action);
    if (!transition.ok) return transition;
    if (transition.state === this.speculative) return { ok: true, state: this.durable };
    const next = transition.state;
    this.speculative = next;
    const stored =
      action.type === 'join'
        ? { type: 'join' as const, participantId: action.participantId }
        : action;
    try {
      await this.journal.append({ t: 'action', action: stored, tokenHash }, () => {
        this.durable = next;
        if (tokenHash && action.type === 'join') this.tokens.set(tokenHash, action.participantId);
      });
    } catch {
      return fail('STORAGE_UNAVAILABLE', STORAGE_UNAVAILABLE_MESSAGE);
    }
    return { ok: true, state: this.durable };
  }

  close(): Promise<void> {
    return this.journal.close();
  }
}
