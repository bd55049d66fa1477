import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/protocol/participant-events.js';
import { connectSealedPhone, type SealedPhone } from '../kits/sealed-phone.js';
import { rawRequest, type RawReply } from '../bench/raw-socket.js';
import { closeRoom, openRoom, type Room } from '../bench/test-room.js';
import {
  closeClients,
  connectConsole,
  openSession,
  startTestHost,
  type TestHost,
} from './host-test-kit.js';

/** The host's per-connection limit (main/host/sockets/serve-sockets.ts): a burst, then a steady rate. */
const CONNECTION_BURST = 20;
/** The per-address limit on wrong guesses (main/host/sockets/guess-limiter.ts). */
const ADDRESS_BURST = 10;
const ADDRESS_PER_SECOND = 1;
/** Below the 50 refusals that would close the connection (main/host/sockets/request-gate.ts). */
const TRIES = 45;
/** Tries refilled while a slow machine works through a burst. */
const SLACK = 10;
const TOO_MANY_TRIES = 'Too many tries. Wait a moment and check the code on the screen.';

const codeSpace = ROOM_CODE_ALPHABET.length ** ROOM_CODE_LENGTH;
const yearsForEvenOdds = codeSpace / 2 / ADDRESS_PER_SECOND / (365 * 24 * 3600);
const tokenBits = 256;

const sockets: SealedPhone[] = [];

/** A phone at its own LAN address: loopback has all of 127.0.0.0/8 to connect from. */
async function connectFrom(origin: string, localAddress: string): Promise<SealedPhone> {
  const phone = await connectSealedPhone(`${origin}/participant`, { localAddress });
  sockets.push(phone);
  return phone;
}

function wrongCodeFor(roomCode: string): string {
  for (;;) {
    const code = Array.from(
      randomBytes(ROOM_CODE_LENGTH),
      (b) => ROOM_CODE_ALPHABET[b % ROOM_CODE_ALPHABET.length],
    ).join('');
    if (code !== roomCode) return code;
  }
}

/** Reply codes, telling the two limits apart by their message. */
function kindOf(reply: RawReply | 'NO_ACK'): string {
  if (reply === 'NO_ACK') return 'NO_ACK';
  if (reply.ok) return 'OK';
  if (reply.error.code !== 'RATE_LIMITED') return reply.error.code;
  return reply.error.message === TOO_MANY_TRIES ? 'LIMITED_ADDRESS' : 'LIMITED_CONNECTION';
}

function tally(replies: (RawReply | 'NO_ACK')[]): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const reply of replies) codes[kindOf(reply)] = (codes[kindOf(reply)] ?? 0) + 1;
  return codes;
}

function burst(socket: SealedPhone, count: number, event: string, payload: () => unknown) {
  return Promise.all(Array.from({ length: count }, () => rawRequest(socket, event, [payload()])));
}

/** One try after another on one connection: a connection holds one join in flight at a time. */
async function oneByOne(socket: SealedPhone, count: number, event: string, payload: () => unknown) {
  const replies: (RawReply | 'NO_ACK')[] = [];
  for (let i = 0; i < count; i++) replies.push(await rawRequest(socket, event, [payload()]));
  return replies;
}

afterAll(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

describe('guessing against the real host process (default limits)', () => {
  let room: Room;
  const wrongCode = () => wrongCodeFor(room.roomCode);

  beforeAll(async () => {
    room = await openRoom();
  });

  afterAll(async () => {
    if (room) await closeRoom(room);
  });

  test(
    `room codes: ${ROOM_CODE_ALPHABET.length}^${ROOM_CODE_LENGTH} = ${codeSpace.toLocaleString('en')} codes; ` +
      `one address gets ${ADDRESS_BURST} wrong tries, then ~${ADDRESS_PER_SECOND} per second however many ` +
      `connections it opens, so even odds take ${yearsForEvenOdds.toFixed(1)} years`,
    async () => {
      const origin = room.participantOrigin;
      // Nine connections, each far under its own limit, all from one address.
      const guessers = await Promise.all(
        Array.from({ length: 9 }, () => connectFrom(origin, '127.0.0.4')),
      );
      const replies = (
        await Promise.all(
          guessers.map((s) => oneByOne(s, 5, 'join', () => ({ roomCode: wrongCode() }))),
        )
      ).flat();
      const codes = tally(replies);
      console.log(
        `abuse-guessing: 9 connections × 5 wrong room codes, one address → ${JSON.stringify(codes)}`,
      );
      expect(codes.OK).toBeUndefined();
      expect(codes.NO_ACK).toBeUndefined();
      expect(codes.LIMITED_CONNECTION).toBeUndefined();
      expect(codes.WRONG_CODE ?? 0).toBeLessThanOrEqual(ADDRESS_BURST + SLACK);
      expect(codes.LIMITED_ADDRESS ?? 0).toBeGreaterThanOrEqual(45 - ADDRESS_BURST - SLACK);

      // The guesser is limited, not the room: a phone at another address joins at once…
      const phone = await connectFrom(origin, '127.0.0.5');
      const joined = await rawRequest(phone, 'join', [{ roomCode: room.roomCode.toLowerCase() }]);
      expect(kindOf(joined)).toBe('OK');
      // …and joins that succeed cost nothing: more phones than the burst, behind one address.
      const shared = await Promise.all(
        Array.from({ length: ADDRESS_BURST + 5 }, () => connectFrom(origin, '127.0.0.6')),
      );
      const sharedJoins = await Promise.all(
        shared.map((s) => rawRequest(s, 'join', [{ roomCode: room.roomCode }])),
      );
      expect(tally(sharedJoins)).toEqual({ OK: ADDRESS_BURST + 5 });
      // A joined connection holds its one seat; a new one from the address still may guess.
      const another = await connectFrom(origin, '127.0.0.6');
      expect(kindOf(await rawRequest(another, 'join', [{ roomCode: wrongCode() }]))).toBe(
        'WRONG_CODE',
      );
    },
  );

  test(`one connection: past a burst of ${CONNECTION_BURST} requests it is refused as well`, async () => {
    const socket = await connectFrom(room.participantOrigin, '127.0.0.2');
    const codes = tally(await burst(socket, TRIES, 'join', () => ({ roomCode: wrongCode() })));
    console.log(
      `abuse-guessing: ${TRIES} wrong room codes from one connection → ${JSON.stringify(codes)}`,
    );
    expect(codes.OK).toBeUndefined();
    expect(codes.NO_ACK).toBeUndefined();
    expect(codes.WRONG_CODE ?? 0).toBeLessThanOrEqual(ADDRESS_BURST + SLACK);
    expect(codes.LIMITED_CONNECTION ?? 0).toBeGreaterThanOrEqual(TRIES - CONNECTION_BURST - SLACK);
  });

  test(
    `resume tokens: 2^${tokenBits} possible tokens (≈1e77), not guessable at any rate; ` +
      `unknown ones still cost the address a try`,
    async () => {
      const socket = await connectFrom(room.participantOrigin, '127.0.0.3');
      const codes = tally(
        await burst(socket, TRIES, 'resume', () => ({
          resumeToken: randomBytes(32).toString('base64url'),
        })),
      );
      console.log(
        `abuse-guessing: ${TRIES} random resume tokens from one connection → ${JSON.stringify(codes)}`,
      );
      expect(codes.OK).toBeUndefined();
      expect(codes.NO_ACK).toBeUndefined();
      expect(codes.UNKNOWN_TOKEN ?? 0).toBeLessThanOrEqual(ADDRESS_BURST + SLACK);
      expect((codes.LIMITED_ADDRESS ?? 0) + (codes.LIMITED_CONNECTION ?? 0)).toBeGreaterThanOrEqual(
        TRIES - ADDRESS_BURST - SLACK,
      );
    },
  );
});

describe('guessing, step by step (a limit that does not refill during the test)', () => {
  let t: TestHost;
  let roomCode = '';
  const wrongCode = () => wrongCodeFor(roomCode);
  const join = async (socket: SealedPhone, code: string) =>
    kindOf(await rawRequest(socket, 'join', [{ roomCode: code }]));

  beforeAll(async () => {
    t = await startTestHost({
      participantGuessLimit: { burst: 3, perSecond: 0.001, maxAddresses: 100 },
    });
    roomCode = (await openSession(await connectConsole(t.host))).roomCode;
  });

  afterAll(async () => {
    closeClients();
    await t.stop();
  });

  test('a limited address gets no answer about its guesses, not even a right one; others do', async () => {
    const origin = t.host.participantUrl;
    const [first, second] = await Promise.all([
      connectFrom(origin, '127.0.0.1'),
      connectFrom(origin, '127.0.0.1'),
    ]);
    expect([
      await join(first!, wrongCode()),
      await join(second!, wrongCode()),
      await join(first!, wrongCode()),
    ]).toEqual(['WRONG_CODE', 'WRONG_CODE', 'WRONG_CODE']);
    const refused = await rawRequest(second!, 'join', [{ roomCode: wrongCode() }]);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: TOO_MANY_TRIES },
    });
    expect(await join(first!, roomCode)).toBe('LIMITED_ADDRESS');

    const elsewhere = await connectFrom(origin, '127.0.0.2');
    const joined = await rawRequest(elsewhere, 'join', [{ roomCode }]);
    if (joined === 'NO_ACK' || !joined.ok) throw new Error(`join: ${JSON.stringify(joined)}`);

    // A real resume token always works, even from the limited address; unknown ones do not.
    const token = joined.resumeToken as string;
    expect(kindOf(await rawRequest(first!, 'resume', [{ resumeToken: token }]))).toBe('OK');
    const unknown = { resumeToken: randomBytes(32).toString('base64url') };
    expect(kindOf(await rawRequest(second!, 'resume', [unknown]))).toBe('LIMITED_ADDRESS');
    expect(kindOf(await rawRequest(elsewhere, 'resume', [unknown]))).toBe('UNKNOWN_TOKEN');

    // The log sums refusals up instead of writing a line per try.
    const lines = t.warnings.filter((w) => w.includes('Too many wrong room codes'));
    expect(lines).toEqual([expect.stringContaining('127.0.0.1')]);
  });
});
