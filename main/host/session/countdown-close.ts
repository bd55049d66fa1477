import { remainingAt, timerShouldClose } from '../../../shared/session/timer-transitions.js';
import type { Logger } from '../logger.js';
import type { LiveRoom } from './live-room.js';
import type { LiveSession } from './live-session.js';

export interface CountdownCloseDeps {
  log: Logger;
  now: () => number;
  /** Runs `run` after `ms` and returns a cancel; tests pass their own clock. */
  schedule?: (ms: number, run: () => void) => () => void;
}

function scheduleWithTimeout(ms: number, run: () => void): () => void {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
}

/** When an exercise's countdown is set to close responses, closes them at zero. */
export class CountdownClose {
  /** Cancels the pending "time is up: close responses" of an exercise's countdown. */
  private cancelTimerClose: (() => void) | undefined;

  constructor(
    private readonly room: LiveRoom,
    private readonly deps: CountdownCloseDeps,
  ) {
    room.watch({ opened: () => this.watchTimer(), closing: () => this.stop() });
  }

  /** Looks at the open session's countdown again (after it was started, paused or changed). */
  watchTimer(): void {
    this.stop();
    const live = this.room.live;
    const timer = live?.committed.timer;
    if (!live || !timer || timer.runningSince === undefined || !timer.closesResponses) return;
    if (live.committed.phases[timer.stepId] !== 'open') return;
    const schedule = this.deps.schedule ?? scheduleWithTimeout;
    const left = remainingAt(timer, this.deps.now());
    this.cancelTimerClose = schedule(left, () => void this.closeOnTimer(live));
  }

  stop(): void {
    this.cancelTimerClose?.();
    this.cancelTimerClose = undefined;
  }

  private async closeOnTimer(live: LiveSession): Promise<void> {
    this.cancelTimerClose = undefined;
    if (this.room.live !== live) return;
    if (!timerShouldClose(live.committed, this.deps.now())) {
      // Paused, moved on, or woken a moment early: look again.
      this.watchTimer();
      return;
    }
    const applied = await live.apply({ type: 'close' });
    if (applied.ok) {
      this.deps.log.info('Time is up: responses closed, as the counselor chose.');
      this.room.onChange({ scope: 'room' });
    }
  }
}
