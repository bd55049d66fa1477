/**
 * The bench's baseline: a bare socket.io server with the same doors and events as the host that
 * does no work — it acks at once, remembers each answer for `resume`, relays each answer count to
 * the console, and sends every phone the step and phase the console set, in one broadcast. Same
 * process layout as the host, so host figures read as ratios to this.
 * argv[2]: the workshop's step ids in order (JSON), so `goto` names the same steps as the host.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

export type RelayMessage = { type: 'ready'; pid: number; port: number };

const stepIds = JSON.parse(process.argv[2] ?? '[]') as string[];
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false });
const answers = new Map<string, unknown>();
let answered = 0;
let stepIndex = 0;
let phase = 'pending';
const consoles = io.of('/console');
const participants = io.of('/participant');
const stepView = () => ({ step: { id: stepIds[stepIndex] ?? '' }, phase });

participants.on('connection', (socket) => {
  let token: string | undefined;
  const view = () => ({ ...stepView(), myAnswer: token ? answers.get(token) : undefined });
  socket.on('join', (_payload: unknown, ack: (reply: unknown) => void) => {
    token = randomBytes(18).toString('base64url');
    ack({ ok: true, resumeToken: token, view: view() });
  });
  socket.on('resume', (payload: { resumeToken: string }, ack: (reply: unknown) => void) => {
    token = payload.resumeToken;
    ack({ ok: true, resumeToken: token, view: view() });
  });
  socket.on('answer', (payload: { answer: unknown }, ack: (reply: unknown) => void) => {
    if (token) answers.set(token, payload.answer);
    answered++;
    ack({ ok: true });
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
    participants.emit('view', stepView());
    ack({ ok: true, view: { answered, stepIndex } });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  const ready: RelayMessage = { type: 'ready', pid: process.pid, port };
  process.send?.(ready);
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
