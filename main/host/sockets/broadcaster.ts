import type { SessionChange } from '../session/session-changes.js';

export interface DirtyViews {
  /** Every phone needs a new view. */
  room: boolean;
  /** Console and projector need new views. */
  console: boolean;
  /** Phones whose own data changed. */
  participants: Set<string>;
}

/**
 * Coalesces view updates: however many answers arrive, views go out at most once per interval,
 * each as one pass over the connected phones (O(N)), never one room-wide fan-out per answer.
 */
export class Broadcaster {
  private room = false;
  private console = false;
  private participants = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private last = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(
    private readonly send: (dirty: DirtyViews) => void,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

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
      case 'participant':
        this.participants.add(change.participantId);
        this.console = true;
        break;
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.last + this.intervalMs - performance.now());
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    this.last = performance.now();
    const dirty: DirtyViews = {
      room: this.room,
      console: this.console,
      participants: this.participants,
    };
    this.room = false;
    this.console = false;
    this.participants = new Set();
    try {
      this.send(dirty);
    } catch (error) {
      this.onError(error);
    }
  }
}
