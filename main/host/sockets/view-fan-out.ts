import type { Namespace } from 'socket.io';
import type { Logger } from '../logger.js';
import type { ViewSources } from '../session/host-views.js';
import { CONSOLE_ROOM } from './console-namespace.js';
import type { ParticipantSockets } from './participant-sockets.js';
import { startViewLanes } from './view-lanes.js';

export interface ViewFanOutDeps {
  sources: ViewSources;
  sockets: ParticipantSockets;
  consoleNsp: Namespace;
  log: Logger;
  now: () => number;
  /** Longest wait between two passes of views. */
  maxIntervalMs: number;
}

/**
 * Sends fresh views after every change of the session: phones, console and projector through
 * the view lanes, warnings straight to the console. Returns the stop for shutdown.
 */
export function fanOutViews(deps: ViewFanOutDeps): { stop(): void } {
  const { sources, sockets, consoleNsp, log } = deps;
  const { room, warnings } = sources;
  const views = startViewLanes({
    sources,
    sockets,
    consoleNsp,
    now: deps.now,
    maxIntervalMs: deps.maxIntervalMs,
    onError: (error) =>
      log.error(`Sending views failed: ${(error as Error).stack ?? String(error)}`),
  });
  room.onChange = (change) => {
    if (change.scope === 'closed') sockets.clear();
    views.note(change);
  };
  warnings.onWarning = () =>
    consoleNsp.to(CONSOLE_ROOM).emit('host:warnings', [...warnings.recent]);
  return views;
}
