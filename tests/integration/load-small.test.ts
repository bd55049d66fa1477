import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { whenConsoleView } from '../bench/console-driver.js';
import { CROWD_JOIN_LIMIT } from '../bench/crowd-join-limit.js';
import { Crowd } from '../bench/crowd.js';
import { choiceAnswers, closeRoom, openRoom, type Room } from '../bench/test-room.js';

const PARTICIPANTS = 200;

/**
 * The bench's scenarios at a size `npm test` can afford: properties only, no timings. Both kinds
 * of phone: socket.io-client's, and the light ones the bench's load generator uses.
 */
describe.each([
  { kind: 'socket.io-client', light: false },
  { kind: 'light', light: true },
])(`a room of ${PARTICIPANTS} phones ($kind)`, ({ light }) => {
  let room: Room;
  let crowd: Crowd;

  beforeAll(async () => {
    room = await openRoom({ participantJoinLimit: CROWD_JOIN_LIMIT });
    crowd = new Crowd({ url: room.participantOrigin, count: PARTICIPANTS, concurrency: 20, light });
  });

  afterAll(async () => {
    crowd?.close();
    if (room) await closeRoom(room);
  });

  test('everyone joins', async () => {
    const join = await crowd.join(room.roomCode);
    expect(join.errors).toEqual({});
    expect(join.joined).toBe(PARTICIPANTS);
  });

  test('all answer within 1 s: none lost, and the console counts every one', async () => {
    const counted = whenConsoleView(room.console, (v) => v.answered === PARTICIPANTS, 60_000);
    const report = await crowd.answerAll(room.stepId, choiceAnswers, 1000);
    console.log(
      `load-small: ${report.acked}/${report.sent} answers acknowledged, ` +
        `p50 ${report.latency.p50.toFixed(1)} ms, p95 ${report.latency.p95.toFixed(1)} ms`,
    );
    expect(report.errors).toEqual({});
    expect(report.lost).toBe(0);
    const { view } = await counted;
    expect(view.answered).toBe(PARTICIPANTS);
    expect(view.liveAggregate).toMatchObject({ kind: 'choice', respondents: PARTICIPANTS });
  });

  test('all drop and come back within 2 s: every phone resumes with its own answer', async () => {
    const report = await crowd.storm(2000);
    expect(report.errors).toEqual({});
    expect(report.resumed).toBe(PARTICIPANTS);
    expect(report.identical).toBe(PARTICIPANTS);
  });
});
