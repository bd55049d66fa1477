import { randomBytes } from 'node:crypto';
import { PdfWorker } from '../exports/pdf-worker.js';
import { ROOM_CAP_DEFAULT } from '../../shared/protocol/room-cap.js';
import { CONSOLE_MAX_MESSAGE_BYTES, createHostDoors } from './host-doors.js';
import type { HostOptions, RunningHost } from './host-options.js';
import { openHostStores } from './host-stores.js';
import { consoleRequestHandler } from './http/console-http.js';
import { participantRequestHandler } from './http/participant-http.js';
import { consoleLogger } from './logger.js';
import { listLanAddresses, pickJoinAddress } from './network/lan-addresses.js';
import { sweepRetentionHourly, sweepRetentionNow } from './session/retention-sweep.js';
import { createSessionParts } from './session/session-parts.js';
import { serveSockets } from './sockets/serve-sockets.js';
import { consoleAppDir, participantAppDir } from './repo-paths.js';

export type { HostOptions, RunningHost } from './host-options.js';

/**
 * Starts the session host: the participant door on the LAN and the console door on loopback.
 * The composition root: it makes the parts and wires them; each part's file says what it does.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? consoleLogger;
  const now = options.now ?? (() => Date.now());
  const { dataDir } = options;
  const { settings, library, journals } = await openHostStores(options);
  const token = options.token ?? randomBytes(32).toString('base64url');
  // A separate capability: a room PC showing the projector must not be able to steer.
  const projectorToken = options.projectorToken ?? randomBytes(32).toString('base64url');

  let participantPort = 0;
  let consolePort = 0;
  const joinBase = (preferred: string | undefined) =>
    `http://${pickJoinAddress(preferred, listLanAddresses())}:${participantPort}/`;

  const sessions = createSessionParts({
    journals,
    settings,
    library,
    log,
    now,
    roomCap: options.roomCap ?? ROOM_CAP_DEFAULT,
    joinUrlFor: (roomCode, preferred) => `${joinBase(preferred)}?code=${roomCode}`,
  });

  const pdfWorker = new PdfWorker();
  const doors = createHostDoors({
    log,
    consolePort: () => consolePort,
    participantRequests: participantRequestHandler({
      appDir: options.participantAppDir ?? participantAppDir(),
      room: sessions.room,
      library,
    }),
    consoleRequests: consoleRequestHandler({
      appDir: options.consoleAppDir ?? consoleAppDir(),
      token,
      projectorToken,
      port: () => consolePort,
      room: sessions.room,
      archive: sessions.archive,
      library,
      settings,
      log,
      pdfWorker,
    }),
  });

  const views = serveSockets(options, {
    doors,
    sessions,
    library,
    settings,
    log,
    now,
    token,
    projectorToken,
    participantPort: () => participantPort,
    consoleMaxPayloadChars: CONSOLE_MAX_MESSAGE_BYTES,
  });

  await sweepRetentionNow(sessions.archive, log);
  if (options.autoResume !== false) await sessions.opener.resumeRecent();
  const stopSweep = sweepRetentionHourly(sessions.archive, log);

  ({ participantPort, consolePort } = await doors.listen({
    participantPort: options.participantPort ?? 0,
    participantHostname: options.participantHostname ?? '0.0.0.0',
    consolePort: options.consolePort ?? 0,
  }));
  sessions.room.refreshJoinUrl();

  let closing: Promise<void> | undefined;
  const close = async () => {
    stopSweep();
    views.stop();
    await doors.close();
    await sessions.room.close();
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
