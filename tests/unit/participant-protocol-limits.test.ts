import { describe, expect, it } from 'vitest';
import * as events from '../../shared/protocol/participant-events.js';
import * as answers from '../../shared/session/answer-schema.js';
import {
  isPlausibleRoomCode,
  NICKNAME_MAX_LENGTH,
  normalizeRoomCode,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  roomCodeFromUrl,
  WORD_MAX_LENGTH,
  WORKSHEET_FIELD_MAX_LENGTH,
} from '../../renderer/participant/protocol-limits.js';

describe('the phone app’s copies of protocol limits', () => {
  it('equal the shared contract (copied so the phone bundle stays free of zod)', () => {
    expect(ROOM_CODE_ALPHABET).toBe(events.ROOM_CODE_ALPHABET);
    expect(ROOM_CODE_LENGTH).toBe(events.ROOM_CODE_LENGTH);
    expect(NICKNAME_MAX_LENGTH).toBe(events.NICKNAME_MAX_LENGTH);
    expect(WORD_MAX_LENGTH).toBe(answers.WORD_MAX_LENGTH);
    expect(WORKSHEET_FIELD_MAX_LENGTH).toBe(answers.WORKSHEET_FIELD_MAX_LENGTH);
  });
});

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
      const hostAccepts = events.participantRequestSchemas.join.safeParse({
        roomCode: code,
      }).success;
      expect(isPlausibleRoomCode(code)).toBe(hostAccepts);
    }
  });
});
