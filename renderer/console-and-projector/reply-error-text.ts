import { PROTOCOL_ERROR_CODES, type ProtocolErrorCode } from '../../shared/protocol/errors.js';
import type { RefusalReason } from '../../shared/protocol/refusal-reasons.js';
import { roomLocale, t } from './i18n/translate.js';
import { refusalReasonText } from './refusal-reason-text.js';

/** One catalog message per code a reply can carry; the host's English stays in its logs. */
const REPLY_ERROR_KEYS = {
  ILLEGAL_TRANSITION: 'reply.error.illegalTransition',
  NOT_RUNNING: 'reply.error.notRunning',
  ENDED: 'reply.error.ended',
  ROOM_LOCKED: 'reply.error.roomLocked',
  UNKNOWN_PARTICIPANT: 'reply.error.unknownParticipant',
  REMOVED: 'reply.error.removed',
  UNKNOWN_STEP: 'reply.error.unknownStep',
  NOT_AN_EXERCISE: 'reply.error.notAnExercise',
  STEP_NOT_OPEN: 'reply.error.stepNotOpen',
  INVALID_ANSWER: 'reply.error.invalidAnswer',
  ALREADY_SHOWN: 'reply.error.alreadyShown',
  UNKNOWN_ANSWER: 'reply.error.unknownAnswer',
  UNREACHABLE: 'reply.error.unreachable',
  TIMEOUT: 'reply.error.timeout',
  WRONG_HOST: 'reply.error.wrongHost',
  BAD_REQUEST: 'reply.error.badRequest',
  PAYLOAD_TOO_LARGE: 'reply.error.payloadTooLarge',
  RATE_LIMITED: 'reply.error.rateLimited',
  WRONG_CODE: 'reply.error.wrongCode',
  ROOM_FULL: 'reply.error.roomFull',
  ALREADY_JOINED: 'reply.error.alreadyJoined',
  NAMES_OFF: 'reply.error.namesOff',
  UNKNOWN_TOKEN: 'reply.error.unknownToken',
  NO_SESSION: 'reply.error.noSession',
  NOT_FOUND: 'reply.error.notFound',
  STORAGE_UNAVAILABLE: 'reply.error.storageUnavailable',
  INVALID_TEMPLATE: 'reply.error.invalidTemplate',
  WORKSHOP_IN_USE: 'reply.error.workshopInUse',
  BAD_SEAL: 'reply.error.badSeal',
  INTERNAL: 'reply.error.internal',
} as const satisfies Record<ProtocolErrorCode, string>;

function isKnownCode(code: unknown): code is ProtocolErrorCode {
  return (PROTOCOL_ERROR_CODES as readonly unknown[]).includes(code);
}

/**
 * A refusal in the counselor's language. The host writes English and its sentence is the most
 * specific one, so an English console shows it as is; any other language words the refusal's
 * reason (a damaged session file says which damage) or else its code from its catalog. A code
 * this console does not know (a newer host) falls back to the host's sentence. An invalid
 * workshop keeps the host's list of fields, which names them as the file does.
 */
export function replyErrorText(error: {
  code: unknown;
  message: string;
  reason?: RefusalReason;
}): string {
  if (!isKnownCode(error.code) || roomLocale() === 'en') return error.message;
  const reason = error.reason && refusalReasonText(error.reason);
  if (reason) return reason;
  if (error.code === 'INVALID_TEMPLATE') {
    return t('reply.error.invalidTemplate', { details: error.message });
  }
  return t(REPLY_ERROR_KEYS[error.code]);
}
