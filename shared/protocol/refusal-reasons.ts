/**
 * Why a refusal happened, beside its code: the code stays the kind of failure clients switch on
 * (NOT_FOUND, STORAGE_UNAVAILABLE, INVALID_TEMPLATE), the reason says what the counselor can do,
 * and the console words it from its catalog (`reply.reason.<kind>`). Plain constants without zod:
 * the phone loads this module through errors.ts.
 */

/** Why a stored session's file cannot be opened (the host's journal reader says which). */
export const SESSION_FILE_PROBLEMS = [
  'missing',
  'damaged',
  'other-key',
  'too-large',
  'unknown',
] as const;
export type SessionFileProblem = (typeof SESSION_FILE_PROBLEMS)[number];

export type RefusalReason =
  /** A stored session whose file cannot be opened, and why. */
  | { kind: 'sessionFile'; problem: SessionFileProblem }
  /** The disk refused: a new session's first record could not be written. */
  | { kind: 'sessionNotSaved' }
  /** An imported .circlework file that is not a workshop at all. */
  | { kind: 'bundleNotWorkshop' }
  /** An imported .circlework file made by a newer Circlework. */
  | { kind: 'bundleNewer'; fileVersion: number; readsVersion: number }
  | { kind: 'pictureTooLarge'; bytes: number; maxBytes: number }
  | { kind: 'pictureNotImage' }
  /** Shipped workshops are read-only: pictures go into the counselor's own. */
  | { kind: 'pictureNotOwnWorkshop' }
  | { kind: 'draftTooLarge'; maxBytes: number }
  /** An edited workshop's file could not be written; `detail` is the system's own words. */
  | { kind: 'workshopNotWritten'; cause: WriteFailureCause; detail: string }
  | { kind: 'shippedReadOnly' }
  /** A new workshop's file name is taken by a file the library did not load. */
  | { kind: 'fileNameTaken'; fileName: string };

/** Why a write failed, as far as the counselor can act on it. */
export type WriteFailureCause = 'diskFull' | 'readOnly' | 'other';

export type RefusalReasonKind = RefusalReason['kind'];
