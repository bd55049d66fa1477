import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConsoleView, buildParticipantView } from '../../shared/protocol/build-views.js';
import type { WordsAggregate } from '../../shared/aggregate/aggregate-types.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import type { SessionAction, SessionState } from '../../shared/session/session-types.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { openFileSink, type JournalSink } from '../../main/host/journal/journal-sink.js';
import { JournalStore } from '../../main/host/journal/journal-store.js';
import { LiveSession, STORAGE_UNAVAILABLE_MESSAGE } from '../../main/host/session/live-session.js';
import { replaySession } from '../../main/host/session/replay-session.js';
import { answerAction, newSession, stepIndex } from './shared-fixture.js';

/** A real file journal whose disk can be told to stall or refuse, like a full or dying disk. */
interface DiskControl {
  /** Writes wait for this before they reach the file. */
  hold: Promise<void> | undefined;
  failWrites: boolean;
  /** The disk cannot even cut a failed write back off: the journal gives up for good. */
  failTruncate: boolean;
  writes: number;
}

async function liveSession(state: SessionState = newSession()) {
  const dir = await mkdtemp(join(tmpdir(), 'circlework-live-'));
  const disk: DiskControl = { hold: undefined, failWrites: false, failTruncate: false, writes: 0 };
  const openSink = async (path: string): Promise<JournalSink> => {
    const file = await openFileSink(path);
    return {
      async write(data) {
        await disk.hold;
        if (disk.failWrites) {
          await file.write(data.subarray(0, Math.min(3, data.length)));
          throw new Error('ENOSPC: no space left on device');
        }
        disk.writes++;
        await file.write(data);
      },
      sync: () => file.sync(),
      truncate: (size) =>
        disk.failTruncate ? Promise.reject(new Error('EIO')) : file.truncate(size),
      close: () => file.close(),
    };
  };
  const store = new JournalStore(join(dir, 'sessions'), createFileKeyProvider(dir), openSink);
  const journal = await store.create(state.id, state.createdAt);
  await journal.append({ t: 'init', state });
  const failures: string[] = [];
  const live = new LiveSession(state, new Map(), journal, 'http://192.168.1.20:8080/?code=ABC234');
  live.onStorageFailure = (error) => failures.push(error.message);
  const replayed = async () => {
    await journal.writer.idle();
    return replaySession((await store.read(state.id)).records)!;
  };
  return { live, disk, failures, replayed };
}

async function mustApply(live: LiveSession, ...actions: SessionAction[]) {
  for (const action of actions) {
    const applied = await live.apply(action);
    if (!applied.ok) throw new Error(`${action.type}: ${applied.error.message}`);
  }
}

function pureFold(state: SessionState, actions: SessionAction[]): SessionState {
  return actions.reduce((s, a) => {
    const t = reduceSession(s, a);
    return t.ok ? t.state : s;
  }, state);
}

const join_ = (participantId: string): SessionAction => ({ type: 'join', participantId });
const openQuiz: SessionAction[] = [
  { type: 'start' },
  { type: 'goto', index: stepIndex.quiz! },
  { type: 'open' },
];
const pick = (optionId: string) => ({ kind: 'choice' as const, optionIds: [optionId] });

describe('live session: changes in place, counts only what is on disk', () => {
  it('ends where the pure reducer ends, and its journal replays to the same state', async () => {
    const { live, replayed } = await liveSession();
    const actions: SessionAction[] = [
      join_('p1'),
      join_('p2'),
      join_('p3'),
      ...openQuiz,
      answerAction('p1', 'quiz', pick('a')),
      answerAction('p2', 'quiz', pick('b')),
      answerAction('p1', 'quiz', pick('b')),
      { type: 'remove', participantId: 'p3' },
      { type: 'close' },
      { type: 'reveal' },
    ];
    await Promise.all(actions.map((a) => live.apply(a)));
    const expected = pureFold(newSession(), actions);
    expect(live.committed).toEqual(expected);
    expect(live.current).toEqual(expected);
    expect((await replayed()).state).toEqual(expected);
    // p3 was removed: the seat is free again for the room cap.
    expect(live.participantCount).toBe(2);
  });

  it('journals removeMany as one record that replays, and frees the removed seats', async () => {
    const { live, disk, replayed } = await liveSession();
    const ids = ['b1', 'b2', 'b3', 'b4'];
    await mustApply(live, join_('real'), ...ids.map(join_));
    expect(live.participantCount).toBe(5);
    const writes = disk.writes;
    await mustApply(live, { type: 'removeMany', participantIds: ['b1', 'b1', ...ids] });
    expect(disk.writes - writes).toBeLessThanOrEqual(1);
    expect(live.participantCount).toBe(1);
    // Removing them again frees nothing more and writes nothing.
    await mustApply(
      live,
      { type: 'removeMany', participantIds: ids },
      { type: 'remove', participantId: 'b2' },
    );
    expect(live.participantCount).toBe(1);
    const state = (await replayed()).state;
    expect(state).toEqual(live.committed);
    expect(ids.every((id) => state.participants[id]!.removed)).toBe(true);
    expect(state.participants.real!.removed).toBe(false);
  });

  it('counts removed seats back in when the disk refuses the removal', async () => {
    const { live, disk } = await liveSession();
    await mustApply(live, join_('a'), join_('b'));
    disk.failWrites = true;
    expect((await live.apply({ type: 'removeMany', participantIds: ['a', 'b'] })).ok).toBe(false);
    expect(live.participantCount).toBe(2);
  });

  it('never lets the caller’s state or the two internal states share what it changes', async () => {
    const start = newSession();
    const { live } = await liveSession(start);
    await mustApply(live, join_('p1'));
    expect(start.participants).toEqual({});
    expect(live.current).not.toBe(live.committed);
    expect(live.current.participants).not.toBe(live.committed.participants);
  });

  it('checks the next action against actions still on their way to disk, shows only committed ones', async () => {
    const { live, disk } = await liveSession();
    let release!: () => void;
    disk.hold = new Promise((resolve) => (release = resolve));
    const joining = live.apply(join_('p1'));
    const answering = live.apply({ type: 'pause', participantId: 'p1', on: true });
    expect(live.current.participants.p1).toBeDefined();
    expect(live.current.pauseRequests).toEqual(['p1']);
    expect(live.committed.participants.p1).toBeUndefined();
    expect(buildConsoleView(live.committed, live.joinUrl, 0).joined).toBe(0);
    release();
    expect((await joining).ok).toBe(true);
    expect((await answering).ok).toBe(true);
    expect(live.committed.participants.p1).toBeDefined();
    expect(live.committed.pauseRequests).toEqual(['p1']);
    expect(buildConsoleView(live.committed, live.joinUrl, 0).joined).toBe(1);
  });

  it('writes nothing for an action that changes nothing', async () => {
    const { live, disk } = await liveSession();
    await mustApply(live, join_('p1'));
    const writes = disk.writes;
    const again = await live.apply({ type: 'pause', participantId: 'p1', on: false });
    expect(again).toEqual({ ok: true, state: live.committed });
    expect(disk.writes).toBe(writes);
  });

  it('answers refused actions with the reducer’s error and keeps both states as they were', async () => {
    const { live } = await liveSession();
    const refused = await live.apply(answerAction('ghost', 'quiz', pick('a')));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PARTICIPANT' } });
    expect(live.current).toEqual(newSession());
    expect(live.committed).toEqual(newSession());
  });

  it('rolls every waiting action back when the disk refuses, then carries on when it recovers', async () => {
    const { live, disk, failures, replayed } = await liveSession();
    await mustApply(live, join_('p1'), ...openQuiz);
    disk.failWrites = true;
    const refused = await Promise.all([
      live.apply(join_('p2')),
      live.apply(answerAction('p1', 'quiz', pick('a'))),
    ]);
    for (const reply of refused) {
      expect(reply).toEqual({
        ok: false,
        error: { code: 'STORAGE_UNAVAILABLE', message: STORAGE_UNAVAILABLE_MESSAGE },
      });
    }
    expect(failures).toHaveLength(1);
    expect(live.current).toEqual(live.committed);
    expect(live.current.participants.p2).toBeUndefined();
    expect(live.current.participants.p1!.answers.quiz).toBeUndefined();
    expect(live.participantCount).toBe(1);

    disk.failWrites = false;
    // p2 never joined: the speculative state must not remember the refused join.
    const ghost = await live.apply(answerAction('p2', 'quiz', pick('a')));
    expect(ghost).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PARTICIPANT' } });
    await mustApply(live, answerAction('p1', 'quiz', pick('c')));
    expect(live.committed.participants.p1!.answers.quiz?.answer).toEqual(pick('c'));
    expect((await replayed()).state).toEqual(live.committed);
  });

  it('rolls back a refused action even when the journal has given up for good', async () => {
    const { live, disk } = await liveSession();
    await mustApply(live, join_('p1'));
    disk.failWrites = true;
    disk.failTruncate = true;
    expect((await live.apply(join_('p2'))).ok).toBe(false);
    disk.failWrites = false;
    // The journal now refuses at once, without a failed write: still nothing may linger.
    const refused = await live.apply(join_('p3'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE_UNAVAILABLE' } });
    expect(Object.keys(live.current.participants)).toEqual(['p1']);
    expect(live.current).toEqual(live.committed);
    expect(live.participantCount).toBe(1);
  });

  it('keeps phones’ room aggregate fresh although the committed state is changed in place', async () => {
    const { live } = await liveSession();
    const ids = ['p1', 'p2', 'p3'];
    await mustApply(
      live,
      ...ids.map(join_),
      { type: 'start' },
      { type: 'goto', index: stepIndex.cloud! },
      { type: 'open' },
      ...ids.map((id) => answerAction(id, 'cloud', { kind: 'words', words: ['Trust', 'Care'] })),
      { type: 'close' },
      { type: 'reveal' },
    );
    // A group of 3: the room's cloud lists words more than one person gave, without counts.
    const wordsOf = () =>
      (buildParticipantView(live.committed, 'p1', 0).aggregate as WordsAggregate).topWords ?? [];
    expect(wordsOf().sort()).toEqual(['care', 'trust']);
    await mustApply(live, { type: 'hideWord', stepId: 'cloud', word: 'trust', hidden: true });
    expect(wordsOf()).toEqual(['care']);
  });
});
