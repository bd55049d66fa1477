/** Untyped socket.io clients for abuse tests: they send whatever the test hands them. */
import { io, type Socket } from 'socket.io-client';
import { PARTICIPANT_DOOR } from '../kits/sealed-phone.js';

export type RawReply =
  { ok: true; [key: string]: unknown } | { ok: false; error: { code: string; message: string } };

export function rawConnect(url: string, auth?: Record<string, unknown>): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...(new URL(url).pathname === '/participant' ? PARTICIPANT_DOOR : {}),
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
/** A socket.io client socket, or a sealed phone (tests/kits/sealed-phone.ts) that looks like one. */
export interface Requester {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  timeout(ms: number): { emitWithAck(event: string, ...args: any[]): Promise<unknown> };
}

export async function rawRequest(
  socket: Requester,
  event: string,
  args: unknown[],
  timeoutMs = 10_000,
): Promise<RawReply | 'NO_ACK'> {
  try {
    const reply = (await socket.timeout(timeoutMs).emitWithAck(event, ...args)) as RawReply;
    // A sealed phone answers a missing reply with TIMEOUT instead of throwing.
    return !reply.ok && reply.error.code === 'TIMEOUT' ? 'NO_ACK' : reply;
  } catch {
    return 'NO_ACK';
  }
}
