/**
 * The bench's baseline: a bare socket.io server with the same doors and events as the host that
 * does no work — it acks at once, remembers each answer for `resume`, and relays each answer to
 * the console. Same process layout as the host, so host figures read as ratios to this.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

export type RelayMessage = { type: 'ready'; pid: number; port: number };

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false });
const answers = new Map<string, unknown>();
let answered = 0;
const consoles = io.of('/console');

io.of('/participant').on('connection', (socket) => {
  let token: string | undefined;
  const view = () => ({ myAnswer: token ? answers.get(token) : undefined });
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
    consoles.emit('console:view', { answered });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  const ready: RelayMessage = { type: 'ready', pid: process.pid, port };
  process.send?.(ready);
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
