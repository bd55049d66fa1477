import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/session/session-types.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import type { KeyProvider } from '../../main/host/crypto/key-provider.js';
import { JournalError, readJournal } from '../../main/host/journal/journal-reader.js';
import type { JournalRecord } from '../../main/host/journal/journal-records.js';
import type { JournalSink } from '../../main/host/journal/journal-sink.js';
import { JournalStore } from '../../main/host/journal/journal-store.js';
import { JournalWriter } from '../../main/host/journal/journal-writer.js';

const SESSION = 'TestSession_01';
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function storeWith(records: number, keyProvider?: KeyProvider) {
  const dir = await mkdtemp(join(tmpdir(), 'circlework-journal-'));
  dirs.push(dir);
  const keys = keyProvider ?? createFileKeyProvider(dir);
  const store = new JournalStore(join(dir, 'sessions'), keys);
  const journal = await store.create(SESSION, Date.now());
  await journal.append({ t: 'init', state: { id: SESSION } as SessionState });
  for (let i = 0; i < records; i++) {
    await journal.append({
      t: 'action',
      action: { type: 'pause', participantId: `p${i}`, on: true },
    });
  }
  await journal.close();
  return { dir, store, keys, path: store.pathFor(SESSION) };
}

const pauseOf = (r: JournalRecord) =>
  r.t === 'action' && r.action.type === 'pause' ? r.action.participantId : r.t;

describe('journal: records survive, damage is found and reported', () => {
  it('reads back every record in order', async () => {
    const { store } = await storeWith(5);
    const contents = await store.read(SESSION);
    expect(contents.problems).toEqual([]);
    expect(contents.records.map(pauseOf)).toEqual(['init', 'p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it('keeps the key file for the owner only', async () => {
    const { dir } = await storeWith(0);
    if (process.platform !== 'win32')
      expect((await stat(join(dir, 'key'))).mode & 0o777).toBe(0o600);
  });

  it('encrypts records: nothing of the plaintext is in the file', async () => {
    const { path } = await storeWith(3);
    const raw = (await readFile(path)).toString('latin1');
    expect(raw).not.toContain('pause');
    expect(raw).not.toContain('p1');
  });

  it('reports a missing file and a file written with another key', async () => {
    const { store, path } = await storeWith(1);
    await expect(store.read('NoSuchSession')).rejects.toMatchObject({ kind: 'missing' });
    const otherKey = randomBytes(32);
    await expect(readJournal(path, otherKey)).rejects.toBeInstanceOf(JournalError);
    await expect(readJournal(path, otherKey)).rejects.toMatchObject({ kind: 'other-key' });
    await expect(readJournal(path, otherKey)).rejects.toThrow(/another key/);
  });

  it('deletes a journal and the files derived from it', async () => {
    const { store, path } = await storeWith(1);
    await writeFile(`${path.replace(/\.journal$/, '')}.summary`, 'x');
    await store.delete(SESSION);
    expect(await store.list()).toEqual([]);
  });
});

function memorySink(options: { failWrites?: () => boolean; failTruncate?: boolean } = {}) {
  const writes: number[] = [];
  const sink: JournalSink & { writes: number[]; truncatedTo: number[] } = {
    writes,
    truncatedTo: [],
    async write(data) {
      if (options.failWrites?.())
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      writes.push(data.length);
    },
    async sync() {},
    async truncate(size) {
      if (options.failTruncate) throw new Error('EIO');
      sink.truncatedTo.push(size);
    },
    async close() {},
  };
  return sink;
}

describe('journal writer: group commit and refusals', () => {
  it('writes records appended in the same tick as one write, in order', async () => {
    const sink = memorySink();
    const writer = new JournalWriter(sink, 0);
    const committed: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        writer.append(Buffer.alloc(10), () => committed.push(i)),
      ),
    );
    expect(sink.writes).toEqual([500]);
    expect(committed).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(writer.bytes).toBe(500);
  });

  it('batches records arriving during a flush into the next write', async () => {
    const sink = memorySink();
    const writer = new JournalWriter(sink, 0);
    const first = writer.append(Buffer.alloc(1));
    await new Promise((resolve) => setImmediate(resolve));
    const later = Array.from({ length: 10 }, () => writer.append(Buffer.alloc(2)));
    await Promise.all([first, ...later]);
    expect(sink.writes).toEqual([1, 20]);
  });

  it('rejects the whole batch when the disk is full, cuts the partial write, and recovers', async () => {
    let full = true;
    const sink = memorySink({ failWrites: () => full });
    const writer = new JournalWriter(sink, 100);
    const failures: Error[] = [];
    writer.onFailure = (error) => failures.push(error);
    const results = await Promise.allSettled([
      writer.append(Buffer.alloc(5)),
      writer.append(Buffer.alloc(5)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(failures).toHaveLength(1);
    expect(sink.truncatedTo).toEqual([100]);
    full = false;
    await writer.append(Buffer.alloc(5));
    expect(writer.bytes).toBe(105);
  });

  it('refuses everything after a failure it cannot clean up', async () => {
    const sink = memorySink({ failWrites: () => true, failTruncate: true });
    const writer = new JournalWriter(sink, 0);
    await expect(writer.append(Buffer.alloc(1))).rejects.toThrow(/ENOSPC/);
    await expect(writer.append(Buffer.alloc(1))).rejects.toThrow(/ENOSPC/);
  });
});
