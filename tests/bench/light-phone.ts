/**
 * A simulated phone for the bench's load generator, much cheaper per message than socket.io-client
 * (tests/kits/sealed-phone.ts), so thousands of them in one process leave the cores to the
 * target. It speaks the same wire, byte for byte: a WebSocket (the `ws` package, as
 * engine.io-client uses in Node) carrying engine.io v4 (open, ping → pong), the door's msgpack
 * parser (socket.io-msgpack-parser) for socket.io's packets (namespace connect, events with ack
 * ids, acks), and the seal on top (shared/seal's SealChannel; the handshake in light-hello.ts).
 * What it leaves out is machinery a phone does not show the host: reconnection, buffering, a
 * timer per request (one sweep serves them all), and opening more of a push than the bench reads
 * (view-peek.ts).
 */
import WebSocket from 'ws';
import * as msgpackParser from 'socket.io-msgpack-parser';
import { PARTICIPANT_NAMESPACE } from '../../shared/protocol/participant-events.js';
import { fail, type Reply } from '../../shared/protocol/errors.js';
import type { SealChannel } from '../../shared/seal/seal-channel.js';
import {
  bytesOf,
  SEAL_HELLO_EVENT,
  SEALED_EVENT,
  type SealHelloReply,
  wireBytes,
} from '../../shared/seal/sealed-wire.js';
import { BAD_REPLY, clearRefusal } from '../../shared/seal/sealed-link.js';
import { lightHello } from './light-hello.js';
import { peekView } from './view-peek.js';

/** socket.io's packet types (socket.io-protocol v5). */
const CONNECT = 0;
const DISCONNECT = 1;
const EVENT = 2;
const ACK = 3;
const CONNECT_ERROR = 4;
/** engine.io v4 text packets: the server's open and ping, the client's pong. */
const ENGINE_OPEN = '0';
const ENGINE_PING = '2';
const ENGINE_PONG = '3';

const UNREACHABLE = fail('UNREACHABLE', 'not connected');
const TIMED_OUT = fail('TIMEOUT', 'no reply from the host');

interface Packet {
  type: number;
  nsp: string;
  data?: unknown;
  id?: number;
}

type AckHandler = (data: unknown[] | undefined) => void;

interface PendingAck {
  handler: AckHandler;
  deadline: number;
}

/** A view push as far as the bench reads it. */
export type StepViewListener = (stepId: string | undefined, phase: string | undefined) => void;

/** Phones waiting for an ack; one sweep a second answers the overdue ones with a timeout. */
const waiting = new Set<LightPhone>();
let sweep: NodeJS.Timeout | undefined;

function watch(phone: LightPhone): void {
  waiting.add(phone);
  sweep ??= setInterval(() => {
    const now = performance.now();
    for (const each of waiting) each.expire(now);
    if (waiting.size === 0) {
      clearInterval(sweep);
      sweep = undefined;
    }
  }, 1000).unref();
}

export interface LightPhoneOptions {
  /** Connect, handshake and request timeout. */
  timeoutMs: number;
  /** Bind to this loopback source address (phones on a LAN, for per-address limits). */
  localAddress?: string;
}

export class LightPhone {
  private readonly ws: WebSocket;
  private readonly encoder = new msgpackParser.Encoder();
  private readonly decoder = new msgpackParser.Decoder();
  private readonly acks = new Map<number, PendingAck>();
  private nextAckId = 0;
  private channel: SealChannel | undefined;
  /** The channel's key for pushes, so a view is read only as far as its step and phase. */
  private receiveKey: Uint8Array | undefined;
  private open = false;
  /** The namespace accepted the connect. */
  private inNamespace = false;
  private onStepView: StepViewListener | undefined;
  /** Set until the connection is sealed or has failed. */
  private connected: ((ok: boolean) => void) | undefined;
  /** The namespace connect and the seal handshake; requests wait for it. */
  private readonly sealing: Promise<Reply>;

  constructor(
    url: string,
    private readonly options: LightPhoneOptions,
  ) {
    const origin = new URL(url);
    origin.protocol = origin.protocol === 'https:' ? 'wss:' : 'ws:';
    // The options engine.io-client hands `ws` in Node (the host declines the compression offer).
    this.ws = new WebSocket(`${origin.origin}/socket.io/?EIO=4&transport=websocket`, {
      perMessageDeflate: { threshold: 1024 },
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    });
    this.decoder.on('decoded', (packet: Packet) => this.onPacket(packet));
    this.sealing = new Promise<Reply>((resolve) => {
      // As socket.io-client's connect timeout: give up and hang up.
      const bound = setTimeout(() => this.close(), options.timeoutMs);
      const done = (reply: Reply) => {
        clearTimeout(bound);
        this.connected = undefined;
        resolve(reply);
      };
      this.connected = (ok) => (ok ? this.handshake().then(done) : done(UNREACHABLE));
    });
    this.ws.on('message', (data: Buffer, isBinary: boolean) => this.onFrame(data, isBinary));
    this.ws.on('close', () => this.onClose());
    this.ws.on('error', () => this.onClose());
  }

  /** Each view push's step id and phase go to `listener`; undefined: pushes are left unopened. */
  followViews(listener: StepViewListener | undefined): void {
    this.onStepView = listener;
  }

  /** One sealed request; a timeout or a dropped connection is a reply with an error code. */
  async request<T = object>(event: string, payload?: unknown): Promise<Reply<T>> {
    const sealed = await this.sealing;
    if (!sealed.ok) return sealed;
    const channel = this.channel;
    if (!channel || !this.open) return UNREACHABLE;
    const envelope = channel.sealText(JSON.stringify({ e: event, p: payload }));
    return new Promise((resolve) => {
      this.emitWithAck(SEALED_EVENT, wireBytes(envelope), (data) => {
        if (!data) return resolve(TIMED_OUT);
        resolve(this.openReply<T>(channel, data[0]));
      });
    });
  }

  disconnect(): void {
    if (this.inNamespace) this.send({ type: DISCONNECT, nsp: PARTICIPANT_NAMESPACE });
    this.close();
  }

  /** Answers the acks overdue at `now` with a timeout (the shared sweep calls it). */
  expire(now: number): void {
    for (const [id, pending] of this.acks) {
      if (pending.deadline > now) continue;
      this.acks.delete(id);
      pending.handler(undefined);
    }
    if (this.acks.size === 0) waiting.delete(this);
  }

  private handshake(): Promise<Reply> {
    const hello = lightHello();
    return new Promise((resolve) => {
      this.emitWithAck(SEAL_HELLO_EVENT, wireBytes(hello.hello), (data) => {
        const reply = data?.[0] as SealHelloReply | undefined;
        if (!data) return resolve(TIMED_OUT);
        if (!reply?.ok) return resolve(reply?.ok === false ? reply : BAD_REPLY);
        const key = bytesOf(reply.key);
        const nonce = bytesOf(reply.nonce);
        if (!key || !nonce) return resolve(BAD_REPLY);
        try {
          ({ channel: this.channel, receiveKey: this.receiveKey } = hello.finish(key, nonce));
        } catch {
          return resolve(BAD_REPLY);
        }
        resolve({ ok: true });
      });
    });
  }

  /** As socket.io-client emits with an ack: the packet's keys in its order, ids from 0. */
  private emitWithAck(event: string, bytes: ArrayBuffer, handler: AckHandler): void {
    if (!this.open) return handler(undefined);
    const id = this.nextAckId++;
    this.acks.set(id, { handler, deadline: performance.now() + this.options.timeoutMs });
    watch(this);
    this.send({
      type: EVENT,
      data: [event, bytes],
      options: { compress: true },
      id,
      nsp: PARTICIPANT_NAMESPACE,
    } as Packet);
  }

  private send(packet: Packet): void {
    // Its types say one ArrayBuffer; it returns a list of one (index.js), as socket.io expects.
    for (const encoded of this.encoder.encode(packet) as unknown as Uint8Array[]) {
      // engine.io-client asks `ws` not to compress below its 1 KB threshold; the host never does.
      this.ws.send(encoded, { compress: false });
    }
  }

  private onFrame(data: Buffer, isBinary: boolean): void {
    if (isBinary) {
      try {
        this.decoder.add(data);
      } catch {
        this.close();
      }
      return;
    }
    const text = data.toString();
    if (text === ENGINE_PING) this.ws.send(ENGINE_PONG, { compress: false });
    else if (text.startsWith(ENGINE_OPEN)) {
      this.open = true;
      this.send({ type: CONNECT, data: undefined, nsp: PARTICIPANT_NAMESPACE });
    }
  }

  private onPacket(packet: Packet): void {
    switch (packet.type) {
      case CONNECT:
        this.inNamespace = true;
        this.connected?.(true);
        return;
      case CONNECT_ERROR:
        this.connected?.(false);
        return;
      case ACK: {
        const pending = this.acks.get(packet.id as number);
        if (!pending) return;
        this.acks.delete(packet.id as number);
        pending.handler(packet.data as unknown[]);
        return;
      }
      case EVENT:
        this.onPush(packet.data as unknown[]);
        return;
      case DISCONNECT:
        this.close();
        return;
    }
  }

  private onPush(data: unknown[]): void {
    const listener = this.onStepView;
    const key = this.receiveKey;
    const bytes = bytesOf(data[1]);
    if (!listener || !key || data[0] !== SEALED_EVENT || !bytes) return;
    const view = peekView(key, bytes);
    if (view) listener(view.stepId, view.phase);
  }

  private openReply<T>(channel: SealChannel, reply: unknown): Reply<T> {
    const bytes = bytesOf(reply);
    if (!bytes) return clearRefusal(reply);
    try {
      return JSON.parse(channel.openText(bytes)) as Reply<T>;
    } catch {
      return BAD_REPLY;
    }
  }

  private close(): void {
    this.ws.close();
    this.onClose();
  }

  private onClose(): void {
    if (!this.open && !this.connected) return;
    this.open = false;
    this.inNamespace = false;
    this.channel = undefined;
    this.receiveKey = undefined;
    this.connected?.(false);
    // As socket.io-client does with acks that have a timeout: they fail at once.
    for (const pending of this.acks.values()) pending.handler(undefined);
    this.acks.clear();
    waiting.delete(this);
  }
}
