import { crc32 } from 'node:zlib';

/** File layout: MAGIC, then frames of [u32 length][u32 crc32(payload)][payload]. */
export const MAGIC = Buffer.from('CWJ1', 'ascii');
export const FRAME_HEAD_BYTES = 8;
/** No record is anywhere near this; a bigger length means the length itself is damaged. */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export function encodeFrame(payload: Buffer): Buffer {
  const head = Buffer.alloc(FRAME_HEAD_BYTES);
  head.writeUInt32BE(payload.length, 0);
  head.writeUInt32BE(crc32(payload), 4);
  return Buffer.concat([head, payload]);
}

export type FrameRead =
  { ok: true; payload: Buffer; next: number } | { ok: false; reason: string } | { ok: 'end' };

export function readFrame(data: Buffer, offset: number): FrameRead {
  if (offset === data.length) return { ok: 'end' };
  const rest = data.subarray(offset);
  if (rest.every((byte) => byte === 0)) return { ok: false, reason: 'zero-filled tail' };
  if (rest.length < FRAME_HEAD_BYTES) return { ok: false, reason: 'torn record header' };
  const length = data.readUInt32BE(offset);
  const checksum = data.readUInt32BE(offset + 4);
  if (length === 0 || length > MAX_FRAME_BYTES) {
    return { ok: false, reason: `impossible record length ${length}` };
  }
  const end = offset + FRAME_HEAD_BYTES + length;
  if (end > data.length) return { ok: false, reason: 'torn record (file ends mid-record)' };
  const payload = data.subarray(offset + FRAME_HEAD_BYTES, end);
  if (crc32(payload) !== checksum) return { ok: false, reason: 'checksum mismatch' };
  return { ok: true, payload, next: end };
}
