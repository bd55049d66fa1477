import { Worker } from 'node:worker_threads';
import * as inProcess from './index.js';
import type {
  PdfJob,
  PdfJobReply,
  WorkerDocument,
  WorkerRenderers,
} from './pdf-worker-protocol.js';

const ENTRY = new URL('./pdf-worker-entry.js', import.meta.url);
/** Run from TypeScript sources (the test runner) there is no built worker file to start. */
const BUILT = import.meta.url.endsWith('.js');

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

/**
 * Renders session PDFs on one worker thread, started on first use and again after a crash.
 * Jobs run one after another there; callers limit how many wait (RenderQueue).
 */
export class PdfWorker {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly useThread = BUILT) {}

  /** True when renders leave the host's thread (always, except when run from sources). */
  get threaded(): boolean {
    return this.useThread;
  }

  render<K extends WorkerDocument>(
    name: K,
    ...args: Parameters<WorkerRenderers[K]>
  ): Promise<Buffer> {
    if (!this.useThread) {
      const run = inProcess[name] as (...a: unknown[]) => Promise<Buffer>;
      return run(...args);
    }
    const id = this.nextId++;
    const job: PdfJob = { id, name, args };
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.thread().postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY);
    worker.unref();
    worker.on('message', (reply: PdfJobReply) => this.settle(reply));
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, job] of this.pending) {
        this.pending.delete(id);
        job.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The PDF worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  private settle(reply: PdfJobReply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    if (reply.ok)
      job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.length));
    else if (reply.unknownParticipant)
      job.reject(new inProcess.UnknownParticipantError(reply.message));
    else job.reject(new Error(reply.message));
  }
}
