/** A real console client on the console door, for the bench and the integration tests. */
import { io, type Socket } from 'socket.io-client';
import {
  CONSOLE_NAMESPACE,
  type ConsoleAction,
  type ConsoleClientToServer,
  type ConsoleReplies,
  type ConsoleRequest,
  type ConsoleRequestName,
  type ConsoleServerToClient,
} from '../../shared/protocol/console-events.js';
import type { Reply } from '../../shared/protocol/errors.js';
import { hostWarningListSchema, type HostWarning } from '../../shared/protocol/host-warnings.js';
import type { ConsoleLiveView } from '../../shared/protocol/views.js';

export type ConsoleSocket = Socket<ConsoleServerToClient, ConsoleClientToServer>;

const ACK_TIMEOUT_MS = 30_000;

export const benchSessionSettings = {
  namesEnabled: false,
  kLive: 3,
  kExport: 5,
  agreement: 'What is said here stays here. You may pass on any question.',
  support: 'Talk to the counselor after the session, or call your local support line.',
  retentionDays: 30,
};

/** The latest of each pushed event, recorded from the first packet so none is missed. */
const latestViews = new WeakMap<ConsoleSocket, ConsoleLiveView | null>();
const latestWarnings = new WeakMap<ConsoleSocket, HostWarning[]>();

export function connectConsole(
  origin: string,
  token: string,
  role: 'console' | 'projector' = 'console',
): Promise<ConsoleSocket> {
  const socket: ConsoleSocket = io(origin + CONSOLE_NAMESPACE, {
    auth: { token, role },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  socket.on('console:view', (view) => latestViews.set(socket, view));
  socket.on('host:warnings', (warnings) => latestWarnings.set(socket, warnings));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('console connect timed out')), ACK_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

/** Sends a console request and returns its raw reply (ok or error). */
export async function consoleRequestRaw<N extends ConsoleRequestName>(
  socket: ConsoleSocket,
  name: N,
  payload: ConsoleRequest<N>,
): Promise<Reply<ConsoleReplies[N]>> {
  const emit = socket.timeout(ACK_TIMEOUT_MS).emitWithAck as unknown as (
    event: N,
    payload: ConsoleRequest<N>,
  ) => Promise<Reply<ConsoleReplies[N]>>;
  return emit.call(socket.timeout(ACK_TIMEOUT_MS), name, payload);
}

/** Sends a console request; throws with the host's error when it is refused. */
export async function consoleRequest<N extends ConsoleRequestName>(
  socket: ConsoleSocket,
  name: N,
  payload: ConsoleRequest<N>,
): Promise<ConsoleReplies[N]> {
  const reply = await consoleRequestRaw(socket, name, payload);
  if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
  return reply as ConsoleReplies[N];
}

export async function act(socket: ConsoleSocket, action: ConsoleAction): Promise<ConsoleLiveView> {
  return (await consoleRequest(socket, 'session:action', { action })).view;
}

/**
 * Imports a template, creates a session, starts it and opens the exercise at `stepIndex`.
 * Returns the console view with the room code.
 */
export async function openExercise(
  socket: ConsoleSocket,
  template: { fileName: string; content: string },
  stepIndex: number,
): Promise<ConsoleLiveView> {
  const { templateId } = await consoleRequest(socket, 'library:import', template);
  await consoleRequest(socket, 'session:create', { templateId, settings: benchSessionSettings });
  await act(socket, { type: 'start' });
  await act(socket, { type: 'goto', index: stepIndex });
  return act(socket, { type: 'open' });
}

/** Resolves with the wall-clock time when a console view first satisfies `accept`. */
export function whenConsoleView(
  socket: ConsoleSocket,
  accept: (view: ConsoleLiveView) => boolean,
  timeoutMs: number,
): Promise<{ view: ConsoleLiveView; at: number }> {
  const latest = latestViews.get(socket);
  if (latest && accept(latest))
    return Promise.resolve({ view: latest, at: performance.timeOrigin + performance.now() });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('console:view', onView);
      reject(new Error(`no matching console view within ${timeoutMs} ms`));
    }, timeoutMs);
    const onView = (view: ConsoleLiveView | null) => {
      if (!view || !accept(view)) return;
      const at = performance.timeOrigin + performance.now();
      clearTimeout(timer);
      socket.off('console:view', onView);
      resolve({ view, at });
    };
    socket.on('console:view', onView);
  });
}

/**
 * Resolves with the host's warning list once it satisfies `accept` (already or later), checked
 * against the protocol's schema: the console words only warnings of that shape.
 */
export function whenWarnings(
  socket: ConsoleSocket,
  accept: (warnings: HostWarning[]) => boolean,
  timeoutMs: number,
): Promise<HostWarning[]> {
  const latest = latestWarnings.get(socket);
  if (latest && accept(latest)) return Promise.resolve(hostWarningListSchema.parse(latest));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('host:warnings', onWarnings);
      reject(
        new Error(
          `no matching host warning within ${timeoutMs} ms; last: ${JSON.stringify(latestWarnings.get(socket))}`,
        ),
      );
    }, timeoutMs);
    const onWarnings = (warnings: HostWarning[]) => {
      if (!accept(warnings)) return;
      clearTimeout(timer);
      socket.off('host:warnings', onWarnings);
      resolve(hostWarningListSchema.parse(warnings));
    };
    socket.on('host:warnings', onWarnings);
  });
}
