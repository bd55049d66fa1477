import { applySessionAction, cloneForOwnership } from '../../../shared/session/reduce-session.js';
import type { SessionState } from '../../../shared/session/session-types.js';
import type { JournalRecord } from '../journal/journal-records.js';

export interface ReplayedSession {
  state: SessionState;
  /** SHA-256 of each resume token → participant id. */
  tokens: Map<string, string>;
  /** Records the reducer refused on replay (should never happen; reported, not fatal). */
  skipped: number;
}

/**
 * Rebuilds a session from its journal records; undefined when the first record is neither the
 * session as created nor a snapshot of it.
 */
export function replaySession(records: JournalRecord[]): ReplayedSession | undefined {
  const [first, ...rest] = records;
  if (!first || (first.t !== 'init' && first.t !== 'snapshot')) return undefined;
  // Changed in place: replaying a 2,000-person journal stays linear, not quadratic.
  const state = first.t === 'snapshot' ? first.state : cloneForOwnership(first.state);
  const tokens = new Map<string, string>(first.t === 'snapshot' ? first.tokens : []);
  let skipped = 0;
  for (const record of rest) {
    if (record.t !== 'action') {
      skipped++;
      continue;
    }
    if (applySessionAction(state, record.action)) {
      skipped++;
      continue;
    }
    if (record.tokenHash && record.action.type === 'join') {
      tokens.set(record.tokenHash, record.action.participantId);
    }
  }
  return { state, tokens, skipped };
}
