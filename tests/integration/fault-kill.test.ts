import { expect, test } from 'vitest';
import { whenConsoleView } from '../bench/console-driver.js';
import { CROWD_JOIN_LIMIT } from '../bench/crowd-join-limit.js';
import { Crowd } from '../bench/crowd.js';
import {
  choiceAnswers,
  closeRoom,
  openRoom,
  originOf,
  startHostWithConsole,
} from '../bench/test-room.js';

const PARTICIPANTS = 100;
const KILL_AFTER_ACKS = 25;

test(`kill -9 while ${PARTICIPANTS} phones answer: every acknowledged answer survives the restart and every phone resumes`, async () => {
  const room = await openRoom({ participantJoinLimit: CROWD_JOIN_LIMIT });
  const crowd = new Crowd({
    url: room.participantOrigin,
    count: PARTICIPANTS,
    concurrency: 20,
    ackTimeoutMs: 8_000,
  });
  let restarted: Awaited<ReturnType<typeof startHostWithConsole>> | undefined;
  try {
    expect((await crowd.join(room.roomCode)).joined).toBe(PARTICIPANTS);

    let killed: Promise<void> | undefined;
    const report = await crowd.answerAll(room.stepId, choiceAnswers, 3000, (acked) => {
      if (acked >= KILL_AFTER_ACKS) killed ??= room.host.kill();
    });
    await killed;
    room.console.close();
    console.log(
      `fault-kill: host killed with SIGKILL after ${report.acked} of ${PARTICIPANTS} answers were acknowledged`,
    );
    expect(room.host.child.signalCode).toBe('SIGKILL');
    expect(report.acked).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(report.acked).toBeLessThan(PARTICIPANTS);

    restarted = await startHostWithConsole({
      dataDir: room.dataDir,
      participantJoinLimit: CROWD_JOIN_LIMIT,
    });
    crowd.retarget(originOf(restarted.host.participantUrl));
    const resumed = await whenConsoleView(
      restarted.console,
      (view) => view.sessionId === room.view.sessionId,
      30_000,
    );
    expect(resumed.view.answered).toBeGreaterThanOrEqual(report.acked);

    // Acknowledged answers come back exactly; unacknowledged ones come back or not, never altered.
    const storm = await crowd.storm(1000);
    expect(storm.errors).toEqual({});
    expect(storm.resumed).toBe(PARTICIPANTS);
    expect(storm.identical).toBe(PARTICIPANTS);

    // The journal goes on after the kill: everyone can answer again and it is kept.
    const again = await crowd.answerAll(room.stepId, choiceAnswers, 500);
    expect(again.errors).toEqual({});
    expect(again.acked).toBe(PARTICIPANTS);
    await whenConsoleView(restarted.console, (v) => v.answered === PARTICIPANTS, 30_000);
  } finally {
    crowd.close();
    if (restarted) await closeRoom({ ...restarted, dataDir: room.dataDir });
    await closeRoom(room);
  }
});
