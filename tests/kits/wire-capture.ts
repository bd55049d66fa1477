/**
 * A tap on the participant door for tests: a TCP proxy on loopback between the phones and the
 * host that keeps every byte both ways, and readers that turn what it kept into what a listener
 * on the Wi-Fi could read: HTTP heads and bodies (chunked, gzip or deflate undone), WebSocket
 * frames (client masking undone, compressed frames inflated), and base64 runs decoded (how
 * long-polling carries binary).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import {
  brotliDecompressSync,
  constants,
  gunzipSync,
  inflateRawSync,
  inflateSync,
} from 'node:zlib';
import * as msgpackParser from 'socket.io-msgpack-parser';

export interface TappedConnection {
  /** Everything the phone sent, in order. */
  toHost: Buffer[];
  /** Everything the host sent, in order. */
  toPhone: Buffer[];
  /** Flips the last byte of the next binary WebSocket frame the host sends on this connection. */
  alterNextBinaryFrame(): Promise<void>;
}

export class DoorTap {
  readonly connections: TappedConnection[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static start(hostPort: number): Promise<DoorTap> {
    const server = createServer();
    return new Promise((resolve) => {
      server.listen(0, '127.0.0.1', () => {
        const port = (server.address() as { port: number }).port;
        const tap = new DoorTap(server, port);
        server.on('connection', (phone) => tap.relay(phone, hostPort));
        resolve(tap);
      });
    });
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private relay(phone: Socket, hostPort: number): void {
    const host = connect(hostPort, '127.0.0.1');
    this.sockets.add(phone).add(host);
    const frames = new FrameWatcher();
    const connection: TappedConnection = {
      toHost: [],
      toPhone: [],
      alterNextBinaryFrame: () => frames.armAlteration(),
    };
    this.connections.push(connection);
    phone.on('data', (chunk: Buffer) => {
      connection.toHost.push(Buffer.from(chunk));
      host.write(chunk);
    });
    host.on('data', (chunk: Buffer) => {
      connection.toPhone.push(Buffer.from(chunk));
      phone.write(frames.pass(chunk));
    });
    const end = () => {
      phone.destroy();
      host.destroy();
    };
    phone.on('close', end).on('error', end);
    host.on('close', end).on('error', end);
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Follows the host's WebSocket frames as they pass, to alter one on request. */
class FrameWatcher {
  private stream = Buffer.alloc(0);
  private framesAt = -1;
  private parsed = 0;
  private armed: (() => void) | undefined;

  armAlteration(): Promise<void> {
    return new Promise((resolve) => (this.armed = resolve));
  }

  pass(chunk: Buffer): Buffer {
    const chunkStart = this.stream.length;
    this.stream = Buffer.concat([this.stream, chunk]);
    if (this.framesAt < 0) {
      const head = this.stream.indexOf('\r\n\r\n');
      if (head < 0 || !this.stream.subarray(0, 12).toString('latin1').includes(' 101')) {
        return chunk;
      }
      this.framesAt = this.parsed = head + 4;
    }
    const out = Buffer.from(chunk);
    for (;;) {
      const frame = frameAt(this.stream, this.parsed);
      if (!frame) break;
      this.parsed = frame.end;
      const envelopeEnd = frame.opcode === 2 ? frame.end - bytesAfterEnvelope(frame.payload) : -1;
      if (this.armed && envelopeEnd - 1 >= chunkStart) {
        const index = envelopeEnd - 1 - chunkStart;
        out[index] = out[index]! ^ 0x01;
        this.armed();
        this.armed = undefined;
      }
    }
    return out;
  }
}

/** A socket.io packet as the participant door sends it (msgpack, one frame), or undefined. */
export function decodePacket(bytes: Buffer): { type: number; data: unknown[] } | undefined {
  let packet: { type: number; data?: unknown } | undefined;
  const decoder = new msgpackParser.Decoder();
  decoder.on('decoded', (decoded: { type: number; data?: unknown }) => (packet = decoded));
  try {
    decoder.add(bytes);
  } catch {
    return undefined;
  }
  // Events and acks carry an array; a connect packet carries an object.
  return packet && Array.isArray(packet.data)
    ? { type: packet.type, data: packet.data }
    : undefined;
}

/** How many bytes of a packet's frame follow its envelope (the sealed bytes), 0 if none. */
function bytesAfterEnvelope(payload: Buffer): number {
  const envelope = decodePacket(payload)?.data.at(-1);
  if (!(envelope instanceof Uint8Array)) return 0;
  return payload.length - (payload.lastIndexOf(envelope) + envelope.length);
}

/**
 * The events (their names) of every packet a direction carried: WebSocket binary frames and
 * long-polling bodies (binary packets there are "b" + base64, separated by \x1e).
 */
export function eventNames(chunks: Buffer[]): string[] {
  const names: string[] = [];
  for (const piece of readDirection(chunks)) {
    const packets = [
      piece,
      ...piece
        .toString('latin1')
        .split('\x1e')
        .filter((part) => part.startsWith('b'))
        .map((part) => Buffer.from(part.slice(1), 'base64')),
    ];
    for (const bytes of packets) {
      const name = decodePacket(bytes)?.data[0];
      if (typeof name === 'string') names.push(name);
    }
  }
  return names;
}

interface Frame {
  opcode: number;
  compressed: boolean;
  payload: Buffer;
  end: number;
}

/** One whole WebSocket frame (RFC 6455 §5.2) at `offset`, unmasked; undefined if incomplete. */
function frameAt(stream: Buffer, offset: number): Frame | undefined {
  if (offset + 2 > stream.length) return undefined;
  const first = stream[offset]!;
  const second = stream[offset + 1]!;
  let length = second & 0x7f;
  let at = offset + 2;
  if (length === 126) {
    if (at + 2 > stream.length) return undefined;
    length = stream.readUInt16BE(at);
    at += 2;
  } else if (length === 127) {
    if (at + 8 > stream.length) return undefined;
    length = Number(stream.readBigUInt64BE(at));
    at += 8;
  }
  const masked = (second & 0x80) !== 0;
  const mask = masked ? stream.subarray(at, at + 4) : undefined;
  if (masked) at += 4;
  if (at + length > stream.length) return undefined;
  const payload = Buffer.from(stream.subarray(at, at + length));
  if (mask) for (let i = 0; i < payload.length; i += 1) payload[i] = payload[i]! ^ mask[i % 4]!;
  return { opcode: first & 0x0f, compressed: (first & 0x40) !== 0, payload, end: at + length };
}

function inflateFrame(payload: Buffer): Buffer {
  return inflateRawSync(Buffer.concat([payload, Buffer.from([0, 0, 0xff, 0xff])]), {
    finishFlush: constants.Z_SYNC_FLUSH,
  });
}

function decodeBody(body: Buffer, encoding: string | undefined): Buffer {
  const tolerant = { finishFlush: constants.Z_SYNC_FLUSH };
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
      return gunzipSync(body, tolerant);
    case 'deflate':
      return inflateSync(body, tolerant);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}

function unchunk(stream: Buffer, offset: number): { body: Buffer; end: number } {
  const parts: Buffer[] = [];
  let at = offset;
  for (;;) {
    const line = stream.indexOf('\r\n', at);
    if (line < 0) return { body: Buffer.concat(parts), end: stream.length };
    const size = parseInt(stream.subarray(at, line).toString('latin1'), 16);
    at = line + 2;
    if (!size) return { body: Buffer.concat(parts), end: stream.indexOf('\r\n', at) + 2 || at };
    parts.push(stream.subarray(at, at + size));
    at += size + 2;
  }
}

/**
 * What one direction of a connection says, as readable pieces: each HTTP head, each decoded
 * body, each WebSocket frame's payload.
 */
export function readDirection(chunks: Buffer[]): Buffer[] {
  const stream = Buffer.concat(chunks);
  const pieces: Buffer[] = [];
  let at = 0;
  while (at < stream.length) {
    const headEnd = stream.indexOf('\r\n\r\n', at);
    if (headEnd < 0) {
      pieces.push(stream.subarray(at));
      break;
    }
    const head = stream.subarray(at, headEnd).toString('latin1');
    pieces.push(Buffer.from(head, 'latin1'));
    at = headEnd + 4;
    const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim();
    const upgraded = / 101 /.test(head.split('\r\n')[0]!) || /^upgrade:\s*websocket/im.test(head);
    if (upgraded) {
      for (let frame = frameAt(stream, at); frame; frame = frameAt(stream, at)) {
        pieces.push(frame.compressed ? inflateFrame(frame.payload) : frame.payload);
        at = frame.end;
      }
      if (at < stream.length) pieces.push(stream.subarray(at));
      break;
    }
    let body: Buffer;
    if (/chunked/i.test(header('transfer-encoding') ?? '')) {
      const read = unchunk(stream, at);
      body = read.body;
      at = read.end;
    } else {
      const length = Number(header('content-length') ?? 0);
      body = stream.subarray(at, at + length);
      at += length;
    }
    pieces.push(decodeBody(body, header('content-encoding')));
  }
  return pieces;
}

/** Every readable piece of a capture plus whatever its base64 runs decode to. */
export function readableCapture(connections: TappedConnection[]): string {
  const texts: string[] = [];
  for (const connection of connections) {
    for (const chunks of [connection.toHost, connection.toPhone]) {
      texts.push(Buffer.concat(chunks).toString('latin1'));
      for (const piece of readDirection(chunks)) texts.push(piece.toString('utf8'));
    }
  }
  const decode = (run: string) =>
    Buffer.from(run, run.includes('-') || run.includes('_') ? 'base64url' : 'base64').toString(
      'latin1',
    );
  // Long-polling marks a binary packet with a leading "b" before its base64.
  const decoded = texts.flatMap((text) =>
    [...text.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)].flatMap((run) =>
      run[0].startsWith('b') ? [decode(run[0]), decode(run[0].slice(1))] : [decode(run[0])],
    ),
  );
  return [...texts, ...decoded].join('\n');
}

/** The binary WebSocket frames one direction carried (payloads, unmasked): the envelopes. */
export function binaryFrames(chunks: Buffer[]): Buffer[] {
  const stream = Buffer.concat(chunks);
  const headEnd = stream.indexOf('\r\n\r\n');
  const head = stream.subarray(0, Math.max(0, headEnd)).toString('latin1');
  if (headEnd < 0 || !(/ 101 /.test(head) || /^upgrade:\s*websocket/im.test(head))) return [];
  const payloads: Buffer[] = [];
  let at = headEnd + 4;
  for (let frame = frameAt(stream, at); frame; frame = frameAt(stream, at)) {
    if (frame.opcode === 2) payloads.push(frame.payload);
    at = frame.end;
  }
  return payloads;
}
