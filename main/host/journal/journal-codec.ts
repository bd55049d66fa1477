import { randomBytes } from 'node:crypto';
import { open as openSealed, seal } from '../crypto/aead.js';
import { encodeFrame, HEADER_SEQ, MAGIC_V2 } from './journal-format.js';
import type { JournalHeader, JournalRecord } from './journal-records.js';

const KEY_WRAP_AAD = Buffer.from('circlework-session-key');

export function newDataKey(): Buffer {
  return randomBytes(32);
}

export function wrapDataKey(masterKey: Buffer, dataKey: Buffer, sessionId: string): string {
  return seal(masterKey, dataKey, Buffer.concat([KEY_WRAP_AAD, Buffer.from(sessionId)])).toString(
    'base64',
  );
}

export function unwrapDataKey(masterKey: Buffer, header: JournalHeader): Buffer {
  const aad = Buffer.concat([KEY_WRAP_AAD, Buffer.from(header.sessionId)]);
  return openSealed(masterKey, Buffer.from(header.wrappedKey, 'base64'), aad);
}

/** The bytes that start a new (v2) journal file: the header twice, so one damaged copy is harmless. */
export function encodeHeader(header: JournalHeader): Buffer {
  const frame = encodeFrame(HEADER_SEQ, Buffer.from(JSON.stringify(header)));
  return Buffer.concat([MAGIC_V2, frame, frame]);
}

/** Binds a record to its session and its place: a moved, repeated or foreign record fails. */
function recordAad(sessionId: string, seq: number): Buffer {
  return Buffer.from(`${sessionId}#${seq}`);
}

export function encodeRecord(
  dataKey: Buffer,
  sessionId: string,
  seq: number,
  record: JournalRecord,
): Buffer {
  const plain = Buffer.from(JSON.stringify(record));
  return encodeFrame(seq, seal(dataKey, plain, recordAad(sessionId, seq)));
}

export function decodeRecord(
  dataKey: Buffer,
  sessionId: string,
  seq: number,
  payload: Buffer,
): JournalRecord {
  const plain = openSealed(dataKey, payload, recordAad(sessionId, seq));
  return JSON.parse(plain.toString('utf8')) as JournalRecord;
}

/** Version 1 records were bound to the session only. */
export function decodeV1Record(dataKey: Buffer, sessionId: string, payload: Buffer): JournalRecord {
  const plain = openSealed(dataKey, payload, Buffer.from(sessionId));
  return JSON.parse(plain.toString('utf8')) as JournalRecord;
}
