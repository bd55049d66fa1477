import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  forkScript,
  hasType,
  nextMessage,
  siblingScript,
  stopChild,
} from '../bench/child-process.js';
import { Crowd } from '../bench/crowd.js';
import type { FlooderCommand, FlooderReply } from '../bench/flooder.js';
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

  const flooder = forkScript(siblingScript('flooder'));
  try {
    const isError = hasType<Extract<FlooderReply, { type: 'error' }>>('error');
    const joined = nextMessage(
      flooder,
      (m): m is FlooderReply => hasType<FlooderReply>('joined')(m) || isError(m),
      60_000,
      'the flooder to join',
    );
    const done = joined.then(() =>
      nextMessage(
        flooder,
        (m): m is FlooderReply => hasType<FlooderReply>('flooded')(m) || isError(m),
        120_000,
        'the flood to end',
      ),
    );
    const command: FlooderCommand = {
      type: 'flood',
      url: room.participantOrigin,
      roomCode: room.roomCode,
      event: 'answer',
      payloads: choiceAnswers.map((answer) => ({ stepId: room.stepId, answer })),
      count: FLOOD,
    };
    flooder.send(command);
    expect((await joined).type).toBe('joined');
    const during = await crowd.answerAll(room.stepId, choiceAnswers, 1000);
    const result = await done;
    if (result.type !== 'flooded') throw new Error(`flooder: ${JSON.stringify(result)}`);

    console.log(
      `abuse-flood: flooder got ${JSON.stringify(result.codes)}; others' ack p50/p95 ` +
        `${quiet.latency.p50.toFixed(1)}/${quiet.latency.p95.toFixed(1)} ms quiet, ` +
        `${during.latency.p50.toFixed(1)}/${during.latency.p95.toFixed(1)} ms during the flood`,
    );
    expect(during.errors).toEqual({});
    expect(during.acked).toBe(OTHERS);
    expect(result.codes.RATE_LIMITED ?? 0).toBeGreaterThan(FLOOD / 2);
    expect(result.codes.NO_ACK).toBeUndefined();
    expect(room.host.child.exitCode).toBeNull();
  } finally {
    await stopChild(flooder);
  }
});
