import { open, type FileHandle } from 'node:fs/promises';
import type { SessionFileProblem } from '../../../shared/protocol/refusal-reasons.js';
import { decodeRecord, decodeV1Record, unwrapDataKey } from './journal-codec.js';
import {
  FRAME_HEAD_BYTES,
  FRAME_MARKER,
  HEADER_SEQ,
  MAGIC_V1,
  MAGIC_V2,
  parseFrameHead,
  parseV1FrameHead,
  payloadIntact,
  V1_FRAME_HEAD_BYTES,
  type FrameHead,
} from './journal-format.js';
import type { JournalHeader, JournalRecord } from './journal-records.js';
import { FileWindow } from './journal-window.js';

/** What reading a journal could not use, each with what it cost. */
export type JournalProblem =
  /** Bytes that hold no intact record, from `offset`; `atEnd` when nothing intact follows. */
  | { kind: 'damaged'; offset: number; bytes: number; reason: string; atEnd: boolean }
  /** Records known to be missing from their sequence numbers, with the times around the gap. */
  | { kind: 'missing'; records: number; after?: number; before?: number }
  /** Intact records found out of their place: a repeat or one moved back; never applied. */
  | { kind: 'out-of-place'; records: number; repeated: boolean };

export interface JournalContents {
  header: JournalHeader;
  dataKey: Buffer;
  /** Intact records, in sequence order, each applied once. */
  records: JournalRecord[];
  problems: JournalProblem[];
  /** File size when read: appends go after everything, damaged bytes included. */
  size: number;
  /** The sequence number the next appended record takes (above every one in the file). */
  nextSeq: number;
}

/** Why a journal cannot be read at all; the console words each (`reply.reason.sessionFile`). */
export type JournalErrorKind = SessionFileProblem;

export class JournalError extends Error {
  constructor(
    readonly kind: JournalErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** Streams fine past this, but a session's journal with compaction stays at a few MB: a bigger
 * file is not one this app wrote, and reading it would keep the counselor waiting for minutes. */
export const MAX_JOURNAL_BYTES = 32 * 1024 * 1024 * 1024;
const HEADER_PROBE_BYTES = 64 * 1024;

async function openOrMissing(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new JournalError('missing', `the journal file ${path} is missing`);
    }
    throw error;
  }
}

function parseHeaderJson(payload: Buffer, path: string): JournalHeader {
  let header: JournalHeader;
  try {
    header = JSON.parse(payload.toString('utf8')) as JournalHeader;
  } catch {
    throw new JournalError('damaged', `the header of ${path} is damaged`);
  }
  if ((header.v !== 1 && header.v !== 2) || typeof header.sessionId !== 'string') {
    throw new JournalError('unknown', `${path} has a journal version this app does not know`);
  }
  return header;
}

/** The clear header and where the records start. */
async function readHeader(
  window: FileWindow,
  path: string,
): Promise<{ header: JournalHeader; next: number }> {
  const magic = await window.bytes(0, MAGIC_V2.length);
  if (magic.equals(MAGIC_V1)) {
    const head = parseV1FrameHead(await window.bytes(MAGIC_V1.length, V1_FRAME_HEAD_BYTES));
    const start = MAGIC_V1.length + V1_FRAME_HEAD_BYTES;
    const payload = typeof head === 'string' ? undefined : await window.bytes(start, head.length);
    if (typeof head === 'string' || !payload || !payloadIntact(payload, head)) {
      throw new JournalError('damaged', `the header of ${path} is damaged`);
    }
    return { header: parseHeaderJson(payload, path), next: start + head.length };
  }
  // A damaged magic alone does not hide a version 2 file: its first frame marker follows it.
  const marker = await window.bytes(MAGIC_V2.length, FRAME_MARKER.length);
  if (!magic.equals(MAGIC_V2) && !marker.equals(FRAME_MARKER)) {
    throw new JournalError('unknown', `${path} is not a Circlework journal`);
  }
  // Two copies of the header follow the magic; either will do.
  let offset = MAGIC_V2.length;
  let found: JournalHeader | undefined;
  for (let copy = 0; copy < 2; copy++) {
    const head = parseFrameHead(await window.bytes(offset, FRAME_HEAD_BYTES));
    if (typeof head === 'string' || head.seq !== HEADER_SEQ) {
      offset = await window.find(FRAME_MARKER, offset + 1);
      continue;
    }
    const payload = await window.bytes(offset + FRAME_HEAD_BYTES, head.length);
    if (payload.length === head.length && payloadIntact(payload, head)) {
      found ??= parseHeaderJson(payload, path);
    }
    offset += FRAME_HEAD_BYTES + head.length;
    if (payload.length !== head.length) break;
  }
  if (!found) throw new JournalError('damaged', `both copies of the header of ${path} are damaged`);
  return { header: found, next: offset };
}

async function withFile<T>(
  path: string,
  read: (window: FileWindow, size: number) => Promise<T>,
  maxBytes = MAX_JOURNAL_BYTES,
): Promise<T> {
  const handle = await openOrMissing(path);
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new JournalError(
        'too-large',
        `${path} is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} this app reads`,
      );
    }
    return await read(new FileWindow(handle, size), size);
  } finally {
    await handle.close();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}

/** Only the clear header: enough for retention and listings without the key. */
export async function readJournalHeader(path: string): Promise<JournalHeader> {
  const handle = await openOrMissing(path);
  try {
    const { size } = await handle.stat();
    return (await readHeader(new FileWindow(handle, Math.min(size, HEADER_PROBE_BYTES)), path))
      .header;
  } finally {
    await handle.close();
  }
}

function unwrapOrOtherKey(masterKey: Buffer, header: JournalHeader, path: string): Buffer {
  try {
    return unwrapDataKey(masterKey, header);
  } catch {
    throw new JournalError(
      'other-key',
      `${path} was written with another key; it cannot be decrypted on this machine`,
    );
  }
}

/**
 * Reads every intact record. After damage (torn write, zero fill, bit rot, a moved record) the
 * reader finds the next frame marker and goes on: each damaged stretch and each gap in the
 * sequence numbers is reported, nothing intact is dropped, and nothing out of place is applied.
 */
export async function readJournal(
  path: string,
  masterKey: Buffer,
  options: { maxBytes?: number } = {},
): Promise<JournalContents> {
  return withFile(
    path,
    async (window, size) => {
      const { header, next } = await readHeader(window, path);
      const dataKey = unwrapOrOtherKey(masterKey, header, path);
      const read = header.v === 1 ? readV1Records : readV2Records;
      return { header, dataKey, size, ...(await read(window, next, header, dataKey)) };
    },
    options.maxBytes,
  );
}

type Body = Pick<JournalContents, 'records' | 'problems' | 'nextSeq'>;

async function frameAt(
  window: FileWindow,
  offset: number,
  parse: (head: Buffer) => FrameHead | string,
  headBytes: number,
): Promise<{ head: FrameHead; payload: Buffer } | string> {
  const head = parse(await window.bytes(offset, headBytes));
  if (typeof head === 'string') return head;
  const payload = await window.bytes(offset + headBytes, head.length);
  if (payload.length < head.length) return 'torn record (the file ends inside it)';
  if (!payloadIntact(payload, head)) return 'checksum mismatch';
  return { head, payload };
}

async function readV2Records(
  window: FileWindow,
  start: number,
  header: JournalHeader,
  dataKey: Buffer,
): Promise<Body> {
  const records: JournalRecord[] = [];
  const problems: JournalProblem[] = [];
  const firstSeq = header.firstSeq ?? 0;
  let expected = firstSeq;
  let maxSeq = firstSeq - 1;
  let lastAt: number | undefined;
  /** Sequence numbers reported missing, so a late one is told apart from a repeat. */
  const gaps: [number, number][] = [];
  let damage: { offset: number; reason: string } | undefined;
  const outOfPlace = { repeated: 0, moved: 0 };

  let offset = start;
  while (offset < window.size) {
    const frame = await frameAt(window, offset, parseFrameHead, FRAME_HEAD_BYTES);
    let record: JournalRecord | undefined;
    let reason = typeof frame === 'string' ? frame : '';
    if (typeof frame !== 'string') {
      try {
        record = decodeRecord(dataKey, header.sessionId, frame.head.seq, frame.payload);
      } catch {
        reason = 'record fails authentication';
      }
    }
    if (typeof frame === 'string' || !record) {
      damage ??= { offset, reason };
      offset = await window.find(FRAME_MARKER, offset + 1);
      continue;
    }
    if (damage) {
      problems.push({ kind: 'damaged', ...damage, bytes: offset - damage.offset, atEnd: false });
      damage = undefined;
    }
    const seq = frame.head.seq;
    offset += FRAME_HEAD_BYTES + frame.head.length;
    if (seq < expected) {
      const moved = gaps.some(([from, to]) => seq >= from && seq <= to);
      if (moved) outOfPlace.moved++;
      else outOfPlace.repeated++;
      continue;
    }
    if (seq > expected) {
      gaps.push([expected, seq - 1]);
      problems.push({ kind: 'missing', records: seq - expected, after: lastAt, before: record.at });
    }
    records.push(record);
    expected = seq + 1;
    maxSeq = Math.max(maxSeq, seq);
    lastAt = record.at ?? lastAt;
  }
  if (damage) {
    problems.push({ kind: 'damaged', ...damage, bytes: window.size - damage.offset, atEnd: true });
  }
  if (outOfPlace.moved > 0) {
    problems.push({ kind: 'out-of-place', records: outOfPlace.moved, repeated: false });
  }
  if (outOfPlace.repeated > 0) {
    problems.push({ kind: 'out-of-place', records: outOfPlace.repeated, repeated: true });
  }
  return { records, problems, nextSeq: maxSeq + 1 };
}

/** Version 1 frames carry no marker: the first damage ends the read, as it always did. */
async function readV1Records(
  window: FileWindow,
  start: number,
  header: JournalHeader,
  dataKey: Buffer,
): Promise<Body> {
  const records: JournalRecord[] = [];
  let offset = start;
  while (offset < window.size) {
    const frame = await frameAt(window, offset, parseV1FrameHead, V1_FRAME_HEAD_BYTES);
    let record: JournalRecord | undefined;
    let reason = typeof frame === 'string' ? frame : '';
    if (typeof frame !== 'string') {
      try {
        record = decodeV1Record(dataKey, header.sessionId, frame.payload);
      } catch {
        reason = 'record fails authentication';
      }
    }
    if (typeof frame === 'string' || !record) {
      const bytes = window.size - offset;
      return {
        records,
        problems: [{ kind: 'damaged', offset, bytes, reason, atEnd: true }],
        nextSeq: 0,
      };
    }
    records.push(record);
    offset += V1_FRAME_HEAD_BYTES + frame.head.length;
  }
  return { records, problems: [], nextSeq: 0 };
}
