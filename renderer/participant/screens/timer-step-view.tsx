import { strings } from '../strings.js';
import type { PublicStepOf } from '../../common/public-step-types.js';
import { useCountdown } from './use-countdown.js';
import './timer-step-view.css';

/** A reflection pause with a countdown that follows the counselor's timer. */
export function TimerStepView({ step }: { step: PublicStepOf<'timer'> }) {
  const { timer, remainingMs, label } = useCountdown(step.id, step.seconds * 1000);
  const running = timer?.runningSince !== undefined;
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
