import type { SessionChange } from '../session/session-changes.js';

export interface DirtyViews {
  /** Every phone needs a new view. */
  room: boolean;
  /** Console and projector need new views. */
  console: boolean;
  /**
   * Phones whose own data changed → the one connection that already has the change (it made the
   * request and patched its own view from the reply), or undefined when all of them need a view.
   */
  participants: Map<string, string | undefined>;
}

/** How long the broadcaster waits after a send before the next one. */
export interface BroadcastPacing {
  /** The longest wait, whatever a send cost. */
  maxIntervalMs: number;
  /** The shortest wait, so a burst of taps in a small room still goes out as one send. */
  minIntervalMs: number;
  /** The wait is this many times what the last send cost, leaving the rest of the loop to acks. */
  costFactor: number;
  now: () => number;
}

const DEFAULT_PACING: Omit<BroadcastPacing, 'maxIntervalMs'> = {
  minIntervalMs: 20,
  costFactor: 4,
  now: () => performance.now(),
};

/**
 * Coalesces view updates: however many answers arrive, views go out at most once per interval,
 * each as one pass over the connected phones (O(N)), never one room-wide fan-out per answer.
 * The interval follows what a send costs (issue 17): a room of 20 sees a reveal at once, while a
 * room of 8,000 gets one pass every few hundred ms and the answers' acks keep the loop.
 */
export class Broadcaster {
  private readonly pacing: BroadcastPacing;
  private intervalMs: number;
  private room = false;
  private console = false;
  private participants = new Map<string, string | undefined>();
  private timer: NodeJS.Timeout | undefined;
  /** A send that yields to the loop (a big room's pass in slices) is still under way. */
  private sending = false;
  private last = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(
    /**
     * May return a promise (a pass in slices; the next send waits for it to end) of the time it
     * kept the loop busy, which then counts as its cost instead of the time it took.
     */
    private readonly send: (dirty: DirtyViews) => void | Promise<number | void>,
    maxIntervalMs: number,
    private readonly onError: (error: unknown) => void,
    pacing: Partial<Omit<BroadcastPacing, 'maxIntervalMs'>> = {},
  ) {
    this.pacing = { ...DEFAULT_PACING, ...pacing, maxIntervalMs };
    this.intervalMs = Math.min(this.pacing.minIntervalMs, maxIntervalMs);
  }

  note(change: SessionChange): void {
    if (this.stopped) return;
    switch (change.scope) {
      case 'room':
        this.room = true;
        this.console = true;
        break;
      case 'console':
      case 'closed':
        this.console = true;
        break;
      case 'participant': {
        const { participantId, knownTo } = change;
        // Two changes from different connections: each one lacks the other's.
        const known = this.participants.has(participantId)
          ? this.participants.get(participantId) === knownTo
            ? knownTo
            : undefined
          : knownTo;
        this.participants.set(participantId, known);
        this.console = true;
        break;
      }
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer || this.sending || this.stopped) return;
    const wait = Math.max(0, this.last + this.intervalMs - this.pacing.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const started = this.pacing.now();
    const dirty: DirtyViews = {
      room: this.room,
      console: this.console,
      participants: this.participants,
    };
    this.room = false;
    this.console = false;
    this.participants = new Map();
    let pass: void | Promise<number | void> = undefined;
    try {
      pass = this.send(dirty);
    } catch (error) {
      this.onError(error);
    }
    if (!pass) {
      this.sent(started);
      return;
    }
    this.sending = true;
    pass
      .then(
        (busyMs) => this.sent(started, busyMs ?? undefined),
        (error: unknown) => {
          this.onError(error);
          this.sent(started);
        },
      )
      .finally(() => {
        this.sending = false;
        if (this.room || this.console || this.participants.size > 0) this.schedule();
      });
  }

  private sent(started: number, busyMs?: number): void {
    const ended = this.pacing.now();
    // A pass in slices already left the loop to acks between its slices: the wait runs from its
    // start, or a big room would wait the whole pass plus the interval for its next view.
    this.last = busyMs === undefined ? ended : started;
    const { minIntervalMs, maxIntervalMs, costFactor } = this.pacing;
    const cost = busyMs ?? ended - started;
    this.intervalMs = Math.min(maxIntervalMs, Math.max(minIntervalMs, cost * costFactor));
  }

  /** The wait after the last send before the next may go out (for tests and the bench). */
  get currentIntervalMs(): number {
    return this.intervalMs;
  }
}
