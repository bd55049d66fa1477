import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { ParticipantServerToClient } from '../../../shared/protocol/participant-events.js';
import {
  hostAccept,
  type HostSealKey,
  type SealChannel,
} from '../../../shared/seal/seal-channel.js';
import {
  bytesOf,
  parseSealedMessage,
  SEAL_HELLO_EVENT,
  SEALED_EVENT,
} from '../../../shared/seal/sealed-wire.js';
import { nodeSealPrimitives } from '../crypto/node-seal-primitives.js';
import type { Logger } from '../logger.js';
import type { ParticipantSocket } from './door-types.js';
import type { RequestGate } from './request-gate.js';

type Ack = (reply: unknown) => void;
type Listener = (...args: unknown[]) => void;
type AnyListener = (event: unknown, ...args: unknown[]) => void;

const TOO_MANY_REQUESTS = fail(
  'RATE_LIMITED',
  'Too many requests at once. Wait a moment and try again.',
);
const SEALED_ONLY = fail(
  'BAD_REQUEST',
  'This door only takes sealed messages. Reload the page to connect again.',
);
const NOT_SEALED_YET = fail('BAD_SEAL', 'This connection has not been sealed yet. Reconnect.');
const ALREADY_SEALED = fail('BAD_REQUEST', 'This connection is already sealed.');
const BAD_HANDSHAKE = fail('BAD_SEAL', 'That handshake was not understood.');
const REFUSED = fail(
  'BAD_SEAL',
  'That message was refused: it was altered on the way or sent a second time.',
);
const NOT_UNDERSTOOD = fail('BAD_REQUEST', 'That sealed message was not understood.');

const peers = new WeakMap<ParticipantSocket, SealedPeer>();

/** A push the host may send a phone, and what it carries. */
export type PushName = keyof ParticipantServerToClient;
export type PushPayload<E extends PushName> = Parameters<ParticipantServerToClient[E]>[0];

/** Sends a push (e.g. "view") to a participant socket, sealed; nothing before its handshake. */
export function pushSealed<E extends PushName>(
  socket: ParticipantSocket,
  event: E,
  payload: PushPayload<E>,
): void {
  peers.get(socket)?.push(event, payload);
}

/**
 * Sends a push whose sealed JSON comes in pieces (UTF-8, joined they are one SealedMessage; see
 * view-wire.ts), sealed as one envelope without joining them first.
 */
export function pushSealedJson(socket: ParticipantSocket, parts: readonly Uint8Array[]): void {
  peers.get(socket)?.pushJson(parts);
}

/** The envelope's own bytes as a Buffer (socket.io sends Buffers as binary), not a copy. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function callAck(ack: unknown, value: unknown, log: Logger): void {
  if (typeof ack !== 'function') return;
  try {
    (ack as Ack)(value);
  } catch (error) {
    log.warn(`Could not answer a sealed request: ${(error as Error).message}`);
  }
}

/**
 * One phone's connection as the request handlers see it. The phone says hello with an
 * ephemeral key and gets the door's key and a fresh nonce back (SEAL_HELLO_EVENT, the only
 * thing answered in the clear); after that every request arrives as one envelope, is opened
 * here and handed to the handler registered with on(), and replies and pushes leave sealed.
 * Anything else — clear events, envelopes that do not open (altered, replayed) — gets a clear
 * refusal and never reaches a handler.
 */
export class SealedPeer {
  private channel: SealChannel | undefined;
  private readonly listeners = new Map<string, Listener>();
  private anyListener: AnyListener | undefined;
  private refusedEnvelopes = 0;
  private helloSeen = false;

  constructor(
    private readonly socket: ParticipantSocket,
    doorKey: () => HostSealKey,
    private readonly gate: RequestGate,
    private readonly log: Logger,
    private readonly address: string,
  ) {
    peers.set(socket, this);
    // One listener for everything the phone sends (not one per event): thousands of phones.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = args[args.length - 1];
      if (event === SEALED_EVENT) this.receive(args[0], args[1]);
      else if (event === SEAL_HELLO_EVENT) this.hello(doorKey, args[0], args[1]);
      else if (typeof ack === 'function' && this.admitted(ack)) callAck(ack, SEALED_ONLY, log);
    });
  }

  private hello(doorKey: () => HostSealKey, hello: unknown, ack: unknown): void {
    const log = this.log;
    // A phone says hello once per connection: that one is free, so the handshake leaves the
    // connection's whole request budget to the phone; any further hello is a request like others.
    const first = !this.helloSeen;
    this.helloSeen = true;
    if (!first ? !this.admitted(ack) : !this.gate.open) return;
    if (this.channel) return callAck(ack, ALREADY_SEALED, log);
    const bytes = bytesOf(hello);
    if (!bytes) return callAck(ack, BAD_HANDSHAKE, log);
    const key = doorKey();
    let accepted: ReturnType<typeof hostAccept>;
    try {
      accepted = hostAccept(key, bytes, nodeSealPrimitives);
    } catch {
      return callAck(ack, BAD_HANDSHAKE, log);
    }
    this.channel = accepted.channel;
    callAck(
      ack,
      { ok: true, key: Buffer.from(key.publicKey), nonce: Buffer.from(accepted.nonce) },
      log,
    );
  }

  /** A handler for an opened request: called with (payload, ack) like a socket listener. */
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }

  /** Gets every opened request no handler is registered for. */
  onAny(listener: AnyListener): this {
    this.anyListener = listener;
    return this;
  }

  push<E extends PushName>(event: E, payload: PushPayload<E>): void {
    const channel = this.channel;
    if (!channel) return;
    this.socket.emit(
      SEALED_EVENT,
      asBuffer(channel.sealText(JSON.stringify({ e: event, p: payload }))),
    );
  }

  pushJson(parts: readonly Uint8Array[]): void {
    const channel = this.channel;
    if (!channel) return;
    this.socket.emit(SEALED_EVENT, asBuffer(channel.sealParts(parts)));
  }

  /** Rate-limited like every request, so a flood of garbage costs no more than one of requests. */
  private admitted(ack: unknown): boolean {
    if (!this.gate.open) return false;
    if (this.gate.admit()) return true;
    callAck(ack, TOO_MANY_REQUESTS, this.log);
    this.gate.refused();
    return false;
  }

  private receive(envelope: unknown, ack: unknown): void {
    if (!this.gate.open) return;
    const channel = this.channel;
    if (!channel) return void (this.admitted(ack) && callAck(ack, NOT_SEALED_YET, this.log));
    const bytes = bytesOf(envelope);
    let text: string | undefined;
    try {
      text = bytes && channel.openText(bytes);
    } catch {
      text = undefined;
    }
    if (text === undefined) return this.refuse(ack);
    const message = parseSealedMessage(text);
    const reply =
      typeof ack === 'function'
        ? (value: Reply<object>) => {
            // Sealed when sent, so replies and pushes leave in the order of their counters.
            callAck(ack, asBuffer(channel.sealText(JSON.stringify(value))), this.log);
          }
        : undefined;
    if (!message) {
      if (this.admitted(reply)) reply?.(NOT_UNDERSTOOD);
      return;
    }
    const listener = this.listeners.get(message.e);
    const args = reply ? [message.p, reply] : [message.p];
    if (listener) listener(...args);
    else this.anyListener?.(message.e, ...args);
  }

  private refuse(ack: unknown): void {
    this.refusedEnvelopes += 1;
    if (this.refusedEnvelopes === 1) {
      this.log.warn(
        `Refused a sealed message from ${this.address} that did not open (altered on the way or ` +
          'sent a second time); further ones on this connection are refused without a note.',
      );
    }
    if (this.admitted(ack)) callAck(ack, REFUSED, this.log);
    // Counted like "too many requests": a connection that keeps sending these is closed.
    this.gate.refused();
  }
}
