import type { SettingsStore } from '../../settings/settings-store.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import type { JournalStore } from '../journal/journal-store.js';
import type { Logger } from '../logger.js';
import { ConsoleActions } from './console-actions.js';
import { CountdownClose } from './countdown-close.js';
import { HostWarnings } from './host-warnings.js';
import type { SurgeRule } from './join-surge-watch.js';
import { LiveRoom } from './live-room.js';
import { ParticipantRequests } from './participant-requests.js';
import { SessionArchive } from './session-archive.js';
import { SessionOpener } from './session-opener.js';
import { SessionTakeaways } from './session-takeaways.js';

export interface SessionPartsDeps {
  journals: JournalStore;
  settings: SettingsStore;
  library: TemplateLibrary;
  log: Logger;
  now: () => number;
  /** Builds the join URL for a room code from the address the counselor picked. */
  joinUrlFor: (roomCode: string, preferredAddress: string | undefined) => string;
  /** Seats when the session's settings name none (sessions from before the setting). */
  roomCap: number;
  /** What counts as a join surge (default: 10 joins within 3 s). */
  surgeRule?: SurgeRule;
  /** Runs `run` after `ms` and returns a cancel; tests pass their own clock. */
  schedule?: (ms: number, run: () => void) => () => void;
}

/**
 * Everything the host does with sessions, one part per job. The live room holds the open
 * session; the others act on it (opener, console actions, participant requests, countdown) or
 * on what is stored (archive, takeaways). Callers take the parts they use.
 */
export interface SessionParts {
  warnings: HostWarnings;
  room: LiveRoom;
  opener: SessionOpener;
  consoleActions: ConsoleActions;
  requests: ParticipantRequests;
  takeaways: SessionTakeaways;
  archive: SessionArchive;
}

export function createSessionParts(deps: SessionPartsDeps): SessionParts {
  const { journals, settings, log, now } = deps;
  const warnings = new HostWarnings(log);
  const room = new LiveRoom({
    settings,
    log,
    warnings,
    joinUrlFor: deps.joinUrlFor,
    surgeRule: deps.surgeRule,
  });
  const countdown = new CountdownClose(room, { log, now, schedule: deps.schedule });
  const requests = new ParticipantRequests(room, { now, roomCap: deps.roomCap });
  const takeaways = new SessionTakeaways(room, requests, now);
  return {
    warnings,
    room,
    opener: new SessionOpener(room, { ...deps, warnings }),
    consoleActions: new ConsoleActions(room, countdown, now),
    requests,
    takeaways,
    archive: new SessionArchive(room, { journals, settings, log, now, takeaways }),
  };
}
