import { io, type Socket } from 'socket.io-client';
import { CONSOLE_NAMESPACE } from '../../shared/protocol/protocol-limits.js';
import type {
  ConsoleClientToServer,
  ConsoleRequestName,
  ConsoleServerToClient,
  ProjectorClientToServer,
} from '../../shared/protocol/console-events.js';
import { fail, type Failure } from '../../shared/protocol/errors.js';

export type ConsoleSocket = Socket<ConsoleServerToClient, ConsoleClientToServer>;
export type ProjectorSocket = Socket<ConsoleServerToClient, ProjectorClientToServer>;

const REQUEST_TIMEOUT_MS = 15_000;

function connect(token: string, role: 'console' | 'projector'): Socket {
  return io(CONSOLE_NAMESPACE, {
    auth: { token, role },
    transports: ['websocket'],
    // Connected by the effect that owns it, so React's strict-mode remount reconnects cleanly.
    autoConnect: false,
    reconnectionDelayMax: 2000,
    // Every ack waits this long at most: emitWithAck then rejects instead of waiting forever.
    ackTimeout: REQUEST_TIMEOUT_MS,
  });
}

export function connectConsole(token: string): ConsoleSocket {
  return connect(token, 'console');
}

export function connectProjector(token: string): ProjectorSocket {
  return connect(token, 'projector');
}

/*
 * socket.io-client's own helper types for emitWithAck (it does not export them), written the same
 * way so a request generic in its name stays checked against the event map without a cast. Should
 * socket.io change its definitions, tsc fails in request() below.
 */
type Last<T extends unknown[]> = T extends [...infer _H, infer L] ? L : unknown;
type AllButLast<T extends unknown[]> = T extends [...infer H, infer _L] ? H : unknown[];
type FirstArg<T> = T extends (arg: infer Param) => infer _Result ? Param : unknown;

/** What a console request sends after its name: its payload. */
export type RequestArgs<N extends ConsoleRequestName> = AllButLast<
  Parameters<ConsoleClientToServer[N]>
>;
/** What its ack brings back: the host's Reply (or a failure made here when none came). */
export type RequestReply<N extends ConsoleRequestName> =
  FirstArg<Last<Parameters<ConsoleClientToServer[N]>>> | Failure;

const NO_ANSWER = fail('INTERNAL', 'The app did not answer. Is it still running?');

/** Sends one request and resolves with the host's Reply (no answer in time becomes a failure). */
export function request<N extends ConsoleRequestName>(
  socket: ConsoleSocket,
  name: N,
  ...payload: RequestArgs<N>
): Promise<RequestReply<N>> {
  return socket.emitWithAck(name, ...payload).catch(() => NO_ANSWER);
}
