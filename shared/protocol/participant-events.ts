import { z } from 'zod';
import { answerSchema } from '../session/answer-schema.js';
import type { RequestEvents } from './request-events.js';
import type { ParticipantView } from './views.js';

import { NICKNAME_MAX_LENGTH, ROOM_CODE_SHAPE } from './protocol-limits.js';

export {
  NICKNAME_MAX_LENGTH,
  PARTICIPANT_NAMESPACE,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
} from './protocol-limits.js';

const stepId = z.string().min(1).max(60);

export const participantRequestSchemas = {
  join: z.object({
    roomCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(ROOM_CODE_SHAPE, 'a room code is 6 letters and digits'),
    nickname: z.string().trim().max(NICKNAME_MAX_LENGTH).optional(),
  }),
  resume: z.object({ resumeToken: z.string().min(16).max(128) }),
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
