import { SESSION_ERROR_CODES } from '../session/session-types.js';
import type { RefusalReason } from './refusal-reasons.js';

/**
 * Made up by a client when no reply could come (never sent by the host): UNREACHABLE, not
 * connected or not sealed yet; TIMEOUT, no answer in time; WRONG_HOST, the laptop's key is not the
 * one in the joining link.
 */
export const LINK_ERROR_CODES = ['UNREACHABLE', 'TIMEOUT', 'WRONG_HOST'] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

/** Every code a reply's error can carry; clients word them (the console from its catalogs). */
export const PROTOCOL_ERROR_CODES = [
  ...SESSION_ERROR_CODES,
  ...LINK_ERROR_CODES,
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'WRONG_CODE',
  'ROOM_FULL',
  'ALREADY_JOINED',
  'NAMES_OFF',
  'UNKNOWN_TOKEN',
  'NO_SESSION',
  'NOT_FOUND',
  'STORAGE_UNAVAILABLE',
  'INVALID_TEMPLATE',
  /** The workshop of the open session cannot be saved over until that session is closed. */
  'WORKSHOP_IN_USE',
  /** A sealed message that did not open (altered, replayed) or a handshake not understood. */
  'BAD_SEAL',
  'INTERNAL',
] as const;

export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];

export interface ProtocolError {
  code: ProtocolErrorCode;
  message: string;
  /** What the counselor can do about it, where the code alone would say less than the message. */
  reason?: RefusalReason;
}

export type Failure = { ok: false; error: ProtocolError };

/**
 * The one result type of the app: every request is answered through its ack with one of these,
 * and the host's own steps (session manager, live session) return the same shape, so a failure
 * passes through unchanged. `T` is what a success carries besides `ok`.
 */
export type Reply<T = object> = ({ ok: true } & T) | Failure;

export function fail(code: ProtocolErrorCode, message: string, reason?: RefusalReason): Failure {
  return { ok: false, error: reason ? { code, message, reason } : { code, message } };
}
