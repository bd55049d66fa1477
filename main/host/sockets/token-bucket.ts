/** One clock for every bucket: a default made per instance would be a closure per connection. */
export const performanceNow = (): number => performance.now();

/** A per-connection rate limit: `capacity` requests at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = performanceNow,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Whether a take() would succeed now, without taking. */
  canTake(): boolean {
    this.refill();
    return this.tokens >= 1;
  }

  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(
      this.capacity,
      this.tokens + ((now - this.last) / 1000) * this.perSecond,
    );
    this.last = now;
  }
}
