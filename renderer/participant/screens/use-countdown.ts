import { useEffect, useState } from 'react';
import type { TimerView } from '../../../shared/protocol/views.js';
import { useConnectionSnapshot } from '../connection/use-connection.js';

/**
 * The countdown of a step as "m:ss", ticking while it runs, measured from the host's clock at
 * the time of the view (a phone with a wrong clock still counts right).
 */
export function useCountdown(
  stepId: string,
  fallbackMs: number,
): { timer: TimerView | undefined; remainingMs: number; label: string } {
  const { view, viewReceivedAt } = useConnectionSnapshot();
  const [now, setNow] = useState(() => Date.now());
  const timer = view?.timer?.stepId === stepId ? view.timer : undefined;
  const running = timer?.runningSince !== undefined;
  useEffect(() => {
    if (!running) return;
    const handle = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(handle);
  }, [running]);

  let remainingMs = fallbackMs;
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
  return { timer, remainingMs, label };
}
