import type { ConsoleView } from '../../shared/protocol/views.js';
import { formatClock, useTimerRemaining } from '../room/timer-clock.js';
import type { ConsoleApi } from './use-console.js';

/** Start, pause and reset the countdown that the projector and phones show. */
export function TimerControls({ api, view }: { api: ConsoleApi; view: ConsoleView }) {
  const remaining = useTimerRemaining(view.timer, api.clockSkewMs);
  const running = view.timer?.runningSince !== undefined;
  const command = (c: 'start' | 'pause' | 'reset') => void api.act({ type: 'timer', command: c });
  return (
    <div className="timer-controls">
      <span className="timer-clock" data-testid="timer-clock" aria-live="off">
        {remaining === null ? '–:––' : formatClock(remaining)}
      </span>
      {running ? (
        <button type="button" className="btn btn-primary" onClick={() => command('pause')}>
          Pause timer
        </button>
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          disabled={remaining === 0}
          onClick={() => command('start')}
        >
          {remaining !== null && view.timer && remaining < view.timer.durationMs
            ? 'Resume timer'
            : 'Start timer'}
        </button>
      )}
      <button type="button" className="btn" onClick={() => command('reset')}>
        Reset
      </button>
    </div>
  );
}
