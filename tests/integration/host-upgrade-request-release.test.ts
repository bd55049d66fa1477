/**
 * A phone's upgrade request is let go once its connection is open (socket.io's memory advice,
 * plus the reference engine.io's upgrade response keeps), while the address the per-address
 * limits key on stays known. Real socket.io server and client over WebSocket.
 */
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseUpgradeRequests } from '../../main/host/sockets/release-upgrade-requests.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const PHONE_ADDRESS = '127.0.0.45';

let http: HttpServer | undefined;
let server: Server | undefined;
let client: Socket | undefined;

afterEach(async () => {
  client?.close();
  await new Promise<void>((resolve) => (server ? void server.close(() => resolve()) : resolve()));
  http?.closeAllConnections();
  client = undefined;
  server = undefined;
  http = undefined;
});

/** A server (released or not) with one phone connected; the upgrade request only weakly held. */
async function connectOnePhone(release: boolean) {
  http = createServer();
  server = new Server(http, { serveClient: false });
  let request: WeakRef<IncomingMessage> | undefined;
  // Registered first, so it sees the request before the release drops it.
  server.engine.on('connection', (raw: { request: IncomingMessage }) => {
    request = new WeakRef(raw.request);
  });
  if (release) releaseUpgradeRequests(server.engine);
  const connected = new Promise<ServerSocket>((resolve) => server!.on('connection', resolve));
  await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  client = io(`http://127.0.0.1:${port}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    localAddress: PHONE_ADDRESS,
  } as Parameters<typeof io>[1]);
  const socket = await connected;
  // A WeakRef keeps its target until the current job ends: let it end before collecting.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return { socket, requestKept: request?.deref() !== undefined };
}

describe('releasing upgrade requests', () => {
  it('lets the request go while the phone stays connected, and keeps its address', async () => {
    const { socket, requestKept } = await connectOnePhone(true);
    expect(requestKept).toBe(false);
    expect(socket.connected).toBe(true);
    expect(socket.handshake.address).toBe(PHONE_ADDRESS);
    const echoed = new Promise((resolve) => client!.once('echo', resolve));
    socket.emit('echo', 'still talking');
    expect(await echoed).toBe('still talking');
  });

  it('is needed: without it engine.io keeps every open connection’s request', async () => {
    const { requestKept } = await connectOnePhone(false);
    expect(requestKept).toBe(true);
  });
});
