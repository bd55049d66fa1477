import {
  appendFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FRAME_HEAD_BYTES } from '../../main/host/journal/journal-format.js';
import type { HostWarning } from '../../shared/protocol/host-warnings.js';
import { consoleRequestRaw, whenConsoleView, whenWarnings } from '../bench/console-driver.js';
import { Crowd } from '../bench/crowd.js';
import { framesOf } from '../unit/journal-frames.js';
import {
  choiceAnswers,
  closeRoom,
  openRoom,
  originOf,
  startHostWithConsole,
  tempDataDir,
} from '../bench/test-room.js';

const PARTICIPANTS = 10;

type Damage = Extract<HostWarning, { code: 'sessionFileDamaged' }>;
const isDamage = (warning: HostWarning): warning is Damage => warning.code === 'sessionFileDamaged';

interface Recorded {
  dataDir: string;
  sessionId: string;
  journalPath: string;
  crowd: Crowd;
  stepId: string;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A session where participants answered one after another, then the host shut down. */
async function recordSession(): Promise<Recorded> {
  const dataDir = tempDataDir();
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const room = await openRoom({ dataDir });
  const crowd = new Crowd({ url: room.participantOrigin, count: PARTICIPANTS, concurrency: 1 });
  cleanups.push(() => crowd.close());
  try {
    expect((await crowd.join(room.roomCode)).joined).toBe(PARTICIPANTS);
    for (let i = 0; i < PARTICIPANTS; i++) {
      expect(await crowd.answerOne(i, room.stepId, choiceAnswers[i % 4]!)).toBe('ok');
    }
  } finally {
    await closeRoom(room, true);
  }
  const sessionId = room.view.sessionId;
  return {
    dataDir,
    sessionId,
    journalPath: join(dataDir, 'sessions', `${sessionId}.journal`),
    crowd,
    stepId: room.stepId,
  };
}

/** Byte offsets where each record frame starts (after the two header copies). */
function frameOffsets(path: string): { offsets: number[]; size: number } {
  const { frames, data } = framesOf(path);
  return { offsets: frames.slice(2).map((f) => f.offset), size: data.length };
}

async function restart(recorded: Recorded) {
  const started = await startHostWithConsole({ dataDir: recorded.dataDir });
  cleanups.push(() => closeRoom({ ...started, dataDir: recorded.dataDir }, true));
  recorded.crowd.retarget(originOf(started.host.participantUrl));
  return started;
}

describe('a damaged journal is reported, the host keeps running, nothing before the damage is lost', () => {
  test('torn last record (the file ends mid-record)', async () => {
    const recorded = await recordSession();
    const { offsets, size } = frameOffsets(recorded.journalPath);
    const last = offsets.at(-1)!;
    const tornAt = last + FRAME_HEAD_BYTES + Math.floor((size - last - FRAME_HEAD_BYTES) / 2);
    truncateSync(recorded.journalPath, tornAt);

    const { host, console } = await restart(recorded);
    const warnings = await whenWarnings(console, (w) => w.some(isDamage), 30_000);
    expect(warnings.find(isDamage)?.params).toMatchObject({
      sessionId: recorded.sessionId,
      losses: [{ kind: 'damagedEnd' }],
    });
    const { view } = await whenConsoleView(
      console,
      (v) => v.sessionId === recorded.sessionId,
      30_000,
    );
    // The torn record was the last answer: every answer before it is there.
    expect(view.answered).toBe(PARTICIPANTS - 1);

    const storm = await recorded.crowd.storm(500);
    expect(storm.resumed).toBe(PARTICIPANTS);
    expect(storm.identical).toBe(PARTICIPANTS - 1);
    expect(storm.errors).toEqual({ ANSWER_DIFFERS: 1 });

    // The damaged tail is kept; a new answer lands after it and survives.
    const lastIndex = PARTICIPANTS - 1;
    expect(
      await recorded.crowd.answerOne(lastIndex, recorded.stepId, choiceAnswers[lastIndex % 4]!),
    ).toBe('ok');
    await whenConsoleView(console, (v) => v.answered === PARTICIPANTS, 30_000);
    expect(host.child.exitCode).toBeNull();
  });

  test('one flipped byte in the middle: only that answer is lost, the file is kept and copied, the rest comes back', async () => {
    const recorded = await recordSession();
    const { offsets } = frameOffsets(recorded.journalPath);
    // The last records are the answers, one per participant; damage one in the middle of them.
    const target = offsets[offsets.length - Math.floor(PARTICIPANTS / 2)]!;
    const data = readFileSync(recorded.journalPath);
    data[target + FRAME_HEAD_BYTES + 10]! ^= 0xff;
    writeFileSync(recorded.journalPath, data);

    const { host, console } = await restart(recorded);
    const warnings = await whenWarnings(console, (w) => w.some(isDamage), 30_000);
    expect(warnings.find(isDamage)?.params).toMatchObject({
      sessionId: recorded.sessionId,
      losses: [
        { kind: 'missing', records: 1, after: expect.any(Number), before: expect.any(Number) },
      ],
      copy: expect.stringMatching(/\.copy$/),
    });
    const { view } = await whenConsoleView(
      console,
      (v) => v.sessionId === recorded.sessionId,
      30_000,
    );
    expect(view.answered).toBe(PARTICIPANTS - 1);
    // Nothing was cut: the damaged file is still all there, and a copy of it sits beside it.
    expect(readFileSync(recorded.journalPath).subarray(0, data.length).equals(data)).toBe(true);
    const copies = readdirSync(join(recorded.dataDir, 'sessions')).filter((n) =>
      n.endsWith('.copy'),
    );
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(recorded.dataDir, 'sessions', copies[0]!)).equals(data)).toBe(true);

    const storm = await recorded.crowd.storm(500);
    expect(storm.resumed).toBe(PARTICIPANTS);
    expect(storm.identical).toBe(PARTICIPANTS - 1);
    expect(host.child.exitCode).toBeNull();
  });

  test('zero-filled tail (the file grew but its last blocks were never written)', async () => {
    const recorded = await recordSession();
    appendFileSync(recorded.journalPath, Buffer.alloc(64 * 1024));

    const { console } = await restart(recorded);
    const warnings = await whenWarnings(console, (w) => w.some(isDamage), 30_000);
    const damage = warnings.find(isDamage)?.params;
    expect(damage?.sessionId).toBe(recorded.sessionId);
    expect(JSON.stringify(damage?.losses)).toMatch(/zero/);
    const { view } = await whenConsoleView(
      console,
      (v) => v.sessionId === recorded.sessionId,
      30_000,
    );
    expect(view.answered).toBe(PARTICIPANTS);

    const storm = await recorded.crowd.storm(500);
    expect(storm.errors).toEqual({});
    expect(storm.identical).toBe(PARTICIPANTS);
  });

  test('missing journal file: the host starts without it and says the session is gone', async () => {
    const recorded = await recordSession();
    rmSync(recorded.journalPath);

    const { host, console } = await restart(recorded);
    const reply = await consoleRequestRaw(console, 'session:resume', {
      sessionId: recorded.sessionId,
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('NOT_FOUND');
      expect(reply.error.message).toMatch(/missing|deleted|not/i);
      expect(reply.error.reason).toEqual({ kind: 'sessionFile', problem: 'missing' });
    }
    const history = await consoleRequestRaw(console, 'history:list', {});
    expect(history.ok).toBe(true);
    const resumedPhone = await recorded.crowd.storm(0);
    expect(resumedPhone.resumed).toBe(0);
    expect(Object.keys(resumedPhone.errors)).toEqual(['NO_SESSION']);
    expect(host.child.exitCode).toBeNull();
  });

  test('missing key file: the session is listed as unreadable, not dropped, and its journal is left as it was', async () => {
    const recorded = await recordSession();
    const before = readFileSync(recorded.journalPath);
    rmSync(join(recorded.dataDir, 'key'));

    const { host, console } = await restart(recorded);
    const history = await consoleRequestRaw(console, 'history:list', {});
    expect(history.ok).toBe(true);
    if (history.ok) {
      const listed = history.sessions.find((s) => s.sessionId === recorded.sessionId);
      expect(listed, 'the session is still listed').toBeDefined();
      expect(JSON.stringify(listed)).toMatch(/cannot|damaged|key/i);
    }
    const reply = await consoleRequestRaw(console, 'session:resume', {
      sessionId: recorded.sessionId,
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.reason).toEqual({ kind: 'sessionFile', problem: 'other-key' });
    }
    expect(readFileSync(recorded.journalPath).equals(before)).toBe(true);
    expect(host.child.exitCode).toBeNull();
  });
});
