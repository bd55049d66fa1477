import { crc32 } from 'node:zlib';

/**
 * Version 2 layout: MAGIC_V2, the header frame twice (so one damaged copy costs nothing), then one
 * frame per record. A frame is
 *   [4 marker][u32 length][u32 seq][u32 crc32(payload)][u32 crc32(the 16 bytes before)][payload]
 * The marker lets the reader find the next frame after damage; the head checksum tells a damaged
 * length from a real one before any payload is read.
 */
export const MAGIC_V2 = Buffer.from('CWJ2', 'ascii');
/** 0xFE never occurs in UTF-8, so the clear header's JSON cannot contain the marker. */
export const FRAME_MARKER = Buffer.from([0xc7, 0x0f, 0xfe, 0x5a]);
export const FRAME_HEAD_BYTES = 20;
/** The header frames carry this in place of a record sequence number. */
export const HEADER_SEQ = 0xffffffff;
/** A snapshot of a very large session is a few MB; a bigger length means the length is damaged. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

/** Version 1 (read only): MAGIC_V1, then frames of [u32 length][u32 crc32(payload)][payload]. */
export const MAGIC_V1 = Buffer.from('CWJ1', 'ascii');
export const V1_FRAME_HEAD_BYTES = 8;
export const V1_MAX_FRAME_BYTES = 16 * 1024 * 1024;

export function encodeFrame(seq: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(FRAME_HEAD_BYTES);
  FRAME_MARKER.copy(head, 0);
  head.writeUInt32BE(payload.length, 4);
  head.writeUInt32BE(seq, 8);
  head.writeUInt32BE(crc32(payload), 12);
  head.writeUInt32BE(crc32(head.subarray(0, 16)), 16);
  return Buffer.concat([head, payload]);
}

export interface FrameHead {
  length: number;
  seq: number;
  payloadCrc: number;
}

/** Checks a frame head; a string says why it is not one. */
export function parseFrameHead(head: Buffer): FrameHead | string {
  if (head.every((byte) => byte === 0)) return 'zero-filled (never written) bytes';
  if (head.length < FRAME_HEAD_BYTES) return 'torn record header (the file ends inside it)';
  if (!head.subarray(0, 4).equals(FRAME_MARKER)) return 'no record starts here';
  if (crc32(head.subarray(0, 16)) !== head.readUInt32BE(16)) return 'damaged record header';
  const length = head.readUInt32BE(4);
  if (length === 0 || length > MAX_FRAME_BYTES) return `impossible record length ${length}`;
  return { length, seq: head.readUInt32BE(8), payloadCrc: head.readUInt32BE(12) };
}

export function payloadIntact(payload: Buffer, head: FrameHead): boolean {
  return crc32(payload) === head.payloadCrc;
}

/** Version 1 frame head: [u32 length][u32 crc32(payload)]. */
export function parseV1FrameHead(head: Buffer): FrameHead | string {
  if (head.every((byte) => byte === 0)) return 'zero-filled (never written) bytes';
  if (head.length < V1_FRAME_HEAD_BYTES) return 'torn record header (the file ends inside it)';
  const length = head.readUInt32BE(0);
  if (length === 0 || length > V1_MAX_FRAME_BYTES) return `impossible record length ${length}`;
  return { length, seq: 0, payloadCrc: head.readUInt32BE(4) };
}
