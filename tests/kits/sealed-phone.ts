/**
 * The one participant client of tests and bench: a socket.io client socket with the phone app's
 * SealedLink (shared/seal) on it. It looks enough like a socket (on/off/once, emit with an ack,
 * timeout(ms).emitWithAck, connected, disconnect) that tests written against the clear protocol
 * read the same, while every request, reply and push goes sealed, as from a real phone.
 */
import { EventEmitter } from 'node:events';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import * as msgpackParser from 'socket.io-msgpack-parser';
import type { Reply } from '../../shared/protocol/errors.js';
import { SealedLink } from '../../shared/seal/sealed-link.js';
import type { SealPrimitives } from '../../shared/seal/seal-primitives.js';

/**
 * What a client of the participant door needs: the host speaks msgpack there (one binary frame
 * per packet; main/host/host-doors.ts), the console door socket.io's own parser.
 */
export const PARTICIPANT_DOOR = { parser: msgpackParser };

/** Events of the socket itself; every other name is a sealed push or request. */
const SOCKET_EVENTS = new Set(['connect', 'disconnect', 'connect_error']);
const DEFAULT_TIMEOUT_MS = 30_000;
/** Emitted (with the reason) when a push or reply from the host did not open. */
export const REFUSED_EVENT = 'seal:refused';
const UNREACHABLE = {
  ok: false,
  error: { code: 'UNREACHABLE', message: 'not connected' },
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;

export interface SealedPhoneOptions {
  /** The host key's fingerprint, as from the QR link's fragment; none: a typed-code join. */
  expectedFingerprint?: string;
  /** Handshake and request timeout (generous: loaded CI machines). */
  timeoutMs?: number;
  /** The seal's primitives (the bench's crowd: node:crypto's, so its phones cost the machine less). */
  primitives?: SealPrimitives;
}

export class SealedPhone {
  readonly link: SealedLink;
  private readonly pushes = new EventEmitter();
  private sealing: Promise<Reply> = Promise.resolve({ ok: true });
  /** Envelopes the link refused (altered or replayed pushes and replies). */
  readonly refused: string[] = [];

  constructor(
    readonly socket: Socket,
    private readonly options: SealedPhoneOptions = {},
  ) {
    this.pushes.setMaxListeners(0);
    this.link = new SealedLink(socket, {
      expectedFingerprint: options.expectedFingerprint,
      ...(options.primitives ? { primitives: options.primitives } : {}),
      onPush: (event, payload) => this.pushes.emit(event, payload),
      onRefused: (reason) => {
        this.refused.push(reason);
        this.pushes.emit(REFUSED_EVENT, reason);
      },
    });
    // Sealed again on every connect, as the phone app does.
    socket.on('connect', () => {
      this.sealing = this.link.open(this.timeoutMs);
    });
    // A socket that reconnects by itself: requests meanwhile wait for the next sealed connection.
    socket.on('disconnect', () => {
      if (socket.active) this.sealing = this.nextConnection();
    });
    this.sealing = socket.connected ? this.link.open(this.timeoutMs) : this.nextConnection();
  }

  /** Requests made before a connection is up wait for it (socket.io buffers them likewise). */
  private nextConnection(): Promise<Reply> {
    return new Promise((resolve) => {
      const done = (result: Promise<Reply> | Reply) => {
        clearTimeout(bound);
        this.socket.off('connect', connected);
        this.socket.off('connect_error', failed);
        resolve(result);
      };
      // Registered after the constructor's listener, so `sealing` is this connection's by then.
      const connected = () => done(this.sealing);
      const failed = () => {
        if (!this.socket.active) done(UNREACHABLE);
      };
      // A bound, not a wait: a socket that never comes back answers UNREACHABLE.
      const bound = setTimeout(() => done(UNREACHABLE), this.timeoutMs);
      this.socket.on('connect', connected);
      this.socket.on('connect_error', failed);
    });
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  get id(): string | undefined {
    return this.socket.id;
  }

  /** Resolves when the current connection's handshake is done (with its result). */
  sealed(): Promise<Reply> {
    return this.sealing;
  }

  /** One sealed request; a timeout or a dropped connection is a reply with an error code. */
  async request<T = object>(event: string, payload?: unknown, timeoutMs = this.timeoutMs) {
    await this.sealing;
    return this.link.request<T>(event, payload, timeoutMs);
  }

  /** A takeaway PDF over the sealed connection, as the phone's end screen asks for it. */
  async takeaway(
    resumeToken: string,
    options: { ownAnswers?: boolean; layout?: 'standard' | 'large' } = {},
  ): Promise<Reply<{ pdf: Buffer }>> {
    const reply = await this.request<{ pdf: string }>('takeaway', {
      resumeToken,
      ownAnswers: options.ownAnswers ?? true,
      layout: options.layout ?? 'standard',
    });
    return reply.ok ? { ok: true, pdf: Buffer.from(reply.pdf, 'base64') } : reply;
  }

  emitWithAck(event: string, payload?: unknown): Promise<Reply> {
    return this.request(event, payload);
  }

  timeout(ms: number): { emitWithAck(event: string, payload?: unknown): Promise<Reply> } {
    return { emitWithAck: (event, payload) => this.request(event, payload, ms) };
  }

  /** A sealed request; the reply goes to a trailing callback, and without one none is asked for. */
  emit(event: string, ...args: unknown[]): this {
    const last = args[args.length - 1];
    const ack = typeof last === 'function' ? (last as (reply: unknown) => void) : undefined;
    const payload = args[0] === ack ? undefined : args[0];
    if (ack) void this.request(event, payload).then(ack);
    else void this.sealing.then(() => this.link.notify(event, payload));
    return this;
  }

  on(event: string, listener: Listener): this {
    if (SOCKET_EVENTS.has(event)) this.socket.on(event, listener);
    else this.pushes.on(event, listener);
    return this;
  }

  once(event: string, listener: Listener): this {
    if (SOCKET_EVENTS.has(event)) this.socket.once(event, listener);
    else this.pushes.once(event, listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    if (SOCKET_EVENTS.has(event)) this.socket.off(event, listener);
    else this.pushes.off(event, listener);
    return this;
  }

  connect(): this {
    if (!this.socket.connected) this.sealing = this.nextConnection();
    this.socket.connect();
    return this;
  }

  disconnect(): this {
    this.socket.disconnect();
    return this;
  }

  close(): this {
    return this.disconnect();
  }
}

/** Connects and seals; rejects when the connection or the handshake fails. */
export async function connectSealedPhone(
  url: string,
  socketOptions: Partial<ManagerOptions & SocketOptions> & { localAddress?: string } = {},
  phoneOptions: SealedPhoneOptions = {},
): Promise<SealedPhone> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...PARTICIPANT_DOOR,
    ...socketOptions,
  } as Partial<ManagerOptions & SocketOptions>);
  const phone = new SealedPhone(socket, phoneOptions);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  const sealed = await phone.sealed();
  if (!sealed.ok) {
    socket.close();
    throw new Error(`The handshake failed: ${sealed.error.code} ${sealed.error.message}`);
  }
  return phone;
}
