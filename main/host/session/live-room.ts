import type { JoinSurgeView } from '../../../shared/protocol/views.js';
import {
  createHostSealKey,
  hostSealKeyFrom,
  type HostSealKey,
} from '../../../shared/seal/seal-channel.js';
import type { SessionState } from '../../../shared/session/session-types.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { SessionJournal } from '../journal/journal-store.js';
import type { Logger } from '../logger.js';
import { isDiskFull, type HostWarnings } from './host-warnings.js';
import { JoinSurgeWatch, type SurgeRule } from './join-surge-watch.js';
import { LiveSession } from './live-session.js';
import { ProjectorPresentation } from './projector-presentation.js';
import type { SessionChange } from './session-changes.js';

export interface LiveRoomDeps {
  settings: SettingsStore;
  log: Logger;
  warnings: HostWarnings;
  /** Builds the join URL for a room code from the address the counselor picked. */
  joinUrlFor: (roomCode: string, preferredAddress: string | undefined) => string;
  /** What counts as a join surge (default: 10 joins within 3 s). */
  surgeRule?: SurgeRule;
}

/** A part that holds something for the open session: told when one opens and as it closes. */
export interface RoomWatcher {
  opened?(live: LiveSession): void;
  closing?(live: LiveSession): void;
}

/** HKDF label of the participant door's seal key, derived from each session's data key. */
const SEAL_KEY_LABEL = 'circlework participant door seal key v1';

/** The one open session, with what belongs to it while it runs: door key, join link, projector. */
export class LiveRoom {
  private open: LiveSession | undefined;
  /** Blank screen and page of a long screen: the counselor's, for the open session only. */
  readonly presentation = new ProjectorPresentation();
  private surgeWatch: JoinSurgeWatch;
  private readonly watchers: RoomWatcher[] = [];
  /**
   * The participant door's key: the last opened session's (fresh per session, the same after a
   * restart), kept after it closes so its phones can still fetch their takeaways. Before any
   * session: a random one.
   */
  private doorKey: HostSealKey = createHostSealKey();
  onChange: (change: SessionChange) => void = () => {};

  constructor(private readonly deps: LiveRoomDeps) {
    this.surgeWatch = new JoinSurgeWatch(deps.surgeRule);
  }

  get live(): LiveSession | undefined {
    return this.open;
  }

  /** What phones seal their traffic against; its fingerprint is in the join link's fragment. */
  get sealKey(): HostSealKey {
    return this.doorKey;
  }

  /** Bursts of joins in the open session. */
  get surges(): JoinSurgeWatch {
    return this.surgeWatch;
  }

  watch(watcher: RoomWatcher): void {
    this.watchers.push(watcher);
  }

  /** The newest surge not dismissed with anyone still in the room, for the console. */
  joinSurge(): JoinSurgeView | undefined {
    const live = this.open;
    if (!live) return undefined;
    const { participants } = live.committed;
    for (const surge of this.surgeWatch.undismissed()) {
      const stillIn = surge.participantIds.filter((id) => participants[id]?.removed === false);
      if (stillIn.length === 0) continue;
      return {
        id: surge.id,
        joined: surge.participantIds.length,
        stillIn: stillIn.length,
        withinSeconds: Math.max(1, Math.ceil((surge.lastAt - surge.firstAt) / 1000)),
      };
    }
    return undefined;
  }

  /** Closes the open session, if any, and opens this one with a door key from its journal. */
  async openSession(
    state: SessionState,
    tokens: Map<string, string>,
    journal: SessionJournal,
  ): Promise<LiveSession> {
    await this.close();
    this.doorKey = hostSealKeyFrom(journal.deriveKey(SEAL_KEY_LABEL));
    const session = new LiveSession(state, tokens, journal, this.joinUrl(state.roomCode));
    this.install(session);
    return session;
  }

  /** Updates the join address (the counselor picked another interface). */
  refreshJoinUrl(): void {
    if (!this.open) return;
    this.open.joinUrl = this.joinUrl(this.open.committed.roomCode);
    this.onChange({ scope: 'room' });
  }

  /** The fragment (never sent over the network) lets a phone check it reached this laptop. */
  private joinUrl(roomCode: string): string {
    const url = this.deps.joinUrlFor(roomCode, this.deps.settings.get().joinAddress);
    return `${url}#k=${this.doorKey.fingerprint}`;
  }

  private install(session: LiveSession): void {
    session.onStorageFailure = (error) =>
      this.deps.warnings.warn(
        {
          code: 'answersNotWritten',
          params: { detail: error.message, diskFull: isDiskFull(error) },
        },
        `Answers could not be written to disk (${error.message}). Phones are told to try again.`,
      );
    this.open = session;
    this.presentation.reset();
    this.surgeWatch = new JoinSurgeWatch(this.deps.surgeRule);
    this.onChange({ scope: 'room' });
    for (const watcher of this.watchers) watcher.opened?.(session);
  }

  /** Closes the open session (its journal flushed); phones then see no session. */
  async close(): Promise<void> {
    const live = this.open;
    if (!live) return;
    this.open = undefined;
    for (const watcher of this.watchers) watcher.closing?.(live);
    this.onChange({ scope: 'closed', participantIds: Object.keys(live.committed.participants) });
    try {
      await live.close();
    } catch (error) {
      this.deps.log.error(`Closing session ${live.id}: ${(error as Error).message}`);
    }
  }
}
