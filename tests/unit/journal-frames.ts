import { readFileSync } from 'node:fs';
import {
  FRAME_HEAD_BYTES,
  FRAME_MARKER,
  MAGIC_V2,
  parseFrameHead,
} from '../../main/host/journal/journal-format.js';

export interface Frame {
  offset: number;
  end: number;
  seq: number;
}

/** Every intact frame of a version 2 journal (the two header copies first, then the records). */
export function framesOf(path: string): { frames: Frame[]; data: Buffer } {
  const data = readFileSync(path);
  const frames: Frame[] = [];
  let offset = data.indexOf(FRAME_MARKER, MAGIC_V2.length);
  while (offset >= 0) {
    const head = parseFrameHead(data.subarray(offset, offset + FRAME_HEAD_BYTES));
    if (typeof head !== 'string') {
      const end = offset + FRAME_HEAD_BYTES + head.length;
      frames.push({ offset, end, seq: head.seq });
      offset = data.indexOf(FRAME_MARKER, end);
    } else offset = data.indexOf(FRAME_MARKER, offset + 1);
  }
  return { frames, data };
}
