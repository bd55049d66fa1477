import { connectSealedPhone } from '../kits/sealed-phone.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import {
  forkScript,
  hasType,
  nextMessage,
  siblingScript,
  stopChild,
} from '../bench/child-process.js';
import { Crowd } from '../bench/crowd.js';
import type { FlooderCommand, FlooderReply } from '../bench/flooder.js';
import { rawRequest } from '../bench/raw-socket.js';
import { choiceAnswers, closeRoom, openRoom, type Room } from '../bench/test-room.js';
import {
  connectConsole,
  must,
  openSession,
  startTestHost,
  waitForDisconnect,
} from './host-test-kit.js';

const OTHERS = 30;
const FLOOD = 2000;
/** main/host/sockets/request-gate.ts: this many refusals within 10 s close the connection. */
const DROP_AFTER = 50;
/** main/host/sockets/serve-sockets.ts: a phone connection's burst. */
const CONNECTION_BURST = 20;

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

test(`one phone flooding ${FLOOD} answers is cut off after ${DROP_AFTER} refusals, and the ${OTHERS} others are still acknowledged`, async () => {
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
      `abuse-flood: flooder got ${JSON.stringify(result.codes)}, disconnected: ` +
        `${result.disconnected ?? 'no'}; others' ack p50/p95 ` +
        `${quiet.latency.p50.toFixed(1)}/${quiet.latency.p95.toFixed(1)} ms quiet, ` +
        `${during.latency.p50.toFixed(1)}/${during.latency.p95.toFixed(1)} ms during the flood`,
    );
    expect(during.errors).toEqual({});
    expect(during.acked).toBe(OTHERS);
    // Told to wait 50 times, then the connection is closed and the rest is never looked at.
    expect(result.codes.RATE_LIMITED).toBe(DROP_AFTER);
    expect(result.codes.OK ?? 0).toBeLessThanOrEqual(CONNECTION_BURST);
    expect(result.codes.NO_ACK).toBe(FLOOD - DROP_AFTER - (result.codes.OK ?? 0));
    expect(result.disconnected).toBe('transport close');
    expect(room.host.child.exitCode).toBeNull();
  } finally {
    await stopChild(flooder);
  }
});

test(`a phone app that floods is closed after ${DROP_AFTER} refusals, logged once, then reconnects and resumes by itself`, async () => {
  const t = await startTestHost();
  // Like the phone app: reconnects on its own (quickly here, to keep the test short).
  const phone = await connectSealedPhone(`${t.host.participantUrl}/participant`, {
    reconnection: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 100,
  });
  try {
    const consoleSocket = await connectConsole(t.host);
    const { roomCode } = await openSession(consoleSocket);
    const joined = await must<JoinResult>(phone, 'join', { roomCode });

    const back = new Promise((resolve) => phone.socket.io.once('reconnect', resolve));
    const gone = waitForDisconnect(phone);
    const replies = await Promise.all(
      Array.from({ length: 200 }, () => rawRequest(phone, 'pause', [{ on: true }])),
    );
    expect(await gone).toBe('transport close');
    const codes: Record<string, number> = {};
    for (const r of replies) {
      const code = r === 'NO_ACK' ? 'NO_ACK' : r.ok ? 'OK' : r.error.code;
      codes[code] = (codes[code] ?? 0) + 1;
    }
    console.log(`abuse-flood: 200 requests at once from a phone app → ${JSON.stringify(codes)}`);
    expect(codes.RATE_LIMITED).toBe(DROP_AFTER);
    expect(codes.OK ?? 0).toBeLessThanOrEqual(CONNECTION_BURST);

    await back;
    const resumed = await must<JoinResult>(phone, 'resume', { resumeToken: joined.resumeToken });
    expect(resumed.view.status).toBe(joined.view.status);
    expect((await rawRequest(phone, 'pause', [{ on: false }])) as object).toEqual({ ok: true });
    // One line for the whole episode, none per refused request.
    expect(t.warnings.filter((w) => w.includes('too many requests'))).toEqual([
      expect.stringContaining('Closed a connection from 127.0.0.1 after 50'),
    ]);
  } finally {
    phone.close();
    await t.stop();
  }
});
