import type { JournalSink } from './journal-sink.js';

interface Rotation {
  run: () => Promise<{ sink: JournalSink; size: number }>;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface Pending {
  bytes: Buffer;
  onCommitted?: () => void;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * Group commit: every record appended in the same tick (or while a flush is running) goes to disk
 * in one write + fsync, then all of them are resolved together. A promise resolves only once its
 * bytes are durable; if the disk refuses, the partial write is cut off again and every waiting
 * record is rejected, so no record after a failed one can ever succeed.
 */
export class JournalWriter {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private closed = false;
  private broken: Error | undefined;
  private idleWaiters: (() => void)[] = [];
  private rotation: Rotation | undefined;
  /** Called synchronously before a failed batch is rejected. */
  onFailure: ((error: Error) => void) | undefined;
  /** Called synchronously before onFailure: the journal takes back the refused sequence numbers. */
  onRefused: (() => void) | undefined;

  constructor(
    private sink: JournalSink,
    private size: number,
  ) {}

  get bytes(): number {
    return this.size;
  }

  append(bytes: Buffer, onCommitted?: () => void): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the journal is closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ bytes, onCommitted, resolve, reject });
      this.schedule();
    });
  }

  /** Waits for every appended record to be settled, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.idle();
    this.closed = true;
    await this.sink.close();
  }

  /**
   * Between two flushes (so every record handed out so far is either durable or still queued),
   * `run` writes a new file and hands back its sink; later batches go there. A failed run leaves
   * the writer on its old file.
   */
  rotate(run: Rotation['run']): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the journal is closed'));
    if (this.broken) return Promise.reject(this.broken);
    if (this.rotation) return Promise.reject(new Error('a rotation is already waiting'));
    return new Promise<void>((resolve, reject) => {
      this.rotation = { run, resolve, reject };
      this.schedule();
    });
  }

  idle(): Promise<void> {
    if (!this.flushing && !this.scheduled && this.queue.length === 0 && !this.rotation) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    if (this.rotation) await this.runRotation(this.rotation);
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0) {
      this.flushing = true;
      const bytes = Buffer.concat(batch.map((p) => p.bytes));
      try {
        await this.sink.write(bytes);
        await this.sink.sync();
        this.size += bytes.length;
        for (const pending of batch) pending.onCommitted?.();
        for (const pending of batch) pending.resolve();
      } catch (cause) {
        await this.fail(batch, toError(cause));
      }
      this.flushing = false;
    }
    if (this.queue.length > 0 || this.rotation) this.schedule();
    else if (!this.flushing && !this.scheduled) this.wakeIdle();
  }

  private async runRotation(rotation: Rotation): Promise<void> {
    this.rotation = undefined;
    this.flushing = true;
    try {
      const next = await rotation.run();
      const old = this.sink;
      this.sink = next.sink;
      this.size = next.size;
      await old.close().catch(() => {});
      rotation.resolve();
    } catch (cause) {
      rotation.reject(toError(cause));
    }
    this.flushing = false;
  }

  private async fail(batch: Pending[], error: Error): Promise<void> {
    try {
      await this.sink.truncate(this.size);
    } catch {
      // We cannot tell what is on disk any more: refuse everything from now on.
      this.broken = error;
    }
    const failed = [...batch, ...this.queue];
    this.queue = [];
    this.onRefused?.();
    this.onFailure?.(error);
    for (const pending of failed) pending.reject(error);
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }
}

function toError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(String(cause));
}
