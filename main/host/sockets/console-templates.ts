import type { LiveSession } from '../session/live-session.js';
import { CONSOLE_ROOM } from './console-rooms.js';
import type { ConsoleNamespace, ConsoleSocket } from './door-types.js';

/**
 * Sends the open session's workshop to a console that does not have it yet. Called before any
 * view of the session goes out, so on one socket (whose packets keep their order) the workshop
 * is always there first; a session opened, resumed or reopened brings its own workshop.
 */
export function sendTemplateTo(socket: ConsoleSocket, live: LiveSession | undefined): void {
  if (!live) return;
  const { template } = live.committed;
  if (socket.data.template === template) return;
  socket.data.template = template;
  socket.emit('console:template', { sessionId: live.id, template });
}

/** The same for every console connected now: a handful at most (tabs, windows). */
export function sendTemplatesToConsoles(nsp: ConsoleNamespace, live: LiveSession | undefined) {
  if (!live) return;
  for (const id of nsp.adapter.rooms.get(CONSOLE_ROOM) ?? []) {
    const socket = nsp.sockets.get(id);
    if (socket) sendTemplateTo(socket, live);
  }
}
