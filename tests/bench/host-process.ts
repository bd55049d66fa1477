/**
 * Runs the real host in its own process for the bench and the fault tests, so it can be measured
 * from /proc and killed with SIGKILL. Driven over IPC (see HostChildMessage / HostParentMessage).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { openFileSink, type JournalSink } from '../../main/host/journal/journal-sink.js';
import { tuneHeapForTheHost } from '../../main/host/heap-tuning.js';
import { startHost } from '../../main/host/start-host.js';
import { seedResultsJournal } from './results-journal.js';

export interface HostProcessOptions {
  dataDir: string;
  participantHostname?: string;
  templatesDir?: string;
  token?: string;
  /** Mount a tmpfs of this size (e.g. "2m") on dataDir first; needs `unshare -m` as a wrapper. */
  tmpfsSize?: string;
  /** New seats one address may take; the bench and the crowd tests join everyone from loopback. */
  participantJoinLimit?: { burst: number; perSecond: number; maxAddresses: number };
  /** Fallback without mount privileges: fill-disk makes journal writes fail with ENOSPC. */
  simulateDiskFull?: boolean;
  /** The bench's room cap (the host's default stays as it is). */
  roomCap?: number;
  /** The bench's results PDF: a finished session of this many participants, journaled first. */
  seedResultsParticipants?: number;
}

export type HostChildMessage =
  | {
      type: 'ready';
      pid: number;
      participantUrl: string;
      consoleUrl: string;
      projectorUrl: string;
      token: string;
      participantPort: number;
      consolePort: number;
    }
  | { type: 'disk-filled'; bytes: number }
  | { type: 'read-only' }
  | { type: 'disk-freed' }
  | { type: 'failed'; message: string };

export type HostParentMessage =
  { type: 'close' } | { type: 'fill-disk' } | { type: 'free-disk' } | { type: 'make-read-only' };

/** Where the machine allows no private mounts: journal writes fail as on a full disk, on demand. */
function diskFullSwitch() {
  let full = false;
  const openSink = async (path: string): Promise<JournalSink> => {
    const sink = await openFileSink(path);
    return {
      ...sink,
      async write(data) {
        if (full)
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
          });
        await sink.write(data);
      },
    };
  };
  return { openSink, set: (value: boolean) => (full = value) };
}

function send(message: HostChildMessage): void {
  process.send?.(message);
}

/** Fills the file system holding dataDir until it refuses more bytes. */
function fillDisk(dataDir: string): number {
  const fd = openSync(join(dataDir, 'filler.bin'), 'w');
  const chunk = Buffer.alloc(4096, 1);
  let bytes = 0;
  try {
    for (;;) bytes += writeSync(fd, chunk);
  } catch {
    // ENOSPC: the point of the exercise.
  } finally {
    closeSync(fd);
  }
  return bytes;
}

async function main(): Promise<void> {
  // As the app's host process does: the bench measures the host as it runs there.
  tuneHeapForTheHost();
  const options = JSON.parse(process.argv[2] ?? '{}') as HostProcessOptions;
  mkdirSync(options.dataDir, { recursive: true });
  if (options.tmpfsSize) {
    execFileSync('mount', [
      '-t',
      'tmpfs',
      '-o',
      `size=${options.tmpfsSize}`,
      'tmpfs',
      options.dataDir,
    ]);
  }
  if (options.seedResultsParticipants) {
    await seedResultsJournal(options.dataDir, options.seedResultsParticipants);
  }
  const disk = diskFullSwitch();
  const host = await startHost({
    ...(options.simulateDiskFull ? { openJournalSink: disk.openSink } : {}),
    dataDir: options.dataDir,
    participantPort: 0,
    consolePort: 0,
    participantHostname: options.participantHostname ?? '127.0.0.1',
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    ...(options.token ? { token: options.token } : {}),
    ...(options.roomCap ? { roomCap: options.roomCap } : {}),
    ...(options.participantJoinLimit ? { participantJoinLimit: options.participantJoinLimit } : {}),
  });
  process.on('message', (message: HostParentMessage) => {
    if (message.type === 'close') {
      void host.close().finally(() => process.exit(0));
    } else if (message.type === 'fill-disk') {
      if (options.simulateDiskFull) disk.set(true);
      send({
        type: 'disk-filled',
        bytes: options.simulateDiskFull ? 0 : fillDisk(options.dataDir),
      });
    } else if (message.type === 'free-disk') {
      disk.set(false);
      rmSync(join(options.dataDir, 'filler.bin'), { force: true });
      send({ type: 'disk-freed' });
    } else if (message.type === 'make-read-only') {
      // Open files stay writable through their descriptors; new files in the folder are refused.
      const sessions = join(options.dataDir, 'sessions');
      mkdirSync(sessions, { recursive: true });
      execFileSync('mount', ['--bind', sessions, sessions]);
      execFileSync('mount', ['-o', 'remount,bind,ro', sessions]);
      send({ type: 'read-only' });
    }
  });
  process.on('SIGTERM', () => void host.close().finally(() => process.exit(0)));
  // The parent going away must not leave a host behind.
  process.on('disconnect', () => void host.close().finally(() => process.exit(0)));
  send({
    type: 'ready',
    pid: process.pid,
    participantUrl: host.participantUrl,
    consoleUrl: host.consoleUrl,
    projectorUrl: host.projectorUrl,
    token: host.token,
    participantPort: host.participantPort,
    consolePort: host.consolePort,
  });
}

main().catch((error: unknown) => {
  send({
    type: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  process.exit(1);
});
