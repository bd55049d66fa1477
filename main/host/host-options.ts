import type { SettingsStore } from '../settings/settings-store.js';
import type { KeyProvider } from './crypto/key-provider.js';
import type { JournalSink } from './journal/journal-sink.js';
import type { Logger } from './logger.js';
import type { BroadcastScheduler } from './sockets/broadcaster.js';
import type { ViewLane } from './sockets/view-lanes.js';

export interface HostOptions {
  dataDir: string;
  /** The LAN door; 0 = any free port. */
  participantPort?: number;
  /** Default '0.0.0.0' (all interfaces), so phones on the LAN can reach it. */
  participantHostname?: string;
  /** The console door on 127.0.0.1; 0 (default) = any free port. */
  consolePort?: number;
  /** Shipped templates; default <repo>/templates. */
  templatesDir?: string;
  /** The console token; default a fresh random one per launch. */
  token?: string;
  /** The projector's read-only token; default a fresh random one per launch. */
  projectorToken?: string;
  /** Default: a key file in the data dir (the Electron shell passes one backed by safeStorage). */
  keyProvider?: KeyProvider;
  /** Default: `conf` in the data dir (the Electron shell passes one backed by electron-store). */
  settingsStore?: SettingsStore;
  log?: Logger;
  /** Built phone app; default <repo>/dist/renderer/participant. */
  participantAppDir?: string;
  /** Built console and projector apps; default <repo>/dist/renderer/console. */
  consoleAppDir?: string;
  /** Most participants one session takes. */
  roomCap?: number;
  /** Requests one phone connection may send at once, and per second after that (default 20, 5). */
  participantRateLimit?: { burst: number; perSecond: number };
  /** Wrong room codes / unknown resume tokens one remote address may try (default 10, then 1/s). */
  participantGuessLimit?: { burst: number; perSecond: number; maxAddresses: number };
  /** New seats one remote address may take (default 60 at once, then 1/s). */
  participantJoinLimit?: { burst: number; perSecond: number; maxAddresses: number };
  /** Longest wait between two view broadcasts (the wait follows what a broadcast costs). */
  broadcastIntervalMs?: number;
  /** Test seam: when each view lane's broadcasts run (default: the event loop). */
  broadcastScheduler?: (lane: ViewLane) => BroadcastScheduler;
  /** Reopen the newest recent unfinished session on start (default true). */
  autoResume?: boolean;
  /** Test seam: the host's clock in epoch ms (default Date.now), e.g. to space joins apart. */
  now?: () => number;
  /** Test seam: where journal bytes are written (default: the journal file). */
  openJournalSink?: (path: string) => Promise<JournalSink>;
}

export interface RunningHost {
  /** http://127.0.0.1:P */
  participantUrl: string;
  /** http://127.0.0.1:F/console/?token=T */
  consoleUrl: string;
  projectorUrl: string;
  token: string;
  /** Shows the projector view and its images; cannot act. */
  projectorToken: string;
  participantPort: number;
  consolePort: number;
  dataDir: string;
  /** The join address on the LAN (no room code). */
  joinUrl: string;
  /** Stops both doors and flushes every journal. */
  close(): Promise<void>;
}
