import { useState } from 'react';
import type { ConsoleView } from '../../shared/protocol/views.js';
import { formatClock, useTimerRemaining } from '../console-and-projector/timer-clock.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './timer-controls.css';

const EXERCISE_MINUTES = [1, 2, 3, 5, 10, 15];

/**
 * Start, pause and reset the countdown that the projector and phones show. On an exercise the
 * counselor picks its length and may let it close responses when the time is up.
 */
export function TimerControls({
  api,
  view,
  exerciseMinutes,
}: {
  api: ConsoleApi;
  view: ConsoleView;
  /** Set on an exercise step: the step's planned minutes, the countdown's first length. */
  exerciseMinutes?: number;
}) {
  const remaining = useTimerRemaining(view.timer, api.clockSkewMs);
  const running = view.timer?.runningSince !== undefined;
  const exercise = exerciseMinutes !== undefined;
  const planned = Math.max(1, Math.round(exerciseMinutes ?? 1));
  const [minutes, setMinutes] = useState(planned);
  const [closes, setCloses] = useState(view.timer?.closesResponses ?? false);
  const untouched =
    !view.timer ||
    (!running &&
      (view.timer.remainingMs === view.timer.durationMs || view.timer.remainingMs === 0));
  const command = (c: 'start' | 'pause' | 'reset') =>
    void api.act({
      type: 'timer',
      command: c,
      ...(exercise ? { closesResponses: closes } : {}),
      ...(exercise && c === 'start' && untouched ? { seconds: minutes * 60 } : {}),
    });
  const choices = [...new Set([...EXERCISE_MINUTES, planned])].sort((a, b) => a - b);
  return (
    <div className={exercise ? 'timer-controls timer-controls-exercise' : 'timer-controls'}>
      <span className="timer-clock" data-testid="timer-clock" aria-live="off">
        {remaining === null
          ? formatClock((exercise ? minutes * 60 : 0) * 1000)
          : formatClock(remaining)}
      </span>
      {exercise && untouched && (
        <label className="timer-length">
          {t('timer.length')}{' '}
          <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {choices.map((m) => (
              <option key={m} value={m}>
                {t('common.minutes', { minutes: m })}
              </option>
            ))}
          </select>
        </label>
      )}
      {running ? (
        <button type="button" className="btn btn-primary" onClick={() => command('pause')}>
          {t('timer.pause')}
        </button>
      ) : (
        <button
          type="button"
          className={exercise ? 'btn' : 'btn btn-primary'}
          disabled={!exercise && remaining === 0}
          onClick={() => command('start')}
        >
          {remaining !== null && view.timer && remaining > 0 && remaining < view.timer.durationMs
            ? t('timer.resume')
            : t('timer.start')}
        </button>
      )}
      <button type="button" className="btn" onClick={() => command('reset')}>
        {t('timer.reset')}
      </button>
      {exercise && (
        <label className="timer-closes">
          <input
            type="checkbox"
            checked={closes}
            onChange={(e) => {
              setCloses(e.target.checked);
              // A running countdown learns the choice at once.
              if (running)
                void api.act({
                  type: 'timer',
                  command: 'start',
                  closesResponses: e.target.checked,
                });
            }}
          />{' '}
          {t('timer.closes')}
        </label>
      )}
    </div>
  );
}
