import type { IncomingMessage } from 'node:http';
import type { Server } from 'socket.io';

/** engine.io's stand-in response for a WebSocket upgrade (not exported by engine.io). */
interface UpgradeResponse {
  req: IncomingMessage | null;
}

/**
 * Lets each connection's first HTTP request go once the connection is open. socket.io's memory
 * advice drops the engine.io socket's `request`; for a WebSocket connection engine.io also keeps
 * it through the response stand-in it makes for the upgrade, which the TCP socket's "close"
 * listener holds until the phone leaves. With thousands of phones that is a few kilobytes each
 * (headers, raw headers, stream state) for nothing: nothing reads them after the handshake. The
 * remote address the limits key on is copied by engine.io at the handshake
 * (`socket.handshake.address`), and socket.io builds `handshake` without the request.
 */
export function releaseUpgradeRequests(engine: Server['engine']): void {
  const responses = new WeakMap<IncomingMessage, UpgradeResponse>();
  engine.use((req: IncomingMessage, res: unknown, next: () => void) => {
    if (typeof res === 'object' && res !== null && 'req' in res && !('statusCode' in res)) {
      responses.set(req, res as UpgradeResponse);
    }
    next();
  });
  engine.on('connection', (raw: { request: IncomingMessage | null }) => {
    const response = raw.request && responses.get(raw.request);
    if (response) response.req = null;
    raw.request = null;
  });
}
