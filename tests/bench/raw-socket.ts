/** Untyped socket.io clients for abuse tests: they send whatever the test hands them. */
import { io, type Socket } from 'socket.io-client';

export type RawReply =
  { ok: true; [key: string]: unknown } | { ok: false; error: { code: string; message: string } };

export function rawConnect(url: string, auth?: Record<string, unknown>): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...(auth ? { auth } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Emits an event with an ack; resolves with the reply, or 'NO_ACK' when none came in time. */
export async function rawRequest(
  socket: Socket,
  event: string,
  args: unknown[],
  timeoutMs = 10_000,
): Promise<RawReply | 'NO_ACK'> {
  try {
    return (await socket.timeout(timeoutMs).emitWithAck(event, ...args)) as RawReply;
  } catch {
    return 'NO_ACK';
  }
}
