import type { Logger } from '../logger.js';
import { CONSOLE_ROOM } from './console-rooms.js';
import { startViewLanes, type ViewLaneDeps } from './view-lanes.js';

/** The view lanes' own settings pass through as they are. */
export type ViewFanOutDeps = Omit<ViewLaneDeps, 'onError'> & { log: Logger };

/**
 * Sends fresh views after every change of the session: phones, console and projector through
 * the view lanes, warnings straight to the console. Returns the stop for shutdown.
 */
export function fanOutViews(deps: ViewFanOutDeps): { stop(): void } {
  const { log, ...lanes } = deps;
  const { sources, sockets, consoleNsp } = lanes;
  const { room, warnings } = sources;
  const views = startViewLanes({
    ...lanes,
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
