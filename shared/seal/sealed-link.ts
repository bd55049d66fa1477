/**
 * The phone's end of the sealed participant door, over any socket.io client socket: the phone
 * app and every test or bench client speak the protocol through this one class. Call open() on
 * each connect; requests and pushes are then sealed both ways.
 */
import { fail, type Reply } from '../protocol/errors.js';
import { phoneHello, SealError, type SealChannel } from './seal-channel.js';
import type { SealPrimitives } from './seal-primitives.js';
import {
  bytesOf,
  parseSealedMessage,
  SEAL_HELLO_EVENT,
  SEALED_EVENT,
  type SealHelloReply,
  wireBytes,
} from './sealed-wire.js';

/** What the link needs of a socket.io client socket (kept structural: shared/ imports no socket.io). */
export interface SealCarrier {
  readonly connected: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(event: string, listener: (...args: any[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  timeout(ms: number): { emit(event: string, ...args: unknown[]): unknown };
}

export interface SealedLinkOptions {
  /** The host key's fingerprint from the joining link's fragment, when the phone has one. */
  expectedFingerprint?: string;
  /** A push from the host (e.g. "view"), opened. */
  onPush: (event: string, payload: unknown) => void;
  /** An envelope from the host that did not open (altered or replayed): dropped, reported here. */
  onRefused?: (reason: string) => void;
  /** The seal's primitives; the phone's own (@noble) unless given. */
  primitives?: SealPrimitives;
}

const NOT_SEALED = fail('UNREACHABLE', 'not connected');
const TIMED_OUT = fail('TIMEOUT', 'no reply from the host');
export const BAD_REPLY = fail('BAD_SEAL', 'the reply from the host could not be opened');

/** A reply that is not sealed: only a refusal may come back in the clear (the host could not open the request). */
export function clearRefusal<T>(reply: unknown): Reply<T> {
  const clear = reply as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  const refused =
    clear?.ok === false &&
    typeof clear.error?.code === 'string' &&
    typeof clear.error.message === 'string';
  return refused ? (clear as Reply<T>) : BAD_REPLY;
}

export class SealedLink {
  private channel: SealChannel | undefined;
  /** Counts open() calls, so a slow handshake's late answer cannot replace a newer one. */
  private attempt = 0;

  constructor(
    private readonly carrier: SealCarrier,
    private readonly options: SealedLinkOptions,
  ) {
    carrier.on(SEALED_EVENT, (envelope: unknown) => this.receive(envelope));
    carrier.on('disconnect', () => {
      this.channel = undefined;
    });
  }

  /** True once open() succeeded on the current connection. */
  get sealed(): boolean {
    return this.channel !== undefined && this.carrier.connected;
  }

  /** The handshake; on every (re)connect, before any request. */
  open(timeoutMs: number): Promise<Reply> {
    this.channel = undefined;
    const attempt = ++this.attempt;
    if (!this.carrier.connected) return Promise.resolve(NOT_SEALED);
    const hello = phoneHello(this.options.primitives);
    return new Promise((resolve) => {
      this.carrier
        .timeout(timeoutMs)
        .emit(SEAL_HELLO_EVENT, wireBytes(hello.hello), (error: unknown, reply: SealHelloReply) => {
          if (attempt !== this.attempt) return resolve(NOT_SEALED);
          if (error) return resolve(TIMED_OUT);
          if (!reply?.ok) return resolve(reply?.ok === false ? reply : BAD_REPLY);
          const key = bytesOf(reply.key);
          const nonce = bytesOf(reply.nonce);
          if (!key || !nonce) return resolve(BAD_REPLY);
          try {
            this.channel = hello.finish(key, nonce, this.options.expectedFingerprint);
          } catch (failure) {
            const mismatch = failure instanceof SealError && /does not match/.test(failure.message);
            return resolve(mismatch ? fail('WRONG_HOST', failure.message) : BAD_REPLY);
          }
          resolve({ ok: true });
        });
    });
  }

  /** One sealed request and its sealed reply. */
  request<T = object>(event: string, payload: unknown, timeoutMs: number): Promise<Reply<T>> {
    const channel = this.channel;
    if (!channel || !this.carrier.connected) return Promise.resolve(NOT_SEALED);
    const envelope = channel.sealText(JSON.stringify({ e: event, p: payload }));
    return new Promise((resolve) => {
      // The reply is opened inside the ack callback, not after an await: a push that arrives in
      // the same batch (long-polling) must be opened after it, in the order the host sealed them.
      this.carrier
        .timeout(timeoutMs)
        .emit(SEALED_EVENT, wireBytes(envelope), (error: unknown, reply: unknown) => {
          if (error) return resolve(TIMED_OUT);
          resolve(this.openReply<T>(channel, reply));
        });
    });
  }

  /** A sealed message that waits for no reply; false when the link is not sealed. */
  notify(event: string, payload: unknown): boolean {
    const channel = this.channel;
    if (!channel || !this.carrier.connected) return false;
    this.carrier.emit(
      SEALED_EVENT,
      wireBytes(channel.sealText(JSON.stringify({ e: event, p: payload }))),
    );
    return true;
  }

  private openReply<T>(channel: SealChannel, reply: unknown): Reply<T> {
    const bytes = bytesOf(reply);
    if (!bytes) return clearRefusal(reply);
    if (channel !== this.channel) return NOT_SEALED;
    try {
      return JSON.parse(channel.openText(bytes)) as Reply<T>;
    } catch (failure) {
      this.options.onRefused?.((failure as Error).message);
      return BAD_REPLY;
    }
  }

  private receive(envelope: unknown): void {
    const channel = this.channel;
    const bytes = bytesOf(envelope);
    if (!channel || !bytes) return;
    let text: string;
    try {
      text = channel.openText(bytes);
    } catch (failure) {
      this.options.onRefused?.((failure as Error).message);
      return;
    }
    const message = parseSealedMessage(text);
    if (message) this.options.onPush(message.e, message.p);
  }
}
