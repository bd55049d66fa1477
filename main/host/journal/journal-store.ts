import { mkdir, open, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyProvider } from '../crypto/key-provider.js';
import {
  encodeHeader,
  encodeRecord,
  newDataKey,
  unwrapDataKey,
  wrapDataKey,
} from './journal-codec.js';
import { readJournal, readJournalHeader, type JournalContents } from './journal-reader.js';
import type { JournalHeader, JournalRecord } from './journal-records.js';
import { openFileSink, type JournalSink } from './journal-sink.js';
import { JournalWriter } from './journal-writer.js';

const JOURNAL_SUFFIX = '.journal';
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** One session's open journal: records in, durable promises out. */
export class SessionJournal {
  constructor(
    readonly sessionId: string,
    private readonly dataKey: Buffer,
    readonly writer: JournalWriter,
  ) {}

  append(record: JournalRecord, onCommitted?: () => void): Promise<void> {
    return this.writer.append(encodeRecord(this.dataKey, this.sessionId, record), onCommitted);
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
      v: 1,
      sessionId,
      createdAt,
      wrappedKey: wrapDataKey(masterKey, dataKey, sessionId),
    };
    const path = this.pathFor(sessionId);
    const headerBytes = encodeHeader(header);
    await writeFile(path, headerBytes, { flag: 'wx', mode: 0o600 });
    await this.syncDirectory();
    const sink = await this.openSink(path);
    await sink.sync();
    return new SessionJournal(sessionId, dataKey, new JournalWriter(sink, headerBytes.length));
  }

  async read(sessionId: string): Promise<JournalContents> {
    return readJournal(this.pathFor(sessionId), await this.keyProvider.getKey());
  }

  /** Reads a journal and opens it for appending right after its last intact record. */
  async reopen(sessionId: string): Promise<{ contents: JournalContents; journal: SessionJournal }> {
    const contents = await this.read(sessionId);
    const path = this.pathFor(sessionId);
    // New records must follow the intact ones, or a damaged tail would hide them on replay.
    if (contents.damage) await truncate(path, contents.validBytes);
    const sink = await this.openSink(path);
    const masterKey = await this.keyProvider.getKey();
    const dataKey = unwrapDataKey(masterKey, contents.header);
    const writer = new JournalWriter(sink, contents.validBytes);
    return { contents, journal: new SessionJournal(sessionId, dataKey, writer) };
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

  /** Deletes the journal and every file derived from it. */
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
