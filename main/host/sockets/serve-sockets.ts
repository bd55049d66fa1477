import { join } from 'node:path';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import { createWorkshopDrafts } from '../../templates/workshop-drafts.js';
import type { HostDoors } from '../host-doors.js';
import type { HostOptions } from '../host-options.js';
import type { Logger } from '../logger.js';
import type { SessionParts } from '../session/session-parts.js';
import { serveConsoleNamespace } from './console-namespace.js';
import { serveParticipantNamespace } from './participant-namespace.js';
import { ParticipantSockets } from './participant-sockets.js';
import { takeawayMaker } from './takeaway-request.js';
import { fanOutViews } from './view-fan-out.js';

/** Handler-level cap, answered with PAYLOAD_TOO_LARGE (a full worksheet is about 9,000). */
export const PARTICIPANT_MAX_PAYLOAD_CHARS = 16 * 1024;

export interface ServeSocketsDeps {
  doors: HostDoors;
  sessions: SessionParts;
  library: TemplateLibrary;
  settings: SettingsStore;
  log: Logger;
  now: () => number;
  token: string;
  projectorToken: string;
  participantPort: () => number;
  /** The console door's message cap, also its requests' payload cap. */
  consoleMaxPayloadChars: number;
}

/** Serves both socket namespaces and sends views after changes; returns the views' stop. */
export function serveSockets(options: HostOptions, deps: ServeSocketsDeps): { stop(): void } {
  const { doors, sessions, settings, log, now } = deps;
  const sockets = new ParticipantSockets();
  const views = fanOutViews({
    sources: sessions,
    sockets,
    consoleNsp: doors.consoleNsp,
    log,
    now,
    maxIntervalMs: options.broadcastIntervalMs ?? 250,
    scheduler: options.broadcastScheduler,
  });
  serveParticipantNamespace(doors.participantNsp, {
    room: sessions.room,
    requests: sessions.requests,
    sockets,
    log,
    now,
    burst: options.participantRateLimit?.burst ?? 20,
    perSecond: options.participantRateLimit?.perSecond ?? 5,
    guessLimit: options.participantGuessLimit,
    joinLimit: options.participantJoinLimit,
    maxPayloadChars: PARTICIPANT_MAX_PAYLOAD_CHARS,
    takeaway: takeawayMaker({ takeaways: sessions.takeaways, settings, log }),
  });
  serveConsoleNamespace(doors.consoleNsp, {
    token: deps.token,
    projectorToken: deps.projectorToken,
    sessions,
    library: deps.library,
    drafts: createWorkshopDrafts(join(options.dataDir, 'workshop-drafts')),
    settings,
    log,
    now,
    participantPort: deps.participantPort,
    maxPayloadChars: deps.consoleMaxPayloadChars,
  });
  return views;
}
