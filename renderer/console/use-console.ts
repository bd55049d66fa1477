import { replyErrorText } from '../console-and-projector/reply-error-text.js';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type {
  AppSettings,
  ConsoleAction,
  ConsoleRequestName,
} from '../../shared/protocol/console-events.js';
import type { HostWarning } from '../../shared/protocol/host-warnings.js';
import type { ConsoleLiveView, ConsoleView } from '../../shared/protocol/views.js';
import {
  connectConsole,
  request,
  type ConsoleSocket,
  type RequestArgs,
  type RequestReply,
} from '../console-and-projector/console-socket.js';
import { clockSkewOf } from '../console-and-projector/timer-clock.js';
import { NO_CONSOLE_VIEW, reduceConsoleView } from './console-view-state.js';

export type Connection = 'connecting' | 'online' | 'offline' | 'refused';

export interface ConsoleApi {
  connection: Connection;
  view: ConsoleView | null;
  /** Host clock minus this page's clock, for countdowns. */
  clockSkewMs: number;
  settings: AppSettings | null;
  notice: string | null;
  /** Problems the host reports (damaged journal, disk full), newest last. */
  warnings: HostWarning[];
  setNotice(message: string | null): void;
  call<N extends ConsoleRequestName>(name: N, ...payload: RequestArgs<N>): Promise<RequestReply<N>>;
  act(action: ConsoleAction): Promise<boolean>;
  saveSettings(patch: Partial<AppSettings>): Promise<void>;
}

/** One console socket for the page: the session view, settings and typed requests. */
export function useConsole(token: string): ConsoleApi {
  const socket = useMemo<ConsoleSocket>(() => connectConsole(token), [token]);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [{ view }, dispatch] = useReducer(reduceConsoleView, NO_CONSOLE_VIEW);
  const [clockSkewMs, setClockSkew] = useState(0);
  const receive = useCallback((live: ConsoleLiveView | null) => {
    dispatch({ type: 'view', live });
    if (live?.timer) setClockSkew(clockSkewOf(live.timer));
  }, []);
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<HostWarning[]>([]);

  useEffect(() => {
    const s = socket;
    s.on('connect', () => {
      setConnection('online');
      void request(s, 'settings:get', {}).then((reply) => {
        if (reply.ok) setSettings(reply.settings);
      });
    });
    s.on('disconnect', () => setConnection('offline'));
    s.on('connect_error', (err) => {
      // The host refuses a wrong token for good; anything else is a network hiccup.
      setConnection(/token/i.test(err.message) ? 'refused' : 'offline');
    });
    s.on('console:template', (sent) => dispatch({ type: 'template', sent }));
    s.on('console:view', receive);
    s.on('host:warnings', setWarnings);
    s.connect();
    return () => {
      s.off();
      s.disconnect();
    };
  }, [socket, receive]);

  const call = useCallback(
    async <N extends ConsoleRequestName>(
      name: N,
      ...payload: RequestArgs<N>
    ): Promise<RequestReply<N>> => {
      const reply = await request(socket, name, ...payload);
      if (!reply.ok) setNotice(replyErrorText(reply.error));
      return reply;
    },
    [socket],
  );

  const act = useCallback(
    async (action: ConsoleAction) => {
      const reply = await call('session:action', { action });
      if (reply.ok) receive(reply.view);
      return reply.ok;
    },
    [call, receive],
  );

  const saveSettings = useCallback(
    async (patch: Partial<AppSettings>) => {
      const reply = await call('settings:set', patch);
      if (reply.ok) setSettings(reply.settings);
    },
    [call],
  );

  return useMemo(
    () => ({
      connection,
      view,
      clockSkewMs,
      settings,
      notice,
      warnings,
      setNotice,
      call,
      act,
      saveSettings,
    }),
    [connection, view, clockSkewMs, settings, notice, warnings, call, act, saveSettings],
  );
}
