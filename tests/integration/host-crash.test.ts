import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView } from '../../shared/protocol/views.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import {
  ask,
  closeClients,
  connect,
  connectPhone,
  must,
  openSession,
  tempDir,
} from './host-test-kit.js';

interface HostProcess {
  child: ChildProcess;
  consoleUrl: string;
  token: string;
  participantUrl: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** Runs `main/cli.ts` in its own Node process (TypeScript through tsx) and reads its printed URLs. */
function spawnHost(dataDir: string): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/cli.ts', '--data-dir', dataDir, '--port', '0'],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const consoleLine = /^Console: (\S+)$/m.exec(out);
      const participantLine = /^Participant door: (\S+)$/m.exec(out);
      if (consoleLine && participantLine && /^Join: /m.test(out) && /^Projector: /m.test(out)) {
        const consoleUrl = consoleLine[1]!;
        resolve({
          child,
          consoleUrl,
          token: new URL(consoleUrl).searchParams.get('token')!,
          participantUrl: participantLine[1]!,
          exited,
        });
      }
    });
    void exited.then((how) => reject(new Error(`host exited (${String(how)}): ${out}\n${err}`)));
  });
}

const children: ChildProcess[] = [];
afterEach(() => {
  closeClients();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const PHONES = 24;
const SLIDER_INDEX = 8;

describe('host: a crash loses no acknowledged answer', () => {
  it('restarts after SIGKILL with every answer that was acknowledged', async () => {
    const dataDir = await tempDir();
    const first = await spawnHost(dataDir);
    children.push(first.child);
    const consoleSocket = await connect(`${new URL(first.consoleUrl).origin}/console`, {
      token: first.token,
    });
    const opened = await openSession(consoleSocket);
    await must(consoleSocket, 'session:action', { action: { type: 'start' } });
    await must(consoleSocket, 'session:action', { action: { type: 'goto', index: SLIDER_INDEX } });
    await must(consoleSocket, 'session:action', { action: { type: 'open' } });

    const phones = await Promise.all(
      Array.from({ length: PHONES }, () => connectPhone(`${first.participantUrl}/participant`)),
    );
    const joins = await Promise.all(
      phones.map((phone) => must<JoinResult>(phone, 'join', { roomCode: opened.roomCode })),
    );
    const answerOf = (i: number): Answer => ({ kind: 'slider', value: i % 11 });

    // Every phone answers at once; the host is killed the moment half of them are acknowledged.
    const acknowledged = new Set<number>();
    const half = PHONES / 2;
    await new Promise<void>((resolve) => {
      phones.forEach((phone, i) => {
        phone.emit(
          'answer',
          { stepId: 'energy', answer: answerOf(i) },
          (reply: { ok: boolean }) => {
            if (!reply.ok || first.child.exitCode !== null || first.child.signalCode) return;
            acknowledged.add(i);
            if (acknowledged.size === half) {
              first.child.kill('SIGKILL');
              resolve();
            }
          },
        );
      });
    });
    expect(await first.exited).toBe('SIGKILL');
    const acked = [...acknowledged];
    expect(acked.length).toBeGreaterThanOrEqual(half);
    closeClients();

    const second = await spawnHost(dataDir);
    children.push(second.child);
    for (const i of acked) {
      const phone = await connectPhone(`${second.participantUrl}/participant`);
      const resumed = await must<JoinResult>(phone, 'resume', {
        resumeToken: joins[i]!.resumeToken,
      });
      expect(resumed.view.sessionId).toBe(opened.sessionId);
      expect(resumed.view.myAnswer, `answer of phone ${i}`).toEqual(answerOf(i));
    }
    const consoleAgain = await connect(`${new URL(second.consoleUrl).origin}/console`, {
      token: second.token,
    });
    const closed = await ask<{ view: ConsoleLiveView }>(consoleAgain, 'session:action', {
      action: { type: 'close' },
    });
    expect(closed.ok).toBe(true);
    if (closed.ok) expect(closed.view.answered).toBeGreaterThanOrEqual(acked.length);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await rm(dataDir, { recursive: true, force: true });
  });
});
