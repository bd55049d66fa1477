import { appendFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostWarningListSchema, type HostWarning } from '../../shared/protocol/host-warnings.js';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView } from '../../shared/protocol/views.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { openFileSink } from '../../main/host/journal/journal-sink.js';
import { JournalStore } from '../../main/host/journal/journal-store.js';
import { ar } from '../../renderer/console-and-projector/i18n/catalogs/ar.js';
import { en } from '../../renderer/console-and-projector/i18n/catalogs/en.js';
import { es } from '../../renderer/console-and-projector/i18n/catalogs/es.js';
import { activateRoomCatalog } from '../../renderer/console-and-projector/i18n/translate.js';
import { hostWarningText } from '../../renderer/console/host-warning-text.js';
import {
  ask,
  closeClients,
  connectConsole,
  connectParticipant,
  eventually,
  must,
  openSession,
  startTestHost,
  tempDir,
  type TestHost,
} from './host-test-kit.js';

const QUIZ_INDEX = 3;
const DAY = 24 * 60 * 60 * 1000;
const hosts: TestHost[] = [];

afterEach(async () => {
  activateRoomCatalog('en', en);
  closeClients();
  for (const t of hosts.splice(0)) await t.stop();
});

async function quizWithAnswers(t: TestHost, count: number) {
  const consoleSocket = await connectConsole(t.host);
  const view = await openSession(consoleSocket);
  await must(consoleSocket, 'session:action', { action: { type: 'start' } });
  await must(consoleSocket, 'session:action', { action: { type: 'goto', index: QUIZ_INDEX } });
  await must(consoleSocket, 'session:action', { action: { type: 'open' } });
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const phone = await connectParticipant(t.host);
    tokens.push((await must<JoinResult>(phone, 'join', { roomCode: view.roomCode })).resumeToken);
    await must(phone, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['a'] } });
  }
  return { consoleSocket, view, tokens };
}

describe('host: storage trouble', () => {
  it('resumes a session whose journal tail is corrupt, keeps what came before and warns the console', async () => {
    const dataDir = await tempDir();
    const first = await startTestHost({ dataDir });
    const { view, tokens } = await quizWithAnswers(first, 3);
    await first.stop();
    await appendFile(
      join(dataDir, 'sessions', `${view.sessionId}.journal`),
      Buffer.from('\x00\x00\x01\x00garbage'),
    );

    const second = await startTestHost({ dataDir });
    hosts.push(second);
    expect(second.warnings.join('\n')).toMatch(/damaged/);
    const consoleSocket = await connectConsole(second.host);
    const warnings = await eventually<HostWarning[]>(
      consoleSocket,
      'host:warnings',
      (w) => w.length > 0,
    );
    expect(hostWarningListSchema.parse(warnings)).toEqual([
      {
        code: 'sessionFileDamaged',
        params: {
          sessionId: view.sessionId,
          losses: [{ kind: 'damagedEnd', bytes: 11, detail: expect.any(String) }],
          details: [],
          copy: expect.stringMatching(/\.copy$/),
        },
      },
    ]);
    // The console words it in the counselor's language; the host's log keeps English.
    expect(hostWarningText(warnings[0]!)).toMatch(
      /Its last bytes are damaged \(.*, 11 bytes\).*Everything else is back\./,
    );
    activateRoomCatalog('es', es);
    expect(hostWarningText(warnings[0]!)).toMatch(
      new RegExp(
        `^El archivo de la sesión ${view.sessionId} estaba dañado\\. ` +
          'Sus últimos bytes están dañados \\(.*, 11 bytes\\).*Todo lo demás se ha recuperado\\. ' +
          'Se guardó una copia del archivo dañado como .*\\.copy\\.$',
      ),
    );
    const restored = await eventually<ConsoleLiveView | null>(
      consoleSocket,
      'console:view',
      (v) => v !== null,
    );
    expect(restored?.warnings).toEqual(warnings);
    for (const token of tokens) {
      const phone = await connectParticipant(second.host);
      const resumed = await must<JoinResult>(phone, 'resume', { resumeToken: token });
      expect(resumed.view.myAnswer).toEqual({ kind: 'choice', optionIds: ['a'] });
    }
    // New answers after the damage are kept too (appended after the damaged tail, which is kept).
    const phone = await connectParticipant(second.host);
    await must(phone, 'join', { roomCode: view.roomCode });
    await must(phone, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['b'] } });
    const closed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'close' },
    });
    expect(closed.view.answered).toBe(4);
  });

  it('refuses an answer it cannot write (disk full) and never acknowledges it', async () => {
    let diskFull = false;
    const t = await startTestHost({
      openJournalSink: async (path) => {
        const sink = await openFileSink(path);
        return {
          ...sink,
          write: (data) =>
            diskFull
              ? Promise.reject(
                  Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
                )
              : sink.write(data),
        };
      },
    });
    hosts.push(t);
    const { consoleSocket, view } = await quizWithAnswers(t, 1);
    const phone = await connectParticipant(t.host);
    const joined = await must<JoinResult>(phone, 'join', { roomCode: view.roomCode });

    diskFull = true;
    const refused = await ask(phone, 'answer', {
      stepId: 'quiz',
      answer: { kind: 'choice', optionIds: ['c'] },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE_UNAVAILABLE' } });
    const warned = await eventually<HostWarning[]>(consoleSocket, 'host:warnings', (w) =>
      w.some((m) => m.code === 'answersNotWritten'),
    );
    const noSpace = warned.find((m) => m.code === 'answersNotWritten')!;
    expect(noSpace.params).toEqual({ diskFull: true, detail: 'ENOSPC: no space left on device' });
    activateRoomCatalog('ar', ar);
    expect(hostWarningText(noSpace)).toBe(
      'قرص الحاسوب ممتلئ: تعذّر حفظ الإجابات (ENOSPC: no space left on device). أفرغ بعض المساحة؛ وقد طُلب من الهواتف المحاولة مرة أخرى.',
    );
    const again = await connectParticipant(t.host);
    const resumed = await must<JoinResult>(again, 'resume', { resumeToken: joined.resumeToken });
    expect(resumed.view.myAnswer).toBeUndefined();

    diskFull = false;
    await must(phone, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['c'] } });
    const closed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'close' },
    });
    expect(closed.view.answered).toBe(2);
  });

  it('reports a resumable session whose file went missing', async () => {
    const t = await startTestHost();
    hosts.push(t);
    const consoleSocket = await connectConsole(t.host);
    const reply = await ask(consoleSocket, 'session:resume', { sessionId: 'NoSuchSession123' });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/missing/) },
    });
  });

  it('deletes sessions past the retention period at start, and on request for real', async () => {
    const dataDir = await tempDir();
    const store = new JournalStore(join(dataDir, 'sessions'), createFileKeyProvider(dataDir));
    await (await store.create('OldSession0001', Date.now() - 40 * DAY)).close();
    await (await store.create('RecentSession01', Date.now() - 10 * DAY)).close();
    const t = await startTestHost({ dataDir });
    hosts.push(t);
    expect((await readdir(join(dataDir, 'sessions'))).sort()).toEqual(['RecentSession01.journal']);

    const consoleSocket = await connectConsole(t.host);
    const { view } = await quizWithAnswers(t, 1);
    const listed = await must<{
      sessions: { sessionId: string; expiresInDays: number }[];
      resumable: unknown[];
    }>(consoleSocket, 'history:list', {});
    const live = listed.sessions.find((s) => s.sessionId === view.sessionId);
    expect(live?.expiresInDays).toBe(30);
    const damaged = listed.sessions.find((s) => s.sessionId === 'RecentSession01');
    expect(damaged?.expiresInDays).toBe(20);

    await must(consoleSocket, 'history:delete', { sessionId: view.sessionId });
    expect(await readdir(join(dataDir, 'sessions'))).not.toContain(`${view.sessionId}.journal`);
    const closedView = await eventually<ConsoleLiveView | null>(
      consoleSocket,
      'console:view',
      (v) => v === null,
    );
    expect(closedView).toBeNull();
    const res = await fetch(
      `${t.consoleBase}/api/exports/results/${view.sessionId}.pdf?token=${t.host.token}`,
    );
    expect(res.status).toBe(404);

    await must(consoleSocket, 'settings:set', { retentionDays: 5 });
    expect(await readdir(join(dataDir, 'sessions'))).toEqual([]);
  });
});
