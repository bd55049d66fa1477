import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../shared/protocol/console-events.js';
import type { HostWarning } from '../../shared/protocol/host-warnings.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { JournalStore } from '../../main/host/journal/journal-store.js';
import { silentLogger, type Logger } from '../../main/host/logger.js';
import { ANSWER_RATE_MESSAGE } from '../../main/host/session/participant-requests.js';
import { createSessionParts } from '../../main/host/session/session-parts.js';
import type { TemplateLibrary } from '../../main/templates/template-library-types.js';
import { fixtureTemplate, settings, stepIndex } from './shared-fixture.js';
import { framesOf } from './journal-frames.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function sessionsIn(dir: string, clock: { now: number }, log: Logger = silentLogger) {
  const appSettings = { retentionDays: 30 } as AppSettings;
  const sessions = createSessionParts({
    journals: new JournalStore(join(dir, 'sessions'), createFileKeyProvider(dir)),
    settings: { get: () => appSettings, set: () => appSettings },
    library: { get: () => fixtureTemplate } as unknown as TemplateLibrary,
    log,
    now: () => clock.now,
    joinUrlFor: (code) => `http://host/?code=${code}`,
    roomCap: 100,
  });
  return sessions;
}

async function openQuiz(dir: string, clock: { now: number }, people: number) {
  const sessions = await sessionsIn(dir, clock);
  const created = await sessions.opener.create('fixture', settings);
  if (!created.ok) throw new Error(created.error.message);
  for (const action of [
    { type: 'start' },
    { type: 'goto', index: stepIndex.quiz! },
    { type: 'open' },
  ] as const) {
    expect((await sessions.consoleActions.consoleAction(action)).ok).toBe(true);
  }
  const ids: string[] = [];
  for (let i = 0; i < people; i++) {
    const joined = await sessions.requests.join(created.session.committed.roomCode, undefined);
    if (!joined.ok) throw new Error(joined.error.message);
    ids.push(joined.participantId);
  }
  return { sessions, sessionId: created.session.id, ids };
}

const answer = (option: string) => ({
  type: 'answer' as const,
  stepId: 'quiz',
  answer: { kind: 'choice' as const, optionIds: [option] },
});

describe('session parts and the journal', () => {
  it('rate limits a participant’s answer changes with a clear error, per participant', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'circlework-sessions-'));
    dirs.push(dir);
    const clock = { now: 1_000_000 };
    const { sessions, sessionId, ids } = await openQuiz(dir, clock, 2);
    const [first, second] = ids as [string, string];
    for (let i = 0; i < 20; i++) {
      const result = await sessions.requests.participantAction(
        sessionId,
        first,
        answer(i % 2 ? 'a' : 'b'),
      );
      expect(result.ok, `change ${i}`).toBe(true);
    }
    const refused = await sessions.requests.participantAction(sessionId, first, answer('c'));
    expect(refused).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: ANSWER_RATE_MESSAGE },
    });
    // Another participant is not held back, and the first gets two more a second later.
    expect((await sessions.requests.participantAction(sessionId, second, answer('a'))).ok).toBe(
      true,
    );
    clock.now += 1000;
    expect((await sessions.requests.participantAction(sessionId, first, answer('c'))).ok).toBe(
      true,
    );
    expect((await sessions.requests.participantAction(sessionId, first, answer('a'))).ok).toBe(
      true,
    );
    expect((await sessions.requests.participantAction(sessionId, first, answer('b'))).ok).toBe(
      false,
    );
    await sessions.room.close();
  });

  it('resumes a damaged journal: says what was lost in plain words, keeps the rest and the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'circlework-sessions-'));
    dirs.push(dir);
    const clock = { now: Date.now() };
    const { sessions, sessionId, ids } = await openQuiz(dir, clock, 6);
    for (const [i, id] of ids.entries()) {
      expect(
        (await sessions.requests.participantAction(sessionId, id, answer(i % 2 ? 'a' : 'b'))).ok,
      ).toBe(true);
    }
    await sessions.room.close();
    const path = join(dir, 'sessions', `${sessionId}.journal`);
    const { frames, data } = framesOf(path);
    // Damage the answers of participants 2 and 3 (the 4th- and 3rd-last records).
    for (const frame of frames.slice(-4, -2)) data[frame.end - 5]! ^= 0xff;
    await writeFile(path, data);

    const logged: string[] = [];
    const again = await sessionsIn(dir, clock, { ...silentLogger, warn: (l) => logged.push(l) });
    const warnings: HostWarning[] = [];
    again.warnings.onWarning = (warning) => warnings.push(warning);
    const resumed = await again.opener.resume(sessionId);
    expect(resumed.ok).toBe(true);
    expect(warnings).toHaveLength(1);
    // The console words the warning from these values; the log keeps an English line.
    expect(warnings[0]).toEqual({
      code: 'sessionFileDamaged',
      params: {
        sessionId,
        details: ['checksum mismatch'],
        losses: [
          { kind: 'missing', records: 2, after: expect.any(Number), before: expect.any(Number) },
        ],
        copy: expect.stringMatching(new RegExp(`^${sessionId}\\.damaged-at-\\d+\\.copy$`)),
      },
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      new RegExp(
        `^The file of session ${sessionId} was damaged \\(checksum mismatch\\): ` +
          '2 changes \\(answers, joins or steps\\) from \\d\\d:\\d\\d(–\\d\\d:\\d\\d)? could not be read; ' +
          `everything else is back\\. A copy of the damaged file was kept as ${sessionId}\\.damaged-at-\\d+\\.copy\\.$`,
      ),
    );
    const state = again.room.live!.committed;
    const answered = ids.filter((id) => state.participants[id]?.answers.quiz);
    expect(answered).toEqual([ids[0], ids[1], ids[4], ids[5]]);
    expect((await readFile(path)).equals(data)).toBe(true);
    await again.room.close();
    // History, reading the closed session from disk, says the same.
    const history = await again.archive.history();
    expect(history.sessions[0]?.warning).toMatchObject({
      code: 'sessionFileDamaged',
      params: { sessionId, losses: [{ kind: 'missing', records: 2 }] },
    });
    // Opening it again warns again (the damage is still in the file) but keeps the one copy.
    expect((await again.opener.resume(sessionId)).ok).toBe(true);
    await again.room.close();
    const copies = (await readdir(join(dir, 'sessions'))).filter((n) => n.endsWith('.copy'));
    expect(copies).toHaveLength(1);
    expect(warnings).toHaveLength(2);
  });

  it('serves an export of a closed session read once, and reads it again after it changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'circlework-sessions-'));
    dirs.push(dir);
    const clock = { now: 1_000_000 };
    const { sessions, sessionId, ids } = await openQuiz(dir, clock, 1);
    expect((await sessions.requests.participantAction(sessionId, ids[0]!, answer('a'))).ok).toBe(
      true,
    );
    await sessions.room.close();

    const first = await sessions.archive.loadSession(sessionId);
    expect(first?.participants[ids[0]!]?.answers.quiz?.answer).toEqual({
      kind: 'choice',
      optionIds: ['a'],
    });
    // Unchanged on disk: the same state, not read and replayed again.
    expect(await sessions.archive.loadSession(sessionId)).toBe(first);

    // Reopened and changed: the next export reads what is on disk now.
    expect((await sessions.opener.resume(sessionId)).ok).toBe(true);
    expect((await sessions.requests.participantAction(sessionId, ids[0]!, answer('b'))).ok).toBe(
      true,
    );
    await sessions.room.close();
    const changed = await sessions.archive.loadSession(sessionId);
    expect(changed).not.toBe(first);
    expect(changed?.participants[ids[0]!]?.answers.quiz?.answer).toEqual({
      kind: 'choice',
      optionIds: ['b'],
    });

    // Deleted: gone, cache or not.
    expect((await sessions.archive.deleteSession(sessionId)).ok).toBe(true);
    expect(await sessions.archive.loadSession(sessionId)).toBeUndefined();
  });
});
