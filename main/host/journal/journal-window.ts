import type { FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 1024 * 1024;
const EMPTY = Buffer.alloc(0);

/**
 * A forward-moving window over a file: journals are read as a stream, so a file of any size
 * (past 2 GiB too) costs memory for one chunk or one record, never for the whole file.
 */
export class FileWindow {
  private buffer = EMPTY;
  private start = 0;

  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /** Up to `length` bytes at `offset` (fewer at the end of the file). Never go backwards after. */
  async bytes(offset: number, length: number): Promise<Buffer> {
    const end = Math.min(offset + length, this.size);
    if (offset < this.start || offset > this.start + this.buffer.length) {
      this.buffer = EMPTY;
      this.start = offset;
    } else if (offset > this.start) {
      this.buffer = this.buffer.subarray(offset - this.start);
      this.start = offset;
    }
    const have = this.start + this.buffer.length;
    if (have < end) {
      const toRead = Math.min(Math.max(end - have, CHUNK_BYTES), this.size - have);
      const chunk = Buffer.allocUnsafe(toRead);
      let got = 0;
      while (got < toRead) {
        const { bytesRead } = await this.handle.read(chunk, got, toRead - got, have + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      const fresh = chunk.subarray(0, got);
      this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, fresh]) : fresh;
    }
    return this.buffer.subarray(0, Math.min(end, this.start + this.buffer.length) - this.start);
  }

  /** Offset of the next `marker` at or after `from`, or the file size when there is none. */
  async find(marker: Buffer, from: number): Promise<number> {
    let offset = from;
    for (;;) {
      const bytes = await this.bytes(offset, CHUNK_BYTES);
      const index = bytes.indexOf(marker);
      if (index >= 0) return offset + index;
      if (offset + bytes.length >= this.size) return this.size;
      offset += Math.max(1, bytes.length - (marker.length - 1));
    }
  }
}
