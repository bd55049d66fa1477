import { open, readFile } from 'node:fs/promises';
import { decodeRecord, unwrapDataKey } from './journal-codec.js';
import { MAGIC, readFrame } from './journal-format.js';
import type { JournalHeader, JournalRecord } from './journal-records.js';

export interface JournalDamage {
  /** Byte offset where the damage starts; everything before it was read. */
  offset: number;
  droppedBytes: number;
  reason: string;
}

export interface JournalContents {
  header: JournalHeader;
  dataKey: Buffer;
  records: JournalRecord[];
  /** Offset just after the last good record: appends continue from here. */
  validBytes: number;
  damage?: JournalDamage;
}

export class JournalError extends Error {
  constructor(
    readonly kind: 'missing' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

const HEADER_PROBE_BYTES = 4096;

function parseHeader(data: Buffer, path: string): { header: JournalHeader; next: number } {
  if (data.length < MAGIC.length || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new JournalError('unreadable', `${path} is not a Circlework journal`);
  }
  const frame = readFrame(data, MAGIC.length);
  if (frame.ok !== true) {
    throw new JournalError('unreadable', `the header of ${path} is damaged`);
  }
  const header = JSON.parse(frame.payload.toString('utf8')) as JournalHeader;
  if (header.v !== 1 || typeof header.sessionId !== 'string') {
    throw new JournalError('unreadable', `${path} has an unknown journal version`);
  }
  return { header, next: frame.next };
}

async function readOrMissing(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new JournalError('missing', `the journal file ${path} is missing`);
    }
    throw error;
  }
}

/** Only the clear header: enough for retention and listings without the key. */
export async function readJournalHeader(path: string): Promise<JournalHeader> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new JournalError('missing', `the journal file ${path} is missing`);
    }
    throw error;
  }
  try {
    const buffer = Buffer.alloc(HEADER_PROBE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_PROBE_BYTES, 0);
    return parseHeader(buffer.subarray(0, bytesRead), path).header;
  } finally {
    await handle.close();
  }
}

/**
 * Reads every intact record. Damage (torn write, zero fill, bit rot) stops the read there and is
 * reported; nothing before it is lost.
 */
export async function readJournal(path: string, masterKey: Buffer): Promise<JournalContents> {
  const data = await readOrMissing(path);
  const { header, next } = parseHeader(data, path);
  let dataKey: Buffer;
  try {
    dataKey = unwrapDataKey(masterKey, header);
  } catch {
    throw new JournalError(
      'unreadable',
      `${path} was written with another key; it cannot be decrypted on this machine`,
    );
  }
  const records: JournalRecord[] = [];
  let offset = next;
  for (;;) {
    const frame = readFrame(data, offset);
    if (frame.ok === 'end') return { header, dataKey, records, validBytes: offset };
    let record: JournalRecord | undefined;
    let reason = frame.ok ? '' : frame.reason;
    if (frame.ok) {
      try {
        record = decodeRecord(dataKey, header.sessionId, frame.payload);
      } catch {
        reason = 'record fails authentication';
      }
    }
    if (!frame.ok || !record) {
      return {
        header,
        dataKey,
        records,
        validBytes: offset,
        damage: { offset, droppedBytes: data.length - offset, reason },
      };
    }
    records.push(record);
    offset = frame.next;
  }
}
