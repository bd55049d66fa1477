import { performanceNow, type TokenBucket } from './token-bucket.js';

export interface DropPolicy {
  /** This many "too many requests" answers… */
  refusals: number;
  /** …within this window close the connection. */
  withinMs: number;
  /** Closes the connection (the phone app reconnects and resumes by itself). */
  close: (refusals: number, seconds: number) => void;
}

/** 50 refusals in 10 s: a phone app never gets there, a flood gets there in milliseconds. */
export const DEFAULT_DROP = { refusals: 50, withinMs: 10_000 } as const;

/**
 * What one connection may still ask of the host: its rate limit, and, for a client that keeps
 * sending after being told to wait, the end of the connection, so it stops costing anyone work.
 */
export class RequestGate {
  /** When the last `drop.refusals` refusals happened, as a ring; made at the first refusal. */
  private refusedAt: Float64Array | undefined;
  private next = 0;
  /** Refusals so far, up to the ring's size (until then the ring is not full). */
  private refusals = 0;
  private closed = false;

  constructor(
    private readonly bucket: TokenBucket,
    private readonly drop?: DropPolicy,
    private readonly now: () => number = performanceNow,
  ) {}

  /** False once the connection is being dropped: then nothing more is done for it at all. */
  get open(): boolean {
    return !this.closed;
  }

  /** Takes one request from the rate limit. */
  admit(): boolean {
    return !this.closed && this.bucket.take();
  }

  /** The client was told RATE_LIMITED (by the limit above or a handler). */
  refused(): void {
    const drop = this.drop;
    if (!drop || this.closed) return;
    const now = this.now();
    // Thousands of phones never get a refusal: their connections carry no ring.
    const refusedAt = (this.refusedAt ??= new Float64Array(drop.refusals));
    refusedAt[this.next] = now;
    this.next = (this.next + 1) % drop.refusals;
    this.refusals = Math.min(this.refusals + 1, drop.refusals);
    // Read after the write: once the ring is full, the slot after the newest holds the first of
    // the last `drop.refusals` refusals (read before, it was an unwritten 0 at the 50th refusal,
    // so a host up for more than the window closed one refusal late).
    const oldest = refusedAt[this.next]!;
    if (this.refusals >= drop.refusals && now - oldest <= drop.withinMs) {
      this.closed = true;
      drop.close(drop.refusals, (now - oldest) / 1000);
    }
  }
}
