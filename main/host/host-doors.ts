import {
  createServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import * as msgpackParser from 'socket.io-msgpack-parser';
import { CONSOLE_NAMESPACE } from '../../shared/protocol/console-events.js';
import { PARTICIPANT_NAMESPACE } from '../../shared/protocol/participant-events.js';
import { isConsoleOrigin, isLoopbackHost } from './http/console-http.js';
import { sendText } from './http/security-headers.js';
import type { Logger } from './logger.js';
import { releaseUpgradeRequests } from './sockets/release-upgrade-requests.js';
import type {
  ConsoleNamespace,
  ConsoleServer,
  ParticipantNamespace,
  ParticipantServer,
} from './sockets/door-types.js';

/** Engine-level cap: a bigger message closes the connection before anything reads it. */
export const PARTICIPANT_MAX_MESSAGE_BYTES = 64 * 1024;
export const CONSOLE_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HostDoorsDeps {
  log: Logger;
  /** The console door's port once it listens: its requests must name it (DNS rebinding). */
  consolePort: () => number;
  participantRequests: RequestHandler;
  consoleRequests: RequestHandler;
}

export interface DoorPorts {
  participantPort: number;
  participantHostname: string;
  consolePort: number;
}

/** The host's two doors: HTTP and socket.io for phones on the LAN and for the console. */
export interface HostDoors {
  participantNsp: ParticipantNamespace;
  consoleNsp: ConsoleNamespace;
  /** Resolves with the ports the doors listen on (0 asks for any free one). */
  listen(ports: DoorPorts): Promise<{ participantPort: number; consolePort: number }>;
  close(): Promise<void>;
}

function listen(server: HttpServer, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function createHostDoors(deps: HostDoorsDeps): HostDoors {
  const { log, consolePort } = deps;
  const participantHttp = createServer();
  const consoleHttp = createServer();
  // Our handlers must be attached before socket.io: engine.io then routes /socket.io/ to itself
  // and only passes other requests on, instead of both answering the same long-poll request.
  const guard = (handler: RequestHandler) => (req: IncomingMessage, res: ServerResponse) => {
    handler(req, res).catch((error: unknown) => {
      log.error(`HTTP ${req.method} ${req.url}: ${(error as Error).message}`);
      sendText(res, 500, 'Something went wrong on the laptop.');
    });
  };
  participantHttp.on('request', guard(deps.participantRequests));
  consoleHttp.on('request', guard(deps.consoleRequests));

  const participantIo: ParticipantServer = new Server(participantHttp, {
    serveClient: false,
    maxHttpBufferSize: PARTICIPANT_MAX_MESSAGE_BYTES,
    // Every packet one binary frame: socket.io's own parser sends a sealed envelope as two (a text
    // placeholder, then the bytes), so twice the frames and socket writes per message (issue 17).
    parser: msgpackParser,
    // No connection state recovery: packets missed during a drop were sealed with the dropped
    // connection's keys, which a reconnected phone no longer has. It resumes instead (one
    // sealed round trip that brings the current view).
  });
  // Nothing reads a phone's first HTTP request after its handshake: thousands of them add up.
  releaseUpgradeRequests(participantIo.engine);
  const consoleIo: ConsoleServer = new Server(consoleHttp, {
    serveClient: false,
    maxHttpBufferSize: CONSOLE_MAX_MESSAGE_BYTES,
    allowRequest: (req: IncomingMessage, callback) =>
      callback(
        null,
        isLoopbackHost(req.headers.host, consolePort()) &&
          isConsoleOrigin(req.headers.origin, consolePort()),
      ),
  });
  // Only the named namespaces exist; the default one is closed on both doors.
  const refuse = (_socket: unknown, next: (error?: Error) => void) =>
    next(new Error('There is nothing here.'));
  participantIo.of('/').use(refuse);
  consoleIo.of('/').use(refuse);

  const stopDoor = (io: ParticipantServer | ConsoleServer, http: HttpServer) =>
    new Promise<void>((resolve) => {
      void io.close(() => resolve());
      http.closeAllConnections();
    });
  return {
    participantNsp: participantIo.of(PARTICIPANT_NAMESPACE),
    consoleNsp: consoleIo.of(CONSOLE_NAMESPACE),
    async listen(ports) {
      const participantPort = await listen(
        participantHttp,
        ports.participantPort,
        ports.participantHostname,
      );
      return {
        participantPort,
        consolePort: await listen(consoleHttp, ports.consolePort, '127.0.0.1'),
      };
    },
    async close() {
      await Promise.all([
        stopDoor(participantIo, participantHttp),
        stopDoor(consoleIo, consoleHttp),
      ]);
    },
  };
}
