import { io, type Socket } from 'socket.io-client';
import { CONSOLE_NAMESPACE } from '../../shared/protocol/protocol-limits.js';
import type {
  ConsoleClientToServer,
  ConsoleReplies,
  ConsoleRequest,
  ConsoleRequestName,
  ConsoleServerToClient,
} from '../../shared/protocol/console-events.js';
import type { Reply } from '../../shared/protocol/errors.js';

export type ConsoleSocket = Socket<ConsoleServerToClient, ConsoleClientToServer>;

export function connectConsole(token: string, role: 'console' | 'projector'): ConsoleSocket {
  return io(CONSOLE_NAMESPACE, {
    auth: { token, role },
    transports: ['websocket'],
    // Connected by the effect that owns it, so React's strict-mode remount reconnects cleanly.
    autoConnect: false,
    reconnectionDelayMax: 2000,
  });
}

const REQUEST_TIMEOUT_MS = 15_000;

/** Sends one request and resolves with the host's Reply (a timeout becomes an error reply). */
export function request<N extends ConsoleRequestName>(
  socket: ConsoleSocket,
  name: N,
  payload: ConsoleRequest<N>,
): Promise<Reply<ConsoleReplies[N]>> {
  return new Promise((resolve) => {
    // socket.io's typed timeout() signature cannot express our generic request map.
    const timed = socket.timeout(REQUEST_TIMEOUT_MS) as unknown as {
      emit(
        event: N,
        payload: ConsoleRequest<N>,
        ack: (err: Error | null, reply: Reply<ConsoleReplies[N]>) => void,
      ): void;
    };
    timed.emit(name, payload, (err, reply) => {
      if (err) {
        resolve({
          ok: false,
          error: { code: 'INTERNAL', message: 'The app did not answer. Is it still running?' },
        });
      } else resolve(reply);
    });
  });
}
