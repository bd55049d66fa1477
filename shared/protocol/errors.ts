import type { SessionErrorCode } from '../session/session-types.js';

export type ProtocolErrorCode =
  | SessionErrorCode
  | 'BAD_REQUEST'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'WRONG_CODE'
  | 'ROOM_FULL'
  | 'ALREADY_JOINED'
  | 'NAMES_OFF'
  | 'UNKNOWN_TOKEN'
  | 'NO_SESSION'
  | 'NOT_FOUND'
  | 'STORAGE_UNAVAILABLE'
  | 'INVALID_TEMPLATE'
  /** A sealed message that did not open (altered, replayed) or a handshake not understood. */
  | 'BAD_SEAL'
  | 'INTERNAL';

export interface ProtocolError {
  code: ProtocolErrorCode;
  message: string;
}

/** Every request is answered through its ack callback with one of these. */
export type Reply<T = object> = ({ ok: true } & T) | { ok: false; error: ProtocolError };

export function fail(
  code: ProtocolErrorCode,
  message: string,
): { ok: false; error: ProtocolError } {
  return { ok: false, error: { code, message } };
}
