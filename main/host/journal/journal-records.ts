import type { SessionAction, SessionState } from '../../../shared/session/session-types.js';

/** Stored in the clear at the start of a journal, so retention works without decrypting. */
export interface JournalHeader {
  v: 1;
  sessionId: string;
  createdAt: number;
  /** The session's data key, sealed with the master key (base64). */
  wrappedKey: string;
}

/** Everything after the header is one of these, sealed with the session's data key. */
export type JournalRecord =
  /** The session as created; nicknames are never part of it. */
  | { t: 'init'; state: SessionState }
  /** A state change. A join carries the SHA-256 of the phone's resume token, never the token. */
  | { t: 'action'; action: SessionAction; tokenHash?: string };
