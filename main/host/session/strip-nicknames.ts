import type { SessionState } from '../../../shared/session/session-types.js';

/** Nicknames live in memory only (DESIGN.md §4.2): nothing written or exported may carry them. */
export function withoutNicknames(state: SessionState): SessionState {
  const participants: SessionState['participants'] = {};
  for (const [id, record] of Object.entries(state.participants)) {
    const { nickname: _nickname, ...rest } = record;
    participants[id] = rest;
  }
  return { ...state, participants };
}
