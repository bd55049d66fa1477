import { useEffect, useState } from 'react';
import { strings } from '../../common/strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';

/** A reflection pause with a countdown that follows the counselor's timer. */
export function TimerStepView({ step }: { step: PublicStepOf<'timer'> }) {
  const { view, viewReceivedAt } = useConnectionSnapshot();
  const [now, setNow] = useState(() => Date.now());
  const timer = view?.timer?.stepId === step.id ? view.timer : undefined;
  const running = timer?.runningSince !== undefined;
  useEffect(() => {
    if (!running) return;
    const handle = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(handle);
  }, [running]);

  let remainingMs = step.seconds * 1000;
  if (timer) {
    remainingMs = timer.remainingMs;
    if (timer.runningSince !== undefined) {
      const elapsedAtView = timer.serverNow - timer.runningSince;
      remainingMs -= elapsedAtView + Math.max(0, now - viewReceivedAt);
    }
  }
  remainingMs = Math.max(0, remainingMs);
  const seconds = Math.ceil(remainingMs / 1000);
  const label = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const state =
    remainingMs === 0 && timer
      ? strings.timer.done
      : running
        ? strings.timer.remaining
        : !timer || timer.remainingMs === timer.durationMs
          ? strings.timer.ready
          : strings.timer.paused;
  return (
    <div className="timer">
      <p className="prompt pre-line">{step.prompt}</p>
      <div className="timer-clock" role="timer" aria-label={`${state}: ${label}`}>
        <span className="timer-state">{state}</span>
        <span className="timer-digits">{label}</span>
      </div>
    </div>
  );
}
