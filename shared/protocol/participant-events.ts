import { z } from 'zod';
import { answerSchema } from '../session/answer-schema.js';
import type { RequestEvents } from './request-events.js';
import type { ParticipantView } from './views.js';
import { WORKSHOP_LANGUAGES } from '../template/workshop-languages.js';

import { NICKNAME_MAX_LENGTH, ROOM_CODE_SHAPE } from './protocol-limits.js';

export {
  NICKNAME_MAX_LENGTH,
  PARTICIPANT_NAMESPACE,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
} from './protocol-limits.js';

const stepId = z.string().min(1).max(60);

/** The phone's language: one of a bounded set of tags, never a string the host keys anything by. */
export const phoneLanguageSchema = z.enum(WORKSHOP_LANGUAGES, {
  error: `use one of: ${WORKSHOP_LANGUAGES.join(', ')}`,
});

/**
 * Along with a join, resume or takeaway, a language the host does not know is left out (the
 * phone gets the workshop's own language) rather than refusing the person at the door.
 */
const optionalLanguage = phoneLanguageSchema.optional().catch(undefined);

export const participantRequestSchemas = {
  join: z.object({
    roomCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(ROOM_CODE_SHAPE, 'a room code is 6 letters and digits'),
    nickname: z.string().trim().max(NICKNAME_MAX_LENGTH).optional(),
    language: optionalLanguage,
  }),
  resume: z.object({ resumeToken: z.string().min(16).max(128), language: optionalLanguage }),
  /** The phone switched languages: its views (and takeaway) follow from now on. */
  language: z.object({ language: phoneLanguageSchema }),
  answer: z.object({ stepId, answer: answerSchema }),
  share: z.object({ stepId, share: z.boolean() }),
  pause: z.object({ on: z.boolean() }),
  /** The phone's own takeaway PDF; asked for with its resume token, on the sealed connection. */
  takeaway: z.object({
    resumeToken: z.string().min(16).max(128),
    /** False: a copy without the person's own answers (issue 21). */
    ownAnswers: z.boolean(),
    /** Large print (issue 20). */
    layout: z.enum(['standard', 'large']),
    /** The phone's language: labels and workshop texts of the PDF follow it where translated. */
    language: optionalLanguage,
  }),
} as const;

export type ParticipantRequestName = keyof typeof participantRequestSchemas;
export type ParticipantRequest<N extends ParticipantRequestName> = z.infer<
  (typeof participantRequestSchemas)[N]
>;

export interface JoinResult {
  resumeToken: string;
  view: ParticipantView;
}

export interface ParticipantReplies {
  join: JoinResult;
  resume: JoinResult;
  answer: object;
  share: object;
  pause: object;
  /** The view in the new language, at once. */
  language: { view: ParticipantView };
  /** The PDF, base64. */
  takeaway: { pdf: string };
}

/**
 * The participant door's requests and pushes. They travel sealed (shared/seal/sealed-wire.ts):
 * these maps type what is inside the envelopes, not the socket's own events.
 */
export type ParticipantClientToServer = RequestEvents<
  typeof participantRequestSchemas,
  ParticipantReplies
>;

export interface ParticipantServerToClient {
  view: (view: ParticipantView) => void;
}
