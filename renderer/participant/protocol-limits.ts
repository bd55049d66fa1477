/**
 * Mirrors ROOM_CODE_ALPHABET / ROOM_CODE_LENGTH in shared/protocol/participant-events.ts.
 * Copied, not imported: that module builds zod schemas at load time, which would put all of
 * zod into the phone bundle. tests/unit/participant-protocol-limits.test.ts keeps the copies equal.
 */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;
export const NICKNAME_MAX_LENGTH = 30;
/** Mirror WORD_MAX_LENGTH / WORKSHEET_FIELD_MAX_LENGTH in shared/session/answer-schema.ts (same reason). */
export const WORD_MAX_LENGTH = 32;
export const WORKSHEET_FIELD_MAX_LENGTH = 1000;

/** What a person typed or a QR link carried, as the host expects it: upper case, no spaces. */
export function normalizeRoomCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 8);
}

export function isPlausibleRoomCode(code: string): boolean {
  return /^[A-Z0-9]{4,8}$/.test(code);
}

/** The room code in a join link (`/?code=ABC234`), if any. */
export function roomCodeFromUrl(search: string): string {
  return normalizeRoomCode(new URLSearchParams(search).get('code') ?? '');
}
