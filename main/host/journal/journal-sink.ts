import { open, type FileHandle } from 'node:fs/promises';

/** Where journal bytes go; a test can hand in one that fails like a full disk. */
export interface JournalSink {
  /** Writes all bytes at the end of the file. */
  write(data: Buffer): Promise<void>;
  /** Makes written bytes durable (fdatasync). */
  sync(): Promise<void>;
  /** Cuts the file back to `size` bytes, dropping a failed partial write. */
  truncate(size: number): Promise<void>;
  close(): Promise<void>;
}

export async function openFileSink(path: string): Promise<JournalSink> {
  const handle: FileHandle = await open(path, 'a', 0o600);
  return {
    async write(data) {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await handle.write(data, written, data.length - written);
        if (bytesWritten === 0) throw new Error('the disk accepted no bytes');
        written += bytesWritten;
      }
    },
    sync: () => handle.datasync(),
    truncate: (size) => handle.truncate(size),
    close: () => handle.close(),
  };
}
