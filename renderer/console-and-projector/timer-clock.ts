import { useEffect, useState } from 'react';
import type { TimerView } from '../../shared/protocol/views.js';

/** Milliseconds left on a timer, measured on the host's clock (a laptop clock may be off). */
export function timerRemainingMs(timer: TimerView, clockSkewMs: number, clientNow: number): number {
  if (timer.runningSince === undefined) return Math.max(0, timer.remainingMs);
  const hostNow = clientNow + clockSkewMs;
  return Math.max(0, timer.remainingMs - (hostNow - timer.runningSince));
}

export function formatClock(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Re-renders a few times a second while `active`, for countdowns. */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [active, intervalMs]);
  return now;
}

/** The host's clock minus ours, measured when a view arrives (call from the socket listener). */
export function clockSkewOf(timer: TimerView | undefined): number {
  return timer ? timer.serverNow - Date.now() : 0;
}

/** The remaining time of a timer view, ticking while it runs. */
export function useTimerRemaining(
  timer: TimerView | undefined,
  clockSkewMs: number,
): number | null {
  const now = useNow(timer?.runningSince !== undefined);
  return timer ? timerRemainingMs(timer, clockSkewMs, now) : null;
}
