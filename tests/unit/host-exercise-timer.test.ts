import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../shared/protocol/console-events.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { JournalStore } from '../../main/host/journal/journal-store.js';
import { silentLogger } from '../../main/host/logger.js';
import { createSessionParts } from '../../main/host/session/session-parts.js';
import type { TemplateLibrary } from '../../main/templates/template-library-types.js';
import { apply, fixtureTemplate, newSession, settings, stepIndex } from './shared-fixture.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Session parts on a hand-driven clock: scheduled work runs when the test says time has passed. */
async function quizWithClock() {
  const dir = await mkdtemp(join(tmpdir(), 'circlework-timer-'));
  dirs.push(dir);
  const clock = { now: 1_000_000 };
  const pending: { at: number; run: () => void; cancelled: boolean }[] = [];
  const appSettings = { retentionDays: 30 } as AppSettings;
  const sessions = createSessionParts({
    journals: new JournalStore(join(dir, 'sessions'), createFileKeyProvider(dir)),
    settings: { get: () => appSettings, set: () => appSettings },
    library: { get: () => fixtureTemplate } as unknown as TemplateLibrary,
    log: silentLogger,
    now: () => clock.now,
    joinUrlFor: (code) => `http://host/?code=${code}`,
    roomCap: 100,
    schedule: (ms, run) => {
      const entry = { at: clock.now + ms, run, cancelled: false };
      pending.push(entry);
      return () => (entry.cancelled = true);
    },
  });
  const created = await sessions.opener.create('fixture', settings);
  if (!created.ok) throw new Error(created.error.message);
  for (const action of [
    { type: 'start' },
    { type: 'goto', index: stepIndex.quiz! },
    { type: 'open' },
  ] as const)
    expect((await sessions.consoleActions.consoleAction(action)).ok).toBe(true);
  const nextChange = () =>
    new Promise<void>((resolve) => {
      sessions.room.onChange = () => resolve();
    });
  /** Moves the clock on and runs what fell due, waiting for the close it may write. */
  const advance = async (ms: number) => {
    clock.now += ms;
    const due = pending.filter((p) => !p.cancelled && p.at <= clock.now);
    const landed = nextChange();
    for (const p of due) {
      pending.splice(pending.indexOf(p), 1);
      p.run();
    }
    // The close goes through the journal: wait until the room's view change says it landed.
    if (due.length > 0) await landed;
  };
  const phase = () => sessions.room.live!.committed.phases['quiz'];
  return { sessions, advance, phase };
}

describe('a countdown on an exercise', () => {
  it('closes responses when it runs out, if the counselor chose so', async () => {
    const { sessions, advance, phase } = await quizWithClock();
    const started = await sessions.consoleActions.consoleAction({
      type: 'timer',
      command: 'start',
      seconds: 60,
      closesResponses: true,
    });
    expect(started.ok).toBe(true);
    await advance(59_000);
    expect(phase()).toBe('open');
    await advance(1_000);
    expect(phase()).toBe('closed');
  });

  it('leaves responses open when the counselor did not choose it, or paused the clock', async () => {
    const plain = await quizWithClock();
    await plain.sessions.consoleActions.consoleAction({
      type: 'timer',
      command: 'start',
      seconds: 30,
    });
    await plain.advance(31_000);
    expect(plain.phase()).toBe('open');

    const paused = await quizWithClock();
    await paused.sessions.consoleActions.consoleAction({
      type: 'timer',
      command: 'start',
      seconds: 30,
      closesResponses: true,
    });
    await paused.advance(10_000);
    await paused.sessions.consoleActions.consoleAction({ type: 'timer', command: 'pause' });
    await paused.advance(60_000);
    expect(paused.phase()).toBe('open');
  });

  it('keeps a running countdown’s length, takes a new one after a reset, and none on info', () => {
    const onQuiz = apply(newSession(), { type: 'start' }, { type: 'goto', index: stepIndex.quiz! });
    const running = apply(onQuiz, { type: 'timer', command: 'start', now: 0, seconds: 60 });
    const again = apply(running, { type: 'timer', command: 'start', now: 5, seconds: 10 });
    expect(again.timer).toMatchObject({ durationMs: 60_000, runningSince: 0 });
    const reset = apply(again, { type: 'timer', command: 'reset', now: 6 });
    const shorter = apply(reset, { type: 'timer', command: 'start', now: 7, seconds: 10 });
    expect(shorter.timer).toMatchObject({ durationMs: 10_000, remainingMs: 10_000 });

    const onInfo = apply(newSession(), { type: 'start' });
    expect(onInfo.template.steps[onInfo.currentStep]!.kind).toBe('info');
    const refused = reduceSession(onInfo, { type: 'timer', command: 'start', now: 0 });
    expect(refused.ok).toBe(false);
  });
});
