import { z } from 'zod';
import { SESSION_FILE_PROBLEMS } from './refusal-reasons.js';

/**
 * What went wrong on the laptop that the counselor should know (a full disk, a damaged file), as
 * a code with its values: the host decides what to warn about and keeps an English line in its
 * log; the console words each warning from its catalog (`hostWarning.<code>`).
 */

/** A session's id, as in the History list. */
const sessionId = z.string().max(64);
/** The system's own words for a failure (`ENOSPC: no space left on device`), never translated. */
const detail = z.string().max(500);
/** Whether the disk was full (ENOSPC, EDQUOT), the one failure the counselor can fix at once. */
const diskFull = z.boolean();
const count = z.number().int().nonnegative();

/** One kind of loss a damaged session file caused; times are the host's clock (ms). */
export const journalLossSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('missing'),
    records: count,
    after: z.number().optional(),
    before: z.number().optional(),
  }),
  z.object({ kind: z.literal('outOfPlace'), records: count, repeated: z.boolean() }),
  /** The file's last bytes: most likely a change cut off when the laptop stopped. */
  z.object({ kind: z.literal('damagedEnd'), bytes: count, detail }),
]);

export const hostWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('sessionNotSaved'), params: z.object({ detail, diskFull }) }),
  z.object({ code: z.literal('answersNotWritten'), params: z.object({ detail, diskFull }) }),
  z.object({ code: z.literal('sessionFileDamagedAtStart'), params: z.object({ sessionId }) }),
  z.object({
    code: z.literal('sessionFileDamaged'),
    params: z.object({
      sessionId,
      losses: z.array(journalLossSchema),
      /** What was wrong with damaged bytes before the end (checksums, lengths). */
      details: z.array(detail),
      /** Where the copy of the damaged file was kept, if one was. */
      copy: z.string().optional(),
    }),
  }),
  z.object({ code: z.literal('recordsNotReplayed'), params: z.object({ sessionId, count }) }),
  z.object({
    code: z.literal('sessionFileUnusable'),
    params: z.object({ sessionId, problem: z.enum(SESSION_FILE_PROBLEMS), detail }),
  }),
  z.object({ code: z.literal('sessionNotOpened'), params: z.object({ sessionId, detail }) }),
]);

export const hostWarningListSchema = z.array(hostWarningSchema);

export type HostWarning = z.infer<typeof hostWarningSchema>;
export type HostWarningCode = HostWarning['code'];
export type JournalLoss = z.infer<typeof journalLossSchema>;
