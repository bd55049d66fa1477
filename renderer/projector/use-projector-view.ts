import { useEffect, useMemo, useState } from 'react';
import type { ProjectorView } from '../../shared/protocol/views.js';
import { connectConsole } from '../room/console-socket.js';
import { clockSkewOf } from '../room/timer-clock.js';

export type ProjectorConnection = 'connecting' | 'online' | 'offline';

/** The room's view of the session: only what the counselor has chosen to show. */
export function useProjectorView(token: string): {
  view: ProjectorView | null;
  connection: ProjectorConnection;
  clockSkewMs: number;
} {
  const [clockSkewMs, setClockSkew] = useState(0);
  const [view, setView] = useState<ProjectorView | null>(null);
  const [connection, setConnection] = useState<ProjectorConnection>('connecting');
  const socket = useMemo(() => connectConsole(token, 'projector'), [token]);
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
  return { view, connection, clockSkewMs };
}
