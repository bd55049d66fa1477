/**
 * How sealed messages travel on the participant door's socket. After the handshake, every
 * request, reply and push is one SEALED_EVENT carrying an envelope; inside the envelope is the
 * JSON of a SealedMessage (requests and pushes) or of a reply.
 */
import type { Failure, Reply } from '../protocol/errors.js';

/** Phone → host, in the clear: the phone's ephemeral public key. Answered with SealHelloReply. */
export const SEAL_HELLO_EVENT = 'seal:hello';
/** Both ways: one envelope. A request carries an ack, answered with a sealed reply. */
export const SEALED_EVENT = 'sealed';

export interface SealedMessage {
  /** The request or push name, e.g. "answer" or "view". */
  e: string;
  p?: unknown;
}

export type SealHelloReply = Reply<{ key: Uint8Array; nonce: Uint8Array }>;

/** An envelope's bytes: a Buffer when Node sends or receives, an ArrayBuffer in a browser. */
export type SealedBytes = Uint8Array | ArrayBuffer;

/**
 * socket.io's event maps of the participant door. Only the handshake and envelopes travel on the
 * socket itself; what is inside an envelope is typed by ParticipantClientToServer and
 * ParticipantServerToClient (shared/protocol/participant-events.ts).
 */
export interface SealedClientToServer {
  [SEAL_HELLO_EVENT]: (hello: SealedBytes, ack: (reply: SealHelloReply) => void) => void;
  /** A request's envelope: the reply comes back sealed, or as a clear refusal if it did not open. */
  [SEALED_EVENT]: (envelope: SealedBytes, ack: (reply: SealedBytes | Failure) => void) => void;
}

export interface SealedServerToClient {
  /** A push (e.g. "view"), sealed. */
  [SEALED_EVENT]: (envelope: SealedBytes) => void;
}

/** The bytes of an envelope as socket.io hands them over (Buffer in Node, ArrayBuffer in browsers). */
export function bytesOf(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return undefined;
}

/**
 * The bytes as an ArrayBuffer of their own, as a phone hands them to socket.io: the door's
 * msgpack parser sends an ArrayBuffer as binary in browsers too, a Uint8Array only in Node.
 */
export function wireBytes(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength
    ? buffer
    : new Uint8Array(bytes).buffer;
}

/** Reads a sealed message's JSON; undefined when it is not one. */
export function parseSealedMessage(text: string): SealedMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { e, p } = value as { e?: unknown; p?: unknown };
  return typeof e === 'string' ? { e, p } : undefined;
}
