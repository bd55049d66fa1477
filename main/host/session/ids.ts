import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
} from '../../../shared/protocol/participant-events.js';
import { pooledRandomBytes } from '../crypto/random-pool.js';

export function newSessionId(): string {
  return randomBytes(12).toString('base64url');
}

export function newParticipantId(): string {
  return pooledRandomBytes(12).toString('base64url');
}

/** A fresh handle per answer change: moderation refers to it, never to a person. */
export function newAnswerRef(): string {
  return pooledRandomBytes(9).toString('base64url');
}

/** 31^6 ≈ 887 million codes: with per-connection rate limits, not guessable during a session. */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++)
    code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** The phone keeps the token; the journal keeps only its hash. */
export function newResumeToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Constant-time comparison of two strings of any length. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
