import { ROOM_CODE_MAX_TYPED, ROOM_CODE_SHAPE } from '../../shared/protocol/protocol-limits.js';

/** What a person typed or a QR link carried, as the host expects it: upper case, no spaces. */
export function normalizeRoomCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, ROOM_CODE_MAX_TYPED);
}

export function isPlausibleRoomCode(code: string): boolean {
  return ROOM_CODE_SHAPE.test(code);
}

/** The room code in a join link (`/?code=ABC234`), if any. */
export function roomCodeFromUrl(search: string): string {
  return normalizeRoomCode(new URLSearchParams(search).get('code') ?? '');
}
