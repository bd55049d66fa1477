/**
 * The bench's baseline: a bare socket.io server with the same doors and events as the host that
 * does no work — it acks at once, remembers each answer for `resume`, relays each answer count to
 * the console, and sends every phone the step and phase the console set, in one broadcast. Same
 * process layout as the host, so host figures read as ratios to this. Phones speak the sealed
 * protocol here too (the host's own sealed door, main/host/sockets/sealed-door.ts), so the ratios
 * show the host's work beyond the wire; the seal's own cost has its own rows (seal-cost.ts).
 * argv[2]: the workshop's step ids in order (JSON), so `goto` names the same steps as the host.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import * as msgpackParser from 'socket.io-msgpack-parser';
import type { ParticipantView } from '../../shared/protocol/views.js';
import { createHostSealKey } from '../../shared/seal/seal-channel.js';
import { silentLogger } from '../../main/host/logger.js';
import type { ParticipantNamespace } from '../../main/host/sockets/door-types.js';
import { RequestGate } from '../../main/host/sockets/request-gate.js';
import { pushSealed, SealedPeer } from '../../main/host/sockets/sealed-door.js';
import { TokenBucket } from '../../main/host/sockets/token-bucket.js';

export type RelayMessage = { type: 'ready'; pid: number; port: number; consolePort: number };

const stepIds = JSON.parse(process.argv[2] ?? '[]') as string[];
// Two doors like the host's (main/host/host-doors.ts): msgpack for phones, socket.io's own parser
// for the console.
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, parser: msgpackParser });
const consoleHttp = createServer();
const consoleIo = new Server(consoleHttp, { serveClient: false });
const answers = new Map<string, unknown>();
let answered = 0;
let stepIndex = 0;
let phase = 'pending';
const consoles = consoleIo.of('/console');
// Untyped here; its phone side is the host's own sealed door.
const participants = io.of('/participant') as unknown as ParticipantNamespace;
/** A stub: the bench's phones read only the step and the phase. */
const stepView = () =>
  ({ step: { id: stepIds[stepIndex] ?? '' }, phase }) as unknown as ParticipantView;
const doorKey = createHostSealKey();

participants.on('connection', (raw) => {
  const gate = new RequestGate(new TokenBucket(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
  const socket = new SealedPeer(raw, () => doorKey, gate, silentLogger, 'bench');
  let token: string | undefined;
  const view = () => ({ ...stepView(), myAnswer: token ? answers.get(token) : undefined });
  const reply = (ack: unknown, value: unknown) => (ack as (reply: unknown) => void)(value);
  socket.on('join', (_payload, ack) => {
    token = randomBytes(18).toString('base64url');
    reply(ack, { ok: true, resumeToken: token, view: view() });
  });
  socket.on('resume', (payload, ack) => {
    token = (payload as { resumeToken: string }).resumeToken;
    reply(ack, { ok: true, resumeToken: token, view: view() });
  });
  socket.on('answer', (payload, ack) => {
    if (token) answers.set(token, (payload as { answer: unknown }).answer);
    answered++;
    reply(ack, { ok: true });
    consoles.emit('console:view', { answered, stepIndex });
  });
});

type Action = { type: 'start' | 'open' | 'close' | 'reveal' } | { type: 'goto'; index: number };

consoles.on('connection', (socket) => {
  socket.on('session:action', (payload: { action: Action }, ack: (reply: unknown) => void) => {
    const action = payload.action;
    if (action.type === 'goto') {
      stepIndex = action.index;
      phase = 'pending';
    } else if (action.type === 'open') {
      phase = 'open';
      answered = 0;
    } else if (action.type === 'close') {
      phase = 'closed';
    } else if (action.type === 'reveal') {
      phase = 'revealed';
    }
    const view = stepView();
    for (const phone of participants.sockets.values()) pushSealed(phone, 'view', view);
    ack({ ok: true, view: { answered, stepIndex } });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  consoleHttp.listen(0, '127.0.0.1', () => {
    const { port } = httpServer.address() as AddressInfo;
    const consolePort = (consoleHttp.address() as AddressInfo).port;
    const ready: RelayMessage = { type: 'ready', pid: process.pid, port, consolePort };
    process.send?.(ready);
  });
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
