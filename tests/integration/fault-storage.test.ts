import { rmSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import type { Answer } from '../../shared/session/answer-schema.js';
import { benchTemplate } from '../bench/bench-template.js';
import { benchSessionSettings, consoleRequestRaw, whenWarnings } from '../bench/console-driver.js';
import { Crowd } from '../bench/crowd.js';
import { choiceAnswers, closeRoom, openRoom, tempDataDir, type Room } from '../bench/test-room.js';

const PARTICIPANTS = 10;
/** Enough answers to use up the slack left in the journal's last page of a full tmpfs. */
const MAX_TRIES = 200;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * The host's data dir on a small tmpfs of its own (a private mount namespace via `unshare -m`),
 * so "disk full" is the kernel's real ENOSPC. Without mount privileges, the host's journal-sink
 * seam fails writes with ENOSPC instead, and the test says so.
 */
async function roomOnSmallDisk(): Promise<{ room: Room; realDisk: boolean }> {
  const dataDir = tempDataDir();
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  try {
    const room = await openRoom({ dataDir, tmpfsSize: '4m' });
    cleanups.push(() => closeRoom(room, true));
    return { room, realDisk: true };
  } catch (error) {
    console.warn(
      `fault-storage: no private tmpfs on this machine (${(error as Error).message.split('\n')[0]}); ` +
        'simulating ENOSPC through the host journal-sink seam instead',
    );
    const room = await openRoom({ dataDir, simulateDiskFull: true });
    cleanups.push(() => closeRoom(room, true));
    return { room, realDisk: false };
  }
}

test('disk full: phones get STORAGE_UNAVAILABLE instead of an ack, the console is warned, nothing refused is kept, and answers are taken again once there is space', async () => {
  const { room, realDisk } = await roomOnSmallDisk();
  const crowd = new Crowd({ url: room.participantOrigin, count: PARTICIPANTS, concurrency: 5 });
  cleanups.push(() => crowd.close());
  expect((await crowd.join(room.roomCode)).joined).toBe(PARTICIPANTS);
  for (let i = 0; i < PARTICIPANTS; i++) {
    expect(await crowd.answerOne(i, room.stepId, choiceAnswers[i % 4]!)).toBe('ok');
  }

  const filled = await room.host.fillDisk();
  console.log(
    realDisk
      ? `fault-storage: tmpfs filled with ${filled} more bytes`
      : 'fault-storage: simulated ENOSPC',
  );

  // Everyone changes their answer, over and over, until the disk refuses one.
  const outcomes: Record<string, number> = {};
  let refused = 0;
  for (let round = 1; refused === 0 && round * PARTICIPANTS <= MAX_TRIES; round++) {
    for (let i = 0; i < PARTICIPANTS && refused === 0; i++) {
      const answer: Answer = choiceAnswers[(i + round) % 4]!;
      const outcome = await crowd.answerOne(i, room.stepId, answer);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 'STORAGE_UNAVAILABLE') refused++;
    }
  }
  console.log(`fault-storage: answers after the disk filled: ${JSON.stringify(outcomes)}`);
  expect(Object.keys(outcomes).every((o) => o === 'ok' || o === 'STORAGE_UNAVAILABLE')).toBe(true);
  expect(refused).toBe(1);

  const warnings = await whenWarnings(
    room.console,
    (w) => w.some((m) => m.code === 'answersNotWritten'),
    30_000,
  );
  expect(warnings.find((m) => m.code === 'answersNotWritten')?.params).toMatchObject({
    diskFull: true,
    detail: expect.stringMatching(/ENOSPC/),
  });

  // A new session cannot be created on a full disk either: refused, not pretended.
  const create = await consoleRequestRaw(room.console, 'session:create', {
    templateId: benchTemplate.id,
    settings: benchSessionSettings,
  });
  expect(create.ok).toBe(false);
  if (!create.ok) expect(create.error.code).toBe('STORAGE_UNAVAILABLE');

  // Space again: answers are acknowledged again, and every phone has exactly what was acknowledged.
  await room.host.freeDisk();
  for (let i = 0; i < PARTICIPANTS; i++) {
    expect(await crowd.answerOne(i, room.stepId, choiceAnswers[(i + 2) % 4]!)).toBe('ok');
  }
  const storm = await crowd.storm(500);
  expect(storm.errors).toEqual({});
  expect(storm.identical).toBe(PARTICIPANTS);
});
