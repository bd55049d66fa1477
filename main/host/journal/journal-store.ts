import { hkdfSync } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionState } from '../../../shared/session/session-types.js';
import type { KeyProvider } from '../crypto/key-provider.js';
import { encodeHeader, encodeRecord, newDataKey, wrapDataKey } from './journal-codec.js';
import { readJournal, readJournalHeader, type JournalContents } from './journal-reader.js';
import type { JournalHeader, JournalRecord } from './journal-records.js';
import { openFileSink, type JournalSink } from './journal-sink.js';
import { JournalWriter } from './journal-writer.js';

const JOURNAL_SUFFIX = '.journal';
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Compaction: once a journal is bigger than COMPACT_FACTOR × its last snapshot plus
 * COMPACT_SLACK_BYTES, it is replaced by a file holding one snapshot of the session. So a
 * journal stays under about 3 × (the session's state) + 1 MiB however often answers change.
 */
export const COMPACT_FACTOR = 3;
export const COMPACT_SLACK_BYTES = 1024 * 1024;

export interface JournalSnapshot {
  state: SessionState;
  tokens: Map<string, string>;
}

interface JournalFile {
  sessionId: string;
  header: JournalHeader;
  dataKey: Buffer;
  /** Replaces the journal file with `bytes` atomically and opens it for appending. */
  replace: (bytes: Buffer) => Promise<JournalSink>;
}

/** One session's open journal: records in, durable promises out. */
export class SessionJournal {
  /** Sequence number of the last record on disk. */
  private durableSeq: number;
  /** Size of the file right after its first record (the init or the last snapshot). */
  private baseBytes: number;
  private compacting: Promise<void> | undefined;
  /** What a snapshot is made of; set by the live session, which owns the committed state. */
  snapshotSource: (() => JournalSnapshot) | undefined;
  compactions = 0;

  constructor(
    private readonly file: JournalFile,
    readonly writer: JournalWriter,
    private nextSeq: number,
  ) {
    this.durableSeq = nextSeq - 1;
    this.baseBytes = writer.bytes;
    // Records refused by the disk never reach the file: their numbers are handed out again, so
    // the sequence on disk has no gap.
    writer.onRefused = () => {
      this.nextSeq = this.durableSeq + 1;
    };
  }

  get sessionId(): string {
    return this.file.sessionId;
  }

  /**
   * 32 bytes for another use of this session's fresh random data key (HKDF-SHA256 under its
   * own label, so neither use tells anything about the other). The same after a restart: the
   * data key is kept wrapped by the master key in the journal's header.
   */
  deriveKey(label: string): Uint8Array {
    return new Uint8Array(hkdfSync('sha256', this.file.dataKey, this.file.sessionId, label, 32));
  }

  append(record: JournalRecord, onCommitted?: () => void): Promise<void> {
    const seq = this.nextSeq++;
    const bytes = encodeRecord(this.file.dataKey, this.file.sessionId, seq, {
      ...record,
      at: Date.now(),
    });
    if (seq === 0) this.baseBytes += bytes.length;
    return this.writer.append(bytes, () => {
      this.durableSeq = seq;
      onCommitted?.();
      if (this.writer.bytes > COMPACT_FACTOR * this.baseBytes + COMPACT_SLACK_BYTES) {
        void this.compact().catch(() => {});
      }
    });
  }

  /**
   * Writes the session's state as a new file and continues there. Runs between two flushes,
   * so the snapshot holds exactly the records on disk; queued records follow it in the new file.
   */
  compact(): Promise<void> {
    const source = this.snapshotSource;
    if (!source) return Promise.reject(new Error('nothing to take a snapshot of'));
    this.compacting ??= this.writer
      .rotate(async () => {
        const { state, tokens } = source();
        const seq = this.durableSeq;
        const header: JournalHeader = { ...this.file.header, v: 2, firstSeq: seq };
        const snapshot: JournalRecord = {
          t: 'snapshot',
          state,
          tokens: [...tokens],
          at: Date.now(),
        };
        const bytes = Buffer.concat([
          encodeHeader(header),
          encodeRecord(this.file.dataKey, this.file.sessionId, seq, snapshot),
        ]);
        const sink = await this.file.replace(bytes);
        this.baseBytes = bytes.length;
        this.compactions++;
        return { sink, size: bytes.length };
      })
      .finally(() => (this.compacting = undefined));
    return this.compacting;
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}

export interface StoredJournal {
  sessionId: string;
  header?: JournalHeader;
  error?: string;
}

/** The per-session journal files in `<dataDir>/sessions`. */
export class JournalStore {
  constructor(
    readonly dir: string,
    private readonly keyProvider: KeyProvider,
    private readonly openSink: (path: string) => Promise<JournalSink> = openFileSink,
  ) {}

  pathFor(sessionId: string): string {
    if (!SESSION_ID_PATTERN.test(sessionId)) throw new Error('invalid session id');
    return join(this.dir, sessionId + JOURNAL_SUFFIX);
  }

  async create(sessionId: string, createdAt: number): Promise<SessionJournal> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const masterKey = await this.keyProvider.getKey();
    const dataKey = newDataKey();
    const header: JournalHeader = {
      v: 2,
      sessionId,
      createdAt,
      wrappedKey: wrapDataKey(masterKey, dataKey, sessionId),
      firstSeq: 0,
    };
    const path = this.pathFor(sessionId);
    const headerBytes = encodeHeader(header);
    await writeFile(path, headerBytes, { flag: 'wx', mode: 0o600 });
    await this.syncDirectory();
    const sink = await this.openSink(path);
    await sink.sync();
    const writer = new JournalWriter(sink, headerBytes.length);
    return new SessionJournal(this.fileOf(header, dataKey), writer, 0);
  }

  async read(sessionId: string, options?: { maxBytes?: number }): Promise<JournalContents> {
    return readJournal(this.pathFor(sessionId), await this.keyProvider.getKey(), options);
  }

  /**
   * Opens a journal that was read for appending. Nothing in it is cut or rewritten: a damaged
   * file is first copied beside it (the copy's name is returned), then records go after its
   * last byte, where the reader finds them again. A version 1 journal is kept beside as it was
   * and continues as a version 2 file starting with `snapshot`.
   */
  async reopen(
    sessionId: string,
    contents: JournalContents,
    snapshot: JournalSnapshot,
  ): Promise<{ journal: SessionJournal; copy?: string }> {
    const path = this.pathFor(sessionId);
    const file = this.fileOf(contents.header, contents.dataKey);
    const damaged = contents.problems.length > 0;
    let copy: string | undefined;
    if (damaged || contents.header.v === 1) {
      // Named for where the damage starts: reopening the same damaged file again (its damage
      // stays in it) keeps the first copy instead of piling up new ones.
      const first = contents.problems.find((p) => p.kind === 'damaged');
      const kind = contents.header.v === 1 ? 'v1' : `damaged-at-${first?.offset ?? 'order'}`;
      copy = `${sessionId}.${kind}.copy`;
      try {
        await copyFile(path, join(this.dir, copy), constants.COPYFILE_EXCL);
        await this.syncDirectory();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    if (contents.header.v === 1) {
      const journal = new SessionJournal(file, new JournalWriter(await this.openSink(path), 0), 1);
      journal.snapshotSource = () => snapshot;
      await journal.compact();
      journal.snapshotSource = undefined;
      return { journal, copy };
    }
    const writer = new JournalWriter(await this.openSink(path), contents.size);
    return { journal: new SessionJournal(file, writer, contents.nextSeq), copy };
  }

  async list(): Promise<StoredJournal[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const ids = names
      .filter((name) => name.endsWith(JOURNAL_SUFFIX))
      .map((name) => name.slice(0, -JOURNAL_SUFFIX.length))
      .filter((id) => SESSION_ID_PATTERN.test(id));
    return Promise.all(
      ids.map(async (sessionId): Promise<StoredJournal> => {
        try {
          return { sessionId, header: await readJournalHeader(this.pathFor(sessionId)) };
        } catch (error) {
          return { sessionId, error: (error as Error).message };
        }
      }),
    );
  }

  /** Deletes the journal and every file derived from it (copies of damaged files too). */
  async delete(sessionId: string): Promise<void> {
    this.pathFor(sessionId);
    let names: string[] = [];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(
      names
        .filter((name) => name === sessionId + JOURNAL_SUFFIX || name.startsWith(sessionId + '.'))
        .map((name) => rm(join(this.dir, name), { force: true })),
    );
    await this.syncDirectory();
  }

  private fileOf(header: JournalHeader, dataKey: Buffer): JournalFile {
    const path = this.pathFor(header.sessionId);
    return {
      sessionId: header.sessionId,
      header,
      dataKey,
      replace: async (bytes) => {
        // Written whole and made durable under another name, then renamed over the journal:
        // a crash leaves either the old file or the new one, never half of either.
        const next = `${path}.next`;
        try {
          const handle = await open(next, 'w', 0o600);
          try {
            await handle.writeFile(bytes);
            await handle.datasync();
          } finally {
            await handle.close();
          }
          await rename(next, path);
        } catch (error) {
          // E.g. a full disk: the journal goes on in its old file; the half-written one goes.
          await rm(next, { force: true });
          throw error;
        }
        await this.syncDirectory();
        return this.openSink(path);
      },
    };
  }

  /** Makes a new or removed file name durable (POSIX); Windows has no directory fsync. */
  private async syncDirectory(): Promise<void> {
    try {
      const handle = await open(this.dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Best effort only.
    }
  }
}
