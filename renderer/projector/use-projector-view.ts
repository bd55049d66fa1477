import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectorView } from '../../shared/protocol/views.js';
import { connectProjector } from '../console-and-projector/console-socket.js';
import { clockSkewOf } from '../console-and-projector/timer-clock.js';

export type ProjectorConnection = 'connecting' | 'online' | 'offline';

/** The room's view of the session: only what the counselor has chosen to show. */
export function useProjectorView(token: string): {
  view: ProjectorView | null;
  connection: ProjectorConnection;
  clockSkewMs: number;
  reportPages: (screenKey: string, pages: number) => void;
} {
  const [clockSkewMs, setClockSkew] = useState(0);
  const [view, setView] = useState<ProjectorView | null>(null);
  const [connection, setConnection] = useState<ProjectorConnection>('connecting');
  const socket = useMemo(() => connectProjector(token), [token]);
  useEffect(() => {
    socket.connect();
    socket.on('connect', () => setConnection('online'));
    socket.on('disconnect', () => setConnection('offline'));
    socket.on('connect_error', () => setConnection('offline'));
    socket.on('projector:view', (next) => {
      setView(next);
      if (next?.timer) setClockSkew(clockSkewOf(next.timer));
    });
    return () => {
      socket.off();
      socket.disconnect();
    };
  }, [socket]);
  const reportPages = useCallback(
    (screenKey: string, pages: number) => {
      // Fire and forget: a lost report only leaves the console's page count a screen behind.
      socket.emitWithAck('projector:layout', { screenKey, pages }).catch(() => undefined);
    },
    [socket],
  );
  return { view, connection, clockSkewMs, reportPages };
}
