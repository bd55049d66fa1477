/**
 * The bench's light phones (tests/bench/light-phone.ts) must say to the host exactly what a
 * socket.io-client phone says, or the bench would measure another protocol: the same upgrade
 * request, and the same packets in the same order (msgpack keys in the same order, the same
 * binary kinds, envelopes of the same lengths). Both join and answer once through a tap. And
 * they must read the views they are pushed as the real phone does (step and phase).
 */
import * as msgpackParser from 'socket.io-msgpack-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { act } from '../bench/console-driver.js';
import { Crowd } from '../bench/crowd.js';
import { CROWD_JOIN_LIMIT } from '../bench/crowd-join-limit.js';
import { choiceAnswers, closeRoom, openRoom, type Room } from '../bench/test-room.js';
import { DoorTap, readDirection, type TappedConnection } from '../kits/wire-capture.js';

let room: Room;
let tap: DoorTap;

beforeAll(async () => {
  room = await openRoom({ participantJoinLimit: CROWD_JOIN_LIMIT });
  tap = await DoorTap.start(Number(new URL(room.participantOrigin).port));
});

afterAll(async () => {
  await tap?.close();
  if (room) await closeRoom(room);
});

/** One frame's packet with its bytes reduced to their kind and length (keys kept in order). */
function describePiece(piece: Buffer): string {
  let packet: unknown;
  const decoder = new msgpackParser.Decoder();
  decoder.on('decoded', (decoded: unknown) => (packet = decoded));
  try {
    decoder.add(piece);
  } catch {
    return `text ${piece.toString('latin1')}`;
  }
  return JSON.stringify(packet, function (key, value: unknown) {
    // JSON.stringify hands a Buffer's toJSON() here; the raw value is still on the holder.
    const raw = (this as Record<string, unknown>)[key];
    if (Buffer.isBuffer(raw)) return `bin ${raw.length}`;
    if (raw instanceof ArrayBuffer) return `ArrayBuffer ${raw.byteLength}`;
    return value;
  });
}

/** The upgrade request (its random key blanked) and every packet the phone sent after it. */
function phoneSide(connection: TappedConnection): string[] {
  const [head = Buffer.alloc(0), ...frames] = readDirection(connection.toHost);
  return [
    head.toString('latin1').replace(/^(sec-websocket-key:).*$/im, '$1 …'),
    ...frames.map(describePiece),
  ];
}

async function joinAndAnswer(light: boolean): Promise<TappedConnection> {
  const crowd = new Crowd({ url: tap.url, count: 1, light });
  const join = await crowd.join(room.roomCode);
  expect(join.errors).toEqual({});
  expect(await crowd.answerOne(0, room.stepId, choiceAnswers[0]!)).toBe('ok');
  crowd.close();
  return tap.connections.at(-1)!;
}

test('a light phone sends what a socket.io-client phone sends', async () => {
  const real = phoneSide(await joinAndAnswer(false));
  const light = phoneSide(await joinAndAnswer(true));
  // Connect, hello, join, answer: the comparison is about something.
  expect(real.length).toBeGreaterThanOrEqual(5);
  expect(real[0]).toMatch(/^GET \/socket\.io\/\?EIO=4&transport=websocket HTTP\/1\.1/);
  expect(light).toEqual(real);
});

test('a light phone reads the step and phase of each view as a socket.io-client phone does', async () => {
  const crowds = [false, true].map((light) => new Crowd({ url: tap.url, count: 1, light }));
  for (const crowd of crowds) expect((await crowd.join(room.roomCode)).joined).toBe(1);
  const seen = crowds.map((crowd) => {
    const views: string[] = [];
    const revealed = new Promise<void>((resolve) => {
      crowd.joinedPhones()[0]!.socket.followViews((stepId, phase) => {
        views.push(`${stepId} ${phase}`);
        if (phase === 'revealed') resolve();
      });
    });
    return { views, revealed };
  });
  await act(room.console, { type: 'close' });
  await act(room.console, { type: 'reveal' });
  await Promise.all(seen.map((s) => s.revealed));
  for (const crowd of crowds) crowd.close();
  for (const { views } of seen) {
    // A view from before the close may still come first, and one view come twice (coalesced).
    const distinct = views.filter((view, i) => view !== views[i - 1]);
    expect(distinct.slice(-2)).toEqual([`${room.stepId} closed`, `${room.stepId} revealed`]);
  }
});
