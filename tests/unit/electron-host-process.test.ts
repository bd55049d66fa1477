import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../main/host/start-host.js';
import { createConfSettingsStore } from '../../main/settings/conf-settings-store.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import { runHostProcess } from '../../main/electron/host-process.js';
import type { FromHost, HostReady, HostStart } from '../../main/electron/host-process-messages.js';

/** process.parentPort of one utility process, with what it posted and how it exited. */
class FakeParentPort extends EventEmitter {
  posted: FromHost[] = [];
  exitCodes: number[] = [];
  private waiters: { type: FromHost['type']; resolve(m: FromHost): void }[] = [];
  postMessage(message: FromHost) {
    this.posted.push(message);
    for (const w of this.waiters.filter((w) => w.type === message.type)) w.resolve(message);
    this.waiters = this.waiters.filter((w) => w.type !== message.type);
  }
  send(data: unknown) {
    this.emit('message', { data });
  }
  next<T extends FromHost['type']>(type: T): Promise<Extract<FromHost, { type: T }>> {
    const seen = this.posted.find((m) => m.type === type);
    if (seen) return Promise.resolve(seen as Extract<FromHost, { type: T }>);
    return new Promise((resolve) =>
      this.waiters.push({ type, resolve: (m) => resolve(m as Extract<FromHost, { type: T }>) }),
    );
  }
}

function hostProcess(): FakeParentPort {
  const port = new FakeParentPort();
  runHostProcess(port, {
    startHost,
    settingsStore: (dir) => createConfSettingsStore(dir),
    exit: (code) => port.exitCodes.push(code),
  });
  return port;
}

let root: string;
let start: HostStart;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'circlework-host-process-'));
  start = {
    type: 'start',
    dataDir: join(root, 'data'),
    settingsDir: root,
    templatesDir: shippedTemplatesDir(),
    consoleAppDir: join(root, 'console'),
    participantAppDir: join(root, 'participant'),
    token: randomBytes(32).toString('base64url'),
    key: randomBytes(32).toString('base64'),
    consolePort: 0,
    participantPort: 0,
  };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the host in its utility process', () => {
  let first: HostReady;

  it('starts the real host with the token it was given and reports its doors', async () => {
    const port = hostProcess();
    port.send(start);
    first = await port.next('ready');
    expect(first.token).toBe(start.token);
    expect(first.consoleUrl).toBe(
      `http://127.0.0.1:${first.consolePort}/console/?token=${start.token}`,
    );
    expect(first.participantPort).toBeGreaterThan(0);
    port.send({ type: 'close' });
    await port.next('closed');
    expect(port.exitCodes).toEqual([0]);
  });

  it('starts again on the same ports (what a restart after a crash does)', async () => {
    const port = hostProcess();
    port.send({ ...start, consolePort: first.consolePort, participantPort: first.participantPort });
    const again = await port.next('ready');
    expect(again.consoleUrl).toBe(first.consoleUrl);

    // A second host on the same ports cannot start: it says why and exits with 1.
    const clash = hostProcess();
    clash.send({
      ...start,
      consolePort: first.consolePort,
      participantPort: first.participantPort,
    });
    const failed = await clash.next('failed');
    expect(failed.message).toMatch(/EADDRINUSE/);
    expect(clash.exitCodes).toEqual([1]);

    port.send({ type: 'close' });
    await port.next('closed');
  });

  it('ignores a message it does not know, and says so in the log', async () => {
    const port = hostProcess();
    port.send({ type: 'shutdown-everything' });
    const log = await port.next('log');
    expect(log).toMatchObject({ level: 'warn' });
    expect(port.exitCodes).toEqual([]);
  });
});
