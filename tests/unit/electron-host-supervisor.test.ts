import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HostSupervisor,
  type HostChild,
  type HostState,
} from '../../main/electron/host-supervisor.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import type { ConsoleLiveView } from '../../shared/protocol/views.js';
import { closeClients, connect, eventually, openSession } from '../integration/host-test-kit.js';

const root = new URL('../../', import.meta.url);
const SHIM = new URL('tests/fixtures/utility-process-shim.ts', root).pathname;
const ENTRY = new URL('main/electron/host-process-main.ts', root).pathname;

/** A real child process running the real entry file, seen through the HostChild interface. */
function forkEntry(children: ChildProcess[]): HostChild {
  const child = fork(SHIM, [ENTRY], {
    execArgv: ['--import', 'tsx'],
    cwd: root.pathname,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  return {
    postMessage: (message) => void child.send(message),
    on(event: 'message' | 'exit', listener: (value: never) => void) {
      if (event === 'exit')
        child.on('exit', (code, signal) => listener((code ?? (signal ? 137 : 0)) as never));
      else child.on('message', listener as (m: unknown) => void);
      return this;
    },
    kill: () => child.kill('SIGKILL'),
  } as HostChild;
}

let dir: string;
const children: ChildProcess[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'circlework-supervisor-'));
});
afterAll(async () => {
  closeClients();
  // A failed test must not leave a host running.
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('the host supervisor with the real entry file in a real process', () => {
  it('restarts the host after it is killed, on the same door, with the live session from its journal', async () => {
    const states: HostState[] = [];
    const logs: string[] = [];
    let onRunning: () => void = () => {};
    const supervisor = new HostSupervisor({
      fork: () => forkEntry(children),
      start: {
        dataDir: join(dir, 'data'),
        settingsDir: dir,
        templatesDir: shippedTemplatesDir(),
        consoleAppDir: join(dir, 'console'),
        participantAppDir: join(dir, 'participant'),
        token: randomBytes(32).toString('base64url'),
        key: randomBytes(32).toString('base64'),
      },
      log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) },
      onState: (state) => {
        states.push(state);
        if (state === 'running') onRunning();
      },
    });

    const ready = await supervisor.start();
    expect(ready.consolePort).toBeGreaterThan(0);
    const consoleDoor = `http://127.0.0.1:${ready.consolePort}/console`;
    const before = await openSession(await connect(consoleDoor, { token: ready.token }));

    const running = new Promise<void>((resolve) => (onRunning = resolve));
    children[0]!.kill('SIGKILL');
    await running;
    expect(states).toEqual(['reconnecting', 'running']);
    expect(children).toHaveLength(2);
    expect(children[1]!.pid).not.toBe(children[0]!.pid);
    // Same door, same token: the console (like the window's page) reconnects and finds the session.
    const after = await connect(consoleDoor, { token: ready.token });
    const view = await eventually<ConsoleLiveView>(after, 'console:view', () => true);
    expect(view.sessionId).toBe(before.sessionId);
    expect(view.roomCode).toBe(before.roomCode);
    expect(logs.some((m) => /ended unexpectedly/.test(m))).toBe(true);

    const exited = new Promise<number | null>((resolve) => children[1]!.on('exit', resolve));
    await supervisor.close();
    expect(await exited).toBe(0);
    expect(states).toEqual(['reconnecting', 'running']);
  });
});
