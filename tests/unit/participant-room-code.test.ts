import { describe, expect, it } from 'vitest';
import { participantRequestSchemas } from '../../shared/protocol/participant-events.js';
import {
  isPlausibleRoomCode,
  normalizeRoomCode,
  roomCodeFromUrl,
} from '../../renderer/participant/room-code.js';

describe('room codes as people type them', () => {
  it('are upper-cased with spaces and dashes dropped', () => {
    expect(normalizeRoomCode(' ab3-k9 z ')).toBe('AB3K9Z');
  });

  it('come from the QR link', () => {
    expect(roomCodeFromUrl('?code=k7mq2x')).toBe('K7MQ2X');
    expect(roomCodeFromUrl('?other=1')).toBe('');
  });

  it('pass the host’s own shape check exactly when plausible', () => {
    for (const typed of ['k7mq2x', 'ABCD', 'a', 'ABCDEFGHJK', '', 'ab c-d']) {
      const code = normalizeRoomCode(typed);
      const hostAccepts = participantRequestSchemas.join.safeParse({ roomCode: code }).success;
      expect(isPlausibleRoomCode(code)).toBe(hostAccepts);
    }
  });
});
