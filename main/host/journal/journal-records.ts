import type { SessionAction, SessionState } from '../../../shared/session/session-types.js';

/** Stored in the clear at the start of a journal, so retention works without decrypting. */
export interface JournalHeader {
  /** 1: the first format, still read (never written); 2: framed, sequenced records. */
  v: 1 | 2;
  sessionId: string;
  createdAt: number;
  /** The session's data key, sealed with the master key (base64). */
  wrappedKey: string;
  /** v2: the sequence number of this file's first record (files restart at each snapshot). */
  firstSeq?: number;
}

/** Everything after the header is one of these, sealed with the session's data key. */
export type JournalRecord = (
  | /** The session as created; nicknames are never part of it. */
    { t: 'init'; state: SessionState }
    /** A state change. A join carries the SHA-256 of the phone's resume token, never the token. */
  | { t: 'action'; action: SessionAction; tokenHash?: string }
  /** The whole session as of this record: a new file starts with it (compaction). */
  | { t: 'snapshot'; state: SessionState; tokens: [tokenHash: string, participantId: string][] }
) & {
  /** When it was written (ms); lets the console say when lost records were from. v2 only. */
  at?: number;
};
