import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { PdfWorker } from '../exports/pdf-worker.js';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { CONSOLE_NAMESPACE } from '../../shared/protocol/console-events.js';
import { PARTICIPANT_NAMESPACE } from '../../shared/protocol/participant-events.js';
import { ROOM_CAP_DEFAULT } from '../../shared/protocol/room-cap.js';
import { createConfSettingsStore } from '../settings/conf-settings-store.js';
import { createTemplateLibrary } from '../templates/template-library.js';
import { shippedTemplatesDir } from '../templates/shipped-templates-dir.js';
import { createFileKeyProvider } from './crypto/file-key-provider.js';
import type { HostOptions, RunningHost } from './host-options.js';
import { consoleRequestHandler, isConsoleOrigin, isLoopbackHost } from './http/console-http.js';
import { participantRequestHandler } from './http/participant-http.js';
import { sendText } from './http/security-headers.js';
import { JournalStore } from './journal/journal-store.js';
import { consoleLogger } from './logger.js';
import { listLanAddresses, pickJoinAddress } from './network/lan-addresses.js';
import { SessionManager } from './session/session-manager.js';
import { startViewLanes } from './sockets/view-lanes.js';
import { CONSOLE_ROOM, serveConsoleNamespace } from './sockets/console-namespace.js';
import type { ConsoleServer, ParticipantServer } from './sockets/door-types.js';
import { serveParticipantNamespace } from './sockets/participant-namespace.js';
import { ParticipantSockets } from './sockets/participant-sockets.js';
import { takeawayMaker } from './sockets/takeaway-request.js';
import { consoleAppDir, participantAppDir } from './repo-paths.js';

export type { HostOptions, RunningHost } from './host-options.js';

/** Engine-level cap: a bigger message closes the connection before anything reads it. */
export const PARTICIPANT_MAX_MESSAGE_BYTES = 64 * 1024;
/** Handler-level cap, answered with PAYLOAD_TOO_LARGE (a full worksheet is about 9,000). */
export const PARTICIPANT_MAX_PAYLOAD_CHARS = 16 * 1024;
const CONSOLE_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
const RETENTION_SWEEP_MS = 60 * 60 * 1000;

function listen(server: HttpServer, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the session host: the participant door on the LAN and the console door on loopback. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? consoleLogger;
  const now = options.now ?? (() => Date.now());
  const dataDir = options.dataDir;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const token = options.token ?? randomBytes(32).toString('base64url');
  // A separate capability: a room PC showing the projector must not be able to steer.
  const projectorToken = options.projectorToken ?? randomBytes(32).toString('base64url');
  const keyProvider = options.keyProvider ?? createFileKeyProvider(dataDir);
  await keyProvider.getKey();
  const settings = options.settingsStore ?? createConfSettingsStore(dataDir);
  const library = createTemplateLibrary({
    shippedDir: options.templatesDir ?? shippedTemplatesDir(),
    ownDir: join(dataDir, 'templates'),
  });
  const journals = new JournalStore(
    join(dataDir, 'sessions'),
    keyProvider,
    options.openJournalSink,
  );

  let participantPort = 0;
  let consolePort = 0;
  const joinBase = (preferred: string | undefined) =>
    `http://${pickJoinAddress(preferred, listLanAddresses())}:${participantPort}/`;

  const manager = new SessionManager({
    journals,
    settings,
    library,
    log,
    now,
    roomCap: options.roomCap ?? ROOM_CAP_DEFAULT,
    joinUrlFor: (roomCode, preferred) => `${joinBase(preferred)}?code=${roomCode}`,
  });

  const pdfWorker = new PdfWorker();
  const participantHttp = createServer();
  const consoleHttp = createServer();
  // Our handlers must be attached before socket.io: engine.io then routes /socket.io/ to itself
  // and only passes other requests on, instead of both answering the same long-poll request.
  const guard =
    (handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>) =>
    (req: IncomingMessage, res: import('node:http').ServerResponse) => {
      handler(req, res).catch((error: unknown) => {
        log.error(`HTTP ${req.method} ${req.url}: ${(error as Error).message}`);
        sendText(res, 500, 'Something went wrong on the laptop.');
      });
    };
  participantHttp.on(
    'request',
    guard(
      participantRequestHandler({
        appDir: options.participantAppDir ?? participantAppDir(),
        manager,
        library,
      }),
    ),
  );
  consoleHttp.on(
    'request',
    guard(
      consoleRequestHandler({
        appDir: options.consoleAppDir ?? consoleAppDir(),
        token,
        projectorToken,
        port: () => consolePort,
        manager,
        library,
        settings,
        log,
        pdfWorker,
      }),
    ),
  );

  const participantIo: ParticipantServer = new Server(participantHttp, {
    serveClient: false,
    maxHttpBufferSize: PARTICIPANT_MAX_MESSAGE_BYTES,
    // No connection state recovery: packets missed during a drop were sealed with the dropped
    // connection's keys, which a reconnected phone no longer has. It resumes instead (one
    // sealed round trip that brings the current view).
  });
  const consoleIo: ConsoleServer = new Server(consoleHttp, {
    serveClient: false,
    maxHttpBufferSize: CONSOLE_MAX_MESSAGE_BYTES,
    allowRequest: (req: IncomingMessage, callback) =>
      callback(
        null,
        isLoopbackHost(req.headers.host, consolePort) &&
          isConsoleOrigin(req.headers.origin, consolePort),
      ),
  });
  // Only the named namespaces exist; the default one is closed on both doors.
  const refuse = (_socket: unknown, next: (error?: Error) => void) =>
    next(new Error('There is nothing here.'));
  participantIo.of('/').use(refuse);
  consoleIo.of('/').use(refuse);

  const participantNsp = participantIo.of(PARTICIPANT_NAMESPACE);
  const consoleNsp = consoleIo.of(CONSOLE_NAMESPACE);
  const sockets = new ParticipantSockets();

  const views = startViewLanes({
    manager,
    sockets,
    consoleNsp,
    now,
    maxIntervalMs: options.broadcastIntervalMs ?? 250,
    onError: (error) =>
      log.error(`Sending views failed: ${(error as Error).stack ?? String(error)}`),
  });
  manager.onChange = (change) => {
    if (change.scope === 'closed') sockets.clear();
    views.note(change);
  };
  manager.onWarning = () =>
    consoleNsp.to(CONSOLE_ROOM).emit('host:warnings', [...manager.warnings]);

  serveParticipantNamespace(participantNsp, {
    manager,
    sockets,
    log,
    now,
    burst: options.participantRateLimit?.burst ?? 20,
    perSecond: options.participantRateLimit?.perSecond ?? 5,
    guessLimit: options.participantGuessLimit,
    joinLimit: options.participantJoinLimit,
    maxPayloadChars: PARTICIPANT_MAX_PAYLOAD_CHARS,
    takeaway: takeawayMaker({ manager, settings, log }),
  });
  serveConsoleNamespace(consoleNsp, {
    token,
    projectorToken,
    manager,
    library,
    settings,
    log,
    now,
    participantPort: () => participantPort,
    maxPayloadChars: CONSOLE_MAX_MESSAGE_BYTES,
  });

  await manager
    .sweepRetention()
    .catch((error: unknown) => log.warn(`Retention sweep failed: ${(error as Error).message}`));
  if (options.autoResume !== false) await manager.resumeRecent();
  const sweep = setInterval(() => {
    manager
      .sweepRetention()
      .catch((error: unknown) => log.warn(`Retention sweep failed: ${(error as Error).message}`));
  }, RETENTION_SWEEP_MS);
  sweep.unref();

  participantPort = await listen(
    participantHttp,
    options.participantPort ?? 0,
    options.participantHostname ?? '0.0.0.0',
  );
  consolePort = await listen(consoleHttp, options.consolePort ?? 0, '127.0.0.1');
  manager.refreshJoinUrl();

  let closing: Promise<void> | undefined;
  const close = async () => {
    clearInterval(sweep);
    views.stop();
    const stopDoor = (io: Server, http: HttpServer) =>
      new Promise<void>((resolve) => {
        void io.close(() => resolve());
        http.closeAllConnections();
      });
    await Promise.all([stopDoor(participantIo, participantHttp), stopDoor(consoleIo, consoleHttp)]);
    await manager.close();
    await pdfWorker.close();
  };

  const consoleBase = `http://127.0.0.1:${consolePort}`;
  return {
    participantUrl: `http://127.0.0.1:${participantPort}`,
    consoleUrl: `${consoleBase}/console/?token=${token}`,
    projectorUrl: `${consoleBase}/projector/?token=${projectorToken}`,
    token,
    projectorToken,
    participantPort,
    consolePort,
    dataDir,
    joinUrl: joinBase(settings.get().joinAddress),
    close: () => (closing ??= close()),
  };
}
