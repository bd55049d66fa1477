import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { connectSealedPhone, type SealedPhone } from '../kits/sealed-phone.js';
import { rawRequest, type RawReply } from '../bench/raw-socket.js';
import { closeRoom, openRoom, type Room } from '../bench/test-room.js';

/** The per-address join limit (main/host/sockets/participant-namespace.ts). */
const JOIN_BURST = 60;
/** Seats refilled (1/s) while a slow machine works through the flood. */
const SLACK = 15;
const CONNECTIONS = 200;
const JOINS_PER_CONNECTION = 3;

const sockets: SealedPhone[] = [];

async function connectFrom(origin: string, localAddress: string): Promise<SealedPhone> {
  const phone = await connectSealedPhone(`${origin}/participant`, { localAddress });
  sockets.push(phone);
  return phone;
}

function kindOf(reply: RawReply | 'NO_ACK'): string {
  if (reply === 'NO_ACK') return 'NO_ACK';
  return reply.ok ? 'OK' : reply.error.code;
}

function tally(replies: (RawReply | 'NO_ACK')[]): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const reply of replies) codes[kindOf(reply)] = (codes[kindOf(reply)] ?? 0) + 1;
  return codes;
}

afterAll(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

describe('join flooding against the real host process (default limits)', () => {
  let room: Room;

  beforeAll(async () => {
    room = await openRoom();
  });

  afterAll(async () => {
    if (room) await closeRoom(room);
  });

  test('a second join on a joined connection is refused with a clear error', async () => {
    const phone = await connectFrom(room.participantOrigin, '127.0.0.21');
    expect(kindOf(await rawRequest(phone, 'join', [{ roomCode: room.roomCode }]))).toBe('OK');
    const again = await rawRequest(phone, 'join', [{ roomCode: room.roomCode }]);
    expect(kindOf(again)).toBe('ALREADY_JOINED');
    expect(again !== 'NO_ACK' && !again.ok && again.error.message).toMatch(/already joined/);
  });

  test(
    `a script with ${CONNECTIONS} connections × ${JOINS_PER_CONNECTION} joins from one address ` +
      `takes at most ~${JOIN_BURST} seats; a real person still gets in`,
    async () => {
      const origin = room.participantOrigin;
      const flood = await Promise.all(
        Array.from({ length: CONNECTIONS }, () => connectFrom(origin, '127.0.0.22')),
      );
      const replies = (
        await Promise.all(
          flood.map((s) =>
            Promise.all(
              Array.from({ length: JOINS_PER_CONNECTION }, () =>
                rawRequest(s, 'join', [{ roomCode: room.roomCode }]),
              ),
            ),
          ),
        )
      ).flat();
      const codes = tally(replies);
      console.log(
        `abuse-join-flood: ${CONNECTIONS} connections × ${JOINS_PER_CONNECTION} joins, one address → ` +
          JSON.stringify(codes),
      );
      expect(codes.OK ?? 0).toBeLessThanOrEqual(JOIN_BURST + SLACK);
      expect(codes.OK ?? 0).toBeGreaterThanOrEqual(JOIN_BURST);
      expect(codes.ROOM_FULL).toBeUndefined();
      expect(codes.NO_ACK).toBeUndefined();

      // The room is not full: a phone at another address joins at once.
      const person = await connectFrom(origin, '127.0.0.23');
      expect(kindOf(await rawRequest(person, 'join', [{ roomCode: room.roomCode }]))).toBe('OK');
    },
  );
});
