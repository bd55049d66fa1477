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
  | { kind: 'sessionNotSaved' };

export type RefusalReasonKind = RefusalReason['kind'];
