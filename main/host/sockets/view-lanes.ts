import type { ConsoleNamespace, ParticipantSocket } from './door-types.js';
import { buildParticipantView } from '../../../shared/protocol/build-views.js';
import type { SessionState } from '../../../shared/session/session-types.js';
import { revisionOf } from '../../../shared/session/state-revision.js';
import { consoleViewOf, projectorViewOf, type ViewSources } from '../session/host-views.js';
import type { SessionChange } from '../session/session-changes.js';
import {
  Broadcaster,
  LOOP_SCHEDULER,
  type BroadcastScheduler,
  type DirtyViews,
} from './broadcaster.js';
import { CONSOLE_ROOM, PROJECTOR_ROOM } from './console-rooms.js';
import { sendTemplatesToConsoles } from './console-templates.js';
import type { ParticipantSockets } from './participant-sockets.js';
import { sendPassInSlices, type SliceStart } from './pass-slices.js';
import { pushSealed, pushSealedJson } from './sealed-door.js';
import { personalViewTail, roomViewHead } from './view-wire.js';

export interface ViewLaneDeps {
  sources: ViewSources;
  sockets: ParticipantSockets;
  consoleNsp: ConsoleNamespace;
  now: () => number;
  maxIntervalMs: number;
  onError: (error: unknown) => void;
  /** Test seam: when each lane's sends run (default: the event loop). */
  scheduler?: (lane: ViewLane) => BroadcastScheduler;
}

export type ViewLane = 'phones' | 'console';

/**
 * The console's lane may take this share of the loop: its view is O(room) (counts, the live
 * tally) and a person reads it, so at 8,000 phones it goes out a few times a second instead of
 * with every phones' pass, while a small room still sees each answer counted at once.
 */
const CONSOLE_COST_FACTOR = 20;

/**
 * A person reads the console: ten redraws a second are as fast as a count can be read, and a
 * burst of answers in a mid-sized room is one redraw, not fifty (each one O(room)).
 */
const CONSOLE_MIN_INTERVAL_MS = 100;

type Target = [participantId: string, knownTo: string | undefined];

/**
 * Two coalescing lanes: phones (room-wide and per-participant views) and the console with the
 * projector. Each paces itself by what its own sends cost, so the console's O(room) view does
 * not ride on every pass of phones' views.
 */
export function startViewLanes(deps: ViewLaneDeps): {
  note(change: SessionChange): void;
  stop(): void;
} {
  const { sources, sockets, consoleNsp, now } = deps;
  const { room } = sources;
  const schedulerOf = deps.scheduler ?? (() => LOOP_SCHEDULER);
  const phonesScheduler = schedulerOf('phones');
  const sendConsoleViews = () => {
    const at = now();
    if (consoleNsp.adapter.rooms.get(CONSOLE_ROOM)?.size) {
      sendTemplatesToConsoles(consoleNsp, room.live);
      consoleNsp.to(CONSOLE_ROOM).emit('console:view', consoleViewOf(sources, at));
    }
    if (consoleNsp.adapter.rooms.get(PROJECTOR_ROOM)?.size) {
      consoleNsp.to(PROJECTOR_ROOM).emit('projector:view', projectorViewOf(room, at));
    }
  };
  let stopped = false;
  // The state revision each connection's last pushed view was built from. A pass that starts
  // while the one before is still going (goto then open, close then reveal) skips the phones
  // the earlier pass already reached with the newest state: each phone gets it once.
  let pushedState: SessionState | undefined;
  let pushedRevision = new WeakMap<ParticipantSocket, number>();
  /**
   * One slice of a pass. The room's part of the view is serialized once per language for the
   * slice (the state cannot change within it); each phone's envelope seals that with its own.
   */
  const startSlice: SliceStart<Target> = () => {
    const live = room.live;
    if (!live || stopped) return undefined;
    const state = live.committed;
    if (state !== pushedState) {
      pushedState = state;
      pushedRevision = new WeakMap();
    }
    const revision = revisionOf(state);
    const at = now();
    const heads = new Map<string | undefined, Buffer>();
    const headIn = (language: string | undefined) => {
      let head = heads.get(language);
      if (!head) heads.set(language, (head = roomViewHead(state, at, language)));
      return head;
    };
    return ([participantId, knownTo]) => {
      let tail: Buffer | undefined;
      for (const socket of sockets.socketsOf(participantId)) {
        if (socket.id === knownTo || pushedRevision.get(socket) === revision) continue;
        const { language } = socket.data;
        if (state.participants[participantId]?.removed) {
          pushSealed(socket, 'view', buildParticipantView(state, participantId, at, language));
        } else {
          tail ??= personalViewTail(state, participantId);
          pushSealedJson(socket, [headIn(language), tail]);
        }
        pushedRevision.set(socket, revision);
      }
    };
  };
  const sendPhoneViews = (dirty: DirtyViews): void | Promise<number> => {
    if (!room.live) return;
    const targets: Target[] = dirty.room
      ? Array.from(sockets.participantIds(), (id) => [id, undefined])
      : [...dirty.participants];
    return sendPassInSlices(targets, startSlice, phonesScheduler.now);
  };
  /** Whether one of the participant's connections lacks the change (did not make it). */
  const someLack = ({ participantId, knownTo }: { participantId: string; knownTo?: string }) => {
    for (const socket of sockets.socketsOf(participantId)) if (socket.id !== knownTo) return true;
    return false;
  };
  const phones = new Broadcaster(sendPhoneViews, deps.maxIntervalMs, deps.onError, phonesScheduler);
  const consoles = new Broadcaster(sendConsoleViews, deps.maxIntervalMs, deps.onError, {
    ...schedulerOf('console'),
    costFactor: CONSOLE_COST_FACTOR,
    minIntervalMs: CONSOLE_MIN_INTERVAL_MS,
  });
  return {
    note(change) {
      // Every change reaches the console (counts at least); only some reach phones. An answer
      // from a participant's only connection needs no pass: that phone patched its own view.
      if (change.scope === 'room' || (change.scope === 'participant' && someLack(change))) {
        phones.note(change);
      }
      consoles.note({ scope: 'console' });
    },
    stop() {
      stopped = true;
      phones.stop();
      consoles.stop();
    },
  };
}
