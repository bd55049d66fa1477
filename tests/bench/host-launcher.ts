import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { HOST_NODE_FLAGS } from '../../main/host/heap-tuning.js';
import { forkScript, hasType, nextMessage, siblingScript, stopChild } from './child-process.js';
import type { HostChildMessage, HostParentMessage, HostProcessOptions } from './host-process.js';

type Ready = Extract<HostChildMessage, { type: 'ready' }>;

export interface HostHandle extends Omit<Ready, 'type'> {
  child: ChildProcess;
  /** The console door's origin, e.g. http://127.0.0.1:F */
  consoleOrigin: string;
  fillDisk(): Promise<number>;
  freeDisk(): Promise<void>;
  makeReadOnly(): Promise<void>;
  /** kill -9: no chance to flush or close anything. */
  kill(): Promise<void>;
  /** Every line the host printed so far (stdout and stderr). */
  logs(): string[];
  /** Resolves with the first log line matching `pattern` (already printed or still to come). */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/**
 * CIRCLEWORK_BENCH_CPU_PROF=DIR writes a V8 CPU profile of every host process into DIR (open it
 * in Chrome's DevTools, Performance tab), to see where a bench row's time goes.
 */
function profileArgs(): string[] {
  const dir = process.env.CIRCLEWORK_BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/**
 * CIRCLEWORK_BENCH_NODE_ARGS="--flag ..." starts the host and the bench's relay with these Node
 * flags too, to try a V8 setting on both before changing the host's own (space-separated; a
 * later flag wins, so this can also undo one of HOST_NODE_FLAGS).
 */
export function trialNodeArgs(): string[] {
  return (process.env.CIRCLEWORK_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/** Starts the real host in a child process and waits until both doors listen. */
export async function launchHost(
  options: HostProcessOptions,
  nodeArgs: string[] = [],
): Promise<HostHandle> {
  const child = forkScript(siblingScript('host-process'), {
    args: [JSON.stringify(options)],
    ...(options.tmpfsSize ? { wrapper: ['unshare', '-m', '--propagation', 'private', '--'] } : {}),
    captureOutput: true,
    // Started as the app starts its host process (main/electron/host-launcher.ts).
    nodeArgs: [...HOST_NODE_FLAGS, ...profileArgs(), ...trialNodeArgs(), ...nodeArgs],
  });
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  const echo = process.env.CIRCLEWORK_HOST_LOGS === '1';
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      lines.push(line);
      if (echo) process.stderr.write(`[host ${child.pid}] ${line}\n`);
      for (const watch of watchers) watch(line);
    });
  }
  const first = await nextMessage(
    child,
    (m): m is Ready | Extract<HostChildMessage, { type: 'failed' }> =>
      hasType<Ready>('ready')(m) || hasType<{ type: 'failed'; message: string }>('failed')(m),
    START_TIMEOUT_MS,
    'the host to start',
  );
  if (first.type === 'failed') {
    await stopChild(child);
    throw new Error(`host failed to start: ${first.message}\n${lines.slice(-20).join('\n')}`);
  }
  const { type: _type, ...ready } = first;
  const post = (message: HostParentMessage) => child.send(message);
  return {
    ...ready,
    child,
    consoleOrigin: new URL(ready.consoleUrl).origin,
    async fillDisk() {
      const reply = nextMessage(
        child,
        hasType<{ type: 'disk-filled'; bytes: number }>('disk-filled'),
        30_000,
        'the disk to fill',
      );
      post({ type: 'fill-disk' });
      return (await reply).bytes;
    },
    async freeDisk() {
      const reply = nextMessage(
        child,
        hasType<{ type: 'disk-freed' }>('disk-freed'),
        30_000,
        'free',
      );
      post({ type: 'free-disk' });
      await reply;
    },
    async makeReadOnly() {
      const reply = nextMessage(
        child,
        hasType<{ type: 'read-only' }>('read-only'),
        30_000,
        'remount',
      );
      post({ type: 'make-read-only' });
      await reply;
    },
    logs: () => [...lines],
    waitForLog(pattern, timeoutMs = 30_000) {
      const seen = lines.find((line) => pattern.test(line));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(watch);
          reject(new Error(`the host logged nothing matching ${pattern} within ${timeoutMs} ms`));
        }, timeoutMs);
        const watch = (line: string) => {
          if (!pattern.test(line)) return;
          clearTimeout(timer);
          watchers.delete(watch);
          resolve(line);
        };
        watchers.add(watch);
      });
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      post({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
