import { randomBytes } from 'node:crypto';
import { open as openSealed, seal } from '../crypto/aead.js';
import { encodeFrame, MAGIC } from './journal-format.js';
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

/** The bytes that start a new journal file. */
export function encodeHeader(header: JournalHeader): Buffer {
  return Buffer.concat([MAGIC, encodeFrame(Buffer.from(JSON.stringify(header)))]);
}

export function encodeRecord(dataKey: Buffer, sessionId: string, record: JournalRecord): Buffer {
  const plain = Buffer.from(JSON.stringify(record));
  return encodeFrame(seal(dataKey, plain, Buffer.from(sessionId)));
}

export function decodeRecord(dataKey: Buffer, sessionId: string, payload: Buffer): JournalRecord {
  const plain = openSealed(dataKey, payload, Buffer.from(sessionId));
  return JSON.parse(plain.toString('utf8')) as JournalRecord;
}
