import { afterAll, beforeAll, expect, test } from 'vitest';
import { Crowd } from '../bench/crowd.js';
import { rawConnect, rawRequest, type RawReply } from '../bench/raw-socket.js';
import { choiceAnswers, closeRoom, openRoom, type Room } from '../bench/test-room.js';

const OTHERS = 30;
const FLOOD = 2000;

let room: Room;
let crowd: Crowd;

beforeAll(async () => {
  room = await openRoom();
  crowd = new Crowd({ url: room.participantOrigin, count: OTHERS });
  expect((await crowd.join(room.roomCode)).joined).toBe(OTHERS);
});

afterAll(async () => {
  crowd?.close();
  if (room) await closeRoom(room);
});

test(`one phone flooding ${FLOOD} answers is rate limited, and the ${OTHERS} others are still acknowledged`, async () => {
  const quiet = await crowd.answerAll(room.stepId, choiceAnswers, 1000);
  expect(quiet.errors).toEqual({});

  const flooder = await rawConnect(room.participantOrigin + '/participant');
  const joined = await rawRequest(flooder, 'join', [{ roomCode: room.roomCode }]);
  expect(joined !== 'NO_ACK' && joined.ok).toBe(true);
  const flood = Promise.all(
    Array.from({ length: FLOOD }, (_, i) =>
      rawRequest(
        flooder,
        'answer',
        [{ stepId: room.stepId, answer: choiceAnswers[i % 4] }],
        60_000,
      ),
    ),
  );
  const during = await crowd.answerAll(room.stepId, choiceAnswers, 1000);
  const replies = await flood;
  flooder.close();

  const codes: Record<string, number> = {};
  for (const reply of replies as (RawReply | 'NO_ACK')[]) {
    const code = reply === 'NO_ACK' ? 'NO_ACK' : reply.ok ? 'OK' : reply.error.code;
    codes[code] = (codes[code] ?? 0) + 1;
  }
  console.log(
    `abuse-flood: flooder got ${JSON.stringify(codes)}; others' ack p50/p95 ` +
      `${quiet.latency.p50.toFixed(1)}/${quiet.latency.p95.toFixed(1)} ms quiet, ` +
      `${during.latency.p50.toFixed(1)}/${during.latency.p95.toFixed(1)} ms during the flood`,
  );
  expect(during.errors).toEqual({});
  expect(during.acked).toBe(OTHERS);
  expect(codes.RATE_LIMITED ?? 0).toBeGreaterThan(FLOOD / 2);
  expect(codes.NO_ACK).toBeUndefined();
  expect(room.host.child.exitCode).toBeNull();
});
