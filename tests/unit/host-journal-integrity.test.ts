import { randomBytes } from 'node:crypto';
import {
  appendFile,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../shared/session/session-types.js';
import { seal } from '../../main/host/crypto/aead.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { wrapDataKey } from '../../main/host/journal/journal-codec.js';
import { FRAME_HEAD_BYTES } from '../../main/host/journal/journal-format.js';
import { readJournal, type JournalProblem } from '../../main/host/journal/journal-reader.js';
import type { JournalRecord } from '../../main/host/journal/journal-records.js';
import {
  COMPACT_FACTOR,
  COMPACT_SLACK_BYTES,
  JournalStore,
} from '../../main/host/journal/journal-store.js';
import { describeJournalLoss } from '../../main/host/session/journal-messages.js';
import { replaySession } from '../../main/host/session/replay-session.js';
import { framesOf } from './journal-frames.js';

const SESSION = 'Integrity_01';
const RECORDS = 8;
const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempStore() {
  const dir = await mkdtemp(join(tmpdir(), 'circlework-integrity-'));
  dirs.push(dir);
  const keys = createFileKeyProvider(dir);
  const store = new JournalStore(join(dir, 'sessions'), keys);
  return { dir, keys, store, path: store.pathFor(SESSION) };
}

/** init + RECORDS pause actions p0…p7, one per flush. */
async function written() {
  const made = await tempStore();
  const journal = await made.store.create(SESSION, Date.now());
  await journal.append({ t: 'init', state: { id: SESSION } as SessionState });
  for (let i = 0; i < RECORDS; i++) {
    await journal.append({
      t: 'action',
      action: { type: 'pause', participantId: `p${i}`, on: true },
    });
  }
  await journal.close();
  const { frames, data } = framesOf(made.path);
  // Two header copies, then init and the pauses.
  expect(frames).toHaveLength(2 + 1 + RECORDS);
  return { ...made, frames, original: data };
}

const names = (records: JournalRecord[]) =>
  records.map((r) =>
    r.t === 'action' && r.action.type === 'pause' ? r.action.participantId : r.t,
  );
const ALL = ['init', ...Array.from({ length: RECORDS }, (_, i) => `p${i}`)];
const missing = (problems: JournalProblem[]) =>
  problems.filter((p) => p.kind === 'missing').reduce((n, p) => n + (p.records ?? 0), 0);

describe('journal integrity: one damaged byte costs at most the record it is in', () => {
  // Where to flip, relative to a frame: its marker, length, seq, checksums, payload start/middle/end.
  const spots = [0, 5, 9, 13, 17, FRAME_HEAD_BYTES, 'middle', 'last'] as const;

  it('flips the first byte of the file (the magic) and loses nothing', async () => {
    const { path, keys, original } = await written();
    original[0]! ^= 0xff;
    await writeFile(path, original);
    const contents = await readJournal(path, await keys.getKey());
    expect(names(contents.records)).toEqual(ALL);
  });

  it.each(spots)('flips byte %s of either header copy and loses nothing', async (spot) => {
    for (const copy of [0, 1]) {
      const { path, keys, frames, original } = await written();
      const frame = frames[copy]!;
      const at =
        spot === 'middle'
          ? (frame.offset + frame.end) >> 1
          : spot === 'last'
            ? frame.end - 1
            : frame.offset + spot;
      original[at]! ^= 0x5a;
      await writeFile(path, original);
      const contents = await readJournal(path, await keys.getKey());
      expect(names(contents.records), `copy ${copy}, byte ${spot}`).toEqual(ALL);
    }
  });

  it.each(spots)(
    'flips byte %s of every record: every other record survives, the loss is reported',
    async (spot) => {
      const { path, keys, frames, original } = await written();
      const key = await keys.getKey();
      for (let index = 2; index < frames.length; index++) {
        const frame = frames[index]!;
        const at =
          spot === 'middle'
            ? (frame.offset + frame.end) >> 1
            : spot === 'last'
              ? frame.end - 1
              : frame.offset + spot;
        const damaged = Buffer.from(original);
        damaged[at]! ^= 0x5a;
        await writeFile(path, damaged);
        const contents = await readJournal(path, key);
        const lost = ALL[index - 2]!;
        expect(names(contents.records), `record ${lost}, byte ${spot}`).toEqual(
          ALL.filter((n) => n !== lost),
        );
        const last = index === frames.length - 1;
        const damage = contents.problems.find((p) => p.kind === 'damaged');
        expect(damage, `record ${lost}`).toMatchObject({ offset: frame.offset, atEnd: last });
        // A lost record in the middle is counted from the sequence numbers, with its time window.
        if (!last && index > 2) {
          expect(missing(contents.problems)).toBe(1);
          const gap = contents.problems.find((p) => p.kind === 'missing');
          expect(gap).toMatchObject({ after: expect.any(Number), before: expect.any(Number) });
          expect(describeJournalLoss(SESSION, contents.problems, 'copy')).toMatch(
            /1 change \(answers, joins or steps\) from \d\d:\d\d(–\d\d:\d\d)? could not be read; everything else is back/,
          );
        }
      }
    },
  );

  it('survives random damage: 200 trials of 1–3 flipped bytes keep every untouched record', async () => {
    const { path, keys, frames, original } = await written();
    const key = await keys.getKey();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 200; trial++) {
      const damaged = Buffer.from(original);
      const hits = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        Math.floor(random() * original.length),
      );
      for (const at of hits) damaged[at]! ^= 1 + Math.floor(random() * 255);
      await writeFile(path, damaged);
      const touched = new Set(
        hits.flatMap((at) =>
          frames.flatMap((f, i) => (i >= 2 && at >= f.offset && at < f.end ? [ALL[i - 2]] : [])),
        ),
      );
      const headersHit = [0, 1].every((h) =>
        hits.some((at) => at >= frames[h]!.offset && at < frames[h]!.end),
      );
      if (headersHit) {
        // Both copies of the key: the one case that cannot be read, and it says so.
        await expect(readJournal(path, key)).rejects.toMatchObject({ kind: 'damaged' });
        continue;
      }
      const contents = await readJournal(path, key);
      expect(names(contents.records), `trial ${trial}`).toEqual(ALL.filter((n) => !touched.has(n)));
      if (touched.size > 0) expect(contents.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('journal integrity: records are bound to their place', () => {
  it('a repeated record is found and applied once', async () => {
    const { path, keys, frames, original } = await written();
    const third = frames[4]!;
    const copy = original.subarray(third.offset, third.end);
    await writeFile(
      path,
      Buffer.concat([original.subarray(0, third.end), copy, original.subarray(third.end)]),
    );
    const contents = await readJournal(path, await keys.getKey());
    expect(names(contents.records)).toEqual(ALL);
    expect(contents.problems).toEqual([{ kind: 'out-of-place', records: 1, repeated: true }]);
  });

  it('two swapped records: the one out of turn is reported and not applied', async () => {
    const { path, keys, frames, original } = await written();
    const [a, b] = [frames[4]!, frames[5]!];
    await writeFile(
      path,
      Buffer.concat([
        original.subarray(0, a.offset),
        original.subarray(b.offset, b.end),
        original.subarray(a.offset, a.end),
        original.subarray(b.end),
      ]),
    );
    const contents = await readJournal(path, await keys.getKey());
    expect(names(contents.records)).toEqual(ALL.filter((n) => n !== 'p1'));
    expect(contents.problems).toEqual([
      expect.objectContaining({ kind: 'missing', records: 1 }),
      { kind: 'out-of-place', records: 1, repeated: false },
    ]);
    expect(describeJournalLoss(SESSION, contents.problems, undefined)).toMatch(
      /1 change .* could not be read; 1 record was out of order in the file/,
    );
  });

  it('a removed record is reported as missing, with when it was from', async () => {
    const { path, keys, frames, original } = await written();
    const gone = frames[6]!;
    await writeFile(
      path,
      Buffer.concat([original.subarray(0, gone.offset), original.subarray(gone.end)]),
    );
    const contents = await readJournal(path, await keys.getKey());
    expect(names(contents.records)).toEqual(ALL.filter((n) => n !== 'p3'));
    expect(contents.problems).toEqual([
      { kind: 'missing', records: 1, after: expect.any(Number), before: expect.any(Number) },
    ]);
  });

  it('a record of another session (same key) is not accepted', async () => {
    const { path, keys, frames, original } = await written();
    // Re-seal a record for another session id with this file's data key and splice it in.
    const contents = await readJournal(path, await keys.getKey());
    const foreign = seal(contents.dataKey, Buffer.from('{"t":"action"}'), Buffer.from('Other#3'));
    const head = Buffer.from(
      original.subarray(frames[5]!.offset, frames[5]!.offset + FRAME_HEAD_BYTES),
    );
    head.writeUInt32BE(foreign.length, 4);
    head.writeUInt32BE(crc32(foreign), 12);
    head.writeUInt32BE(crc32(head.subarray(0, 16)), 16);
    await writeFile(path, Buffer.concat([original, head, foreign]));
    const again = await readJournal(path, await keys.getKey());
    expect(names(again.records)).toEqual(ALL);
    expect(again.problems).toEqual([
      expect.objectContaining({ kind: 'damaged', reason: 'record fails authentication' }),
    ]);
  });
});

describe('journal integrity: opening never destroys', () => {
  it('keeps a damaged file, copies it beside, and appends after its last byte', async () => {
    const { store, path, frames, original, dir } = await written();
    const damaged = Buffer.from(original);
    damaged[(frames[5]!.offset + frames[5]!.end) >> 1]! ^= 0xff;
    const torn = Buffer.concat([
      damaged,
      original.subarray(frames[3]!.offset, frames[3]!.offset + 30),
    ]);
    await writeFile(path, torn);
    const contents = await store.read(SESSION);
    const replayed = replaySession(contents.records)!;
    const { journal, copy } = await store.reopen(SESSION, contents, replayed);
    expect(copy).toBeDefined();
    expect((await readFile(join(dir, 'sessions', copy!))).equals(torn)).toBe(true);
    expect((await readFile(path)).equals(torn)).toBe(true);
    await journal.append({
      t: 'action',
      action: { type: 'pause', participantId: 'after', on: true },
    });
    await journal.close();
    const again = await store.read(SESSION);
    expect(names(again.records)).toEqual([...ALL.filter((n) => n !== 'p2'), 'after']);
    expect((await readFile(path)).subarray(0, torn.length).equals(torn)).toBe(true);
    expect(missing(again.problems)).toBe(1);
  });

  it('reads records written after a 2 GiB stretch of zeros (no whole-file read)', async () => {
    const { path, keys, frames, original } = await written();
    const split = frames[6]!.offset;
    await writeFile(path, original.subarray(0, split));
    await truncate(path, 2 ** 31 + 4096); // sparse: no disk space is used
    await appendFile(path, original.subarray(split));
    const contents = await readJournal(path, await keys.getKey());
    expect(names(contents.records)).toEqual(ALL);
    expect(contents.problems).toEqual([
      expect.objectContaining({
        kind: 'damaged',
        offset: split,
        atEnd: false,
        reason: expect.stringMatching(/zero/),
      }),
    ]);
    expect(contents.size).toBeGreaterThan(2 ** 31);
  }, 120_000);

  it('tells too large, another key and missing apart', async () => {
    const { store, path } = await written();
    await expect(store.read(SESSION, { maxBytes: 100 })).rejects.toMatchObject({
      kind: 'too-large',
    });
    await expect(readJournal(path, randomBytes(32))).rejects.toMatchObject({ kind: 'other-key' });
    await expect(store.read('Nobody')).rejects.toMatchObject({ kind: 'missing' });
  });

  it('still reads a version 1 journal, and reopening keeps it beside and continues in version 2', async () => {
    const { store, keys, path, dir } = await tempStore();
    const master = await keys.getKey();
    const dataKey = randomBytes(32);
    const header = {
      v: 1,
      sessionId: SESSION,
      createdAt: 1,
      wrappedKey: wrapDataKey(master, dataKey, SESSION),
    };
    const v1Frame = (payload: Buffer) => {
      const head = Buffer.alloc(8);
      head.writeUInt32BE(payload.length, 0);
      head.writeUInt32BE(crc32(payload), 4);
      return Buffer.concat([head, payload]);
    };
    const v1Record = (record: JournalRecord) =>
      v1Frame(seal(dataKey, Buffer.from(JSON.stringify(record)), Buffer.from(SESSION)));
    const v1 = Buffer.concat([
      Buffer.from('CWJ1'),
      v1Frame(Buffer.from(JSON.stringify(header))),
      v1Record({ t: 'init', state: { id: SESSION, participants: {} } as unknown as SessionState }),
      v1Record({ t: 'action', action: { type: 'pause', participantId: 'old', on: true } }),
    ]);
    await (await import('node:fs/promises')).mkdir(join(dir, 'sessions'), { recursive: true });
    await writeFile(path, v1);
    const contents = await store.read(SESSION);
    expect(names(contents.records)).toEqual(['init', 'old']);
    const { journal, copy } = await store.reopen(SESSION, contents, {
      state: { id: SESSION, participants: {} } as unknown as SessionState,
      tokens: new Map([['hash', 'p']]),
    });
    await journal.append({
      t: 'action',
      action: { type: 'pause', participantId: 'new', on: true },
    });
    await journal.close();
    expect((await readFile(join(dir, 'sessions', copy!))).equals(v1)).toBe(true);
    const again = await store.read(SESSION);
    expect(again.header.v).toBe(2);
    expect(names(again.records)).toEqual(['snapshot', 'new']);
    expect(again.problems).toEqual([]);
  });
});

describe('journal integrity: size follows the state, not the number of changes', () => {
  it('a flood of answer changes is compacted into snapshots and stays within its bound', async () => {
    const { store, path } = await tempStore();
    const journal = await store.create(SESSION, Date.now());
    // A state of about 200 KB, as 100 phones × 15 answers would be.
    const state = {
      id: SESSION,
      participants: {},
      blob: 'x'.repeat(200_000),
    } as unknown as SessionState;
    let applied = 0;
    journal.snapshotSource = () => ({
      state: { ...state, applied } as unknown as SessionState,
      tokens: new Map(),
    });
    await journal.append({ t: 'init', state });
    const snapshotBytes = (await stat(path)).size;
    const bound = COMPACT_FACTOR * snapshotBytes + COMPACT_SLACK_BYTES + 64 * 1024;
    let written = 0;
    let largest = 0;
    for (let round = 0; round < 200; round++) {
      // 50 answer changes at once (one group commit), each about 1 KB.
      const batch = Array.from({ length: 50 }, (_, i) =>
        journal.append(
          {
            t: 'action',
            action: { type: 'pause', participantId: `p${i}-${'y'.repeat(1000)}`, on: true },
          },
          () => applied++,
        ),
      );
      await Promise.all(batch);
      written += 50 * 1100;
      largest = Math.max(largest, (await stat(path)).size);
    }
    await journal.close();
    expect(written).toBeGreaterThan(10 * 1024 * 1024);
    expect(journal.compactions).toBeGreaterThan(3);
    expect(largest).toBeLessThan(bound);
    const contents = await store.read(SESSION);
    expect(contents.problems).toEqual([]);
    const [first, ...rest] = contents.records;
    expect(first!.t).toBe('snapshot');
    // The snapshot plus the records after it account for every change, each exactly once.
    const inSnapshot = (first as unknown as { state: { applied: number } }).state.applied;
    expect(inSnapshot + rest.length).toBe(200 * 50);
    expect((await readdir(join(path, '..'))).filter((n) => n.endsWith('.next'))).toEqual([]);
  });
});
