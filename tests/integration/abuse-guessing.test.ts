import { randomBytes } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/protocol/participant-events.js';
import { rawConnect, rawRequest, type RawReply } from '../bench/raw-socket.js';
import { closeRoom, openRoom, type Room } from '../bench/test-room.js';

/** The host's per-connection limit (main/host/start-host.ts): a burst, then a steady rate. */
const BURST = 20;
const PER_SECOND = 5;
const TRIES = 80;
/** Tokens refilled while a slow machine works through the burst. */
const SLACK = 10;

const codeSpace = ROOM_CODE_ALPHABET.length ** ROOM_CODE_LENGTH;
const yearsForHalfTheCodes = codeSpace / 2 / PER_SECOND / (365 * 24 * 3600);
const tokenBits = 256;

let room: Room;
const sockets: Socket[] = [];

beforeAll(async () => {
  room = await openRoom();
});

afterAll(async () => {
  for (const socket of sockets) socket.close();
  if (room) await closeRoom(room);
});

function wrongCode(): string {
  for (;;) {
    const code = Array.from(
      randomBytes(ROOM_CODE_LENGTH),
      (b) => ROOM_CODE_ALPHABET[b % ROOM_CODE_ALPHABET.length],
    ).join('');
    if (code !== room.roomCode) return code;
  }
}

function tally(replies: (RawReply | 'NO_ACK')[]): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const reply of replies) {
    const code = reply === 'NO_ACK' ? 'NO_ACK' : reply.ok ? 'OK' : reply.error.code;
    codes[code] = (codes[code] ?? 0) + 1;
  }
  return codes;
}

async function burstFromOneConnection(event: string, payload: () => unknown) {
  const socket = await rawConnect(room.participantOrigin + '/participant');
  sockets.push(socket);
  return tally(
    await Promise.all(Array.from({ length: TRIES }, () => rawRequest(socket, event, [payload()]))),
  );
}

test(
  `room codes: ${ROOM_CODE_ALPHABET.length}^${ROOM_CODE_LENGTH} = ${codeSpace.toLocaleString('en')} codes; ` +
    `at ${PER_SECOND} tries/s a connection needs ${yearsForHalfTheCodes.toFixed(1)} years for even odds; ` +
    `past a burst of ${BURST} tries are refused`,
  async () => {
    const codes = await burstFromOneConnection('join', () => ({ roomCode: wrongCode() }));
    console.log(
      `abuse-guessing: ${TRIES} wrong room codes from one connection → ${JSON.stringify(codes)}`,
    );
    expect(codes.OK).toBeUndefined();
    expect(codes.WRONG_CODE ?? 0).toBeLessThanOrEqual(BURST + SLACK);
    expect(codes.RATE_LIMITED ?? 0).toBeGreaterThanOrEqual(TRIES - BURST - SLACK);
    // The guesser is limited, not the room: the right code still opens the door for a phone.
    const phone = await rawConnect(room.participantOrigin + '/participant');
    sockets.push(phone);
    const joined = await rawRequest(phone, 'join', [{ roomCode: room.roomCode.toLowerCase() }]);
    expect(joined !== 'NO_ACK' && joined.ok).toBe(true);
  },
);

test(
  `resume tokens: 2^${tokenBits} possible tokens (≈1e77), not guessable at any rate; ` +
    `past a burst of ${BURST} tries are refused`,
  async () => {
    const codes = await burstFromOneConnection('resume', () => ({
      resumeToken: randomBytes(32).toString('base64url'),
    }));
    console.log(
      `abuse-guessing: ${TRIES} random resume tokens from one connection → ${JSON.stringify(codes)}`,
    );
    expect(codes.OK).toBeUndefined();
    expect(codes.UNKNOWN_TOKEN ?? 0).toBeLessThanOrEqual(BURST + SLACK);
    expect(codes.RATE_LIMITED ?? 0).toBeGreaterThanOrEqual(TRIES - BURST - SLACK);
  },
);
