import { stat } from 'node:fs/promises';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { SessionSummary } from '../../../shared/protocol/views.js';
import type { SessionState } from '../../../shared/session/session-types.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import { SESSION_ID_PATTERN, type JournalStore } from '../journal/journal-store.js';
import type { Logger } from '../logger.js';
import { HistorySummaries } from './history-summaries.js';
import type { LiveRoom } from './live-room.js';
import { replaySession } from './replay-session.js';
import { isExpired, summarizeSession } from './session-history.js';
import type { SessionTakeaways } from './session-takeaways.js';
import { withoutNicknames } from './strip-nicknames.js';

export interface SessionArchiveDeps {
  journals: JournalStore;
  settings: SettingsStore;
  log: Logger;
  now: () => number;
  takeaways: SessionTakeaways;
}

/** The sessions on disk: History, exports of any session, deleting, the retention sweep. */
export class SessionArchive {
  private readonly summaries: HistorySummaries;
  /**
   * The last session read from disk for an export, while its file is unchanged: a counselor
   * exports the PDF, then the CSV, then again; each read of a big journal (decrypt, parse,
   * replay) is time the open session's phones would wait for their acks.
   */
  private exportCache: { sessionId: string; stamp: string; state: SessionState } | undefined;

  constructor(
    private readonly room: LiveRoom,
    private readonly deps: SessionArchiveDeps,
  ) {
    this.summaries = new HistorySummaries(deps.journals);
  }

  /** A session for an export: the open one, or one read from disk; never with nicknames. */
  async loadSession(sessionId: string): Promise<SessionState | undefined> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return undefined;
    const open = this.room.live;
    if (open?.id === sessionId) return withoutNicknames(open.committed);
    const info = await stat(this.deps.journals.pathFor(sessionId)).catch(() => undefined);
    if (!info) return undefined;
    const stamp = `${info.size}:${info.mtimeMs}`;
    const cached = this.exportCache;
    if (cached?.sessionId === sessionId && cached.stamp === stamp) return cached.state;
    try {
      const contents = await this.deps.journals.read(sessionId);
      const state = replaySession(contents.records)?.state;
      if (state) this.exportCache = { sessionId, stamp, state };
      return state;
    } catch {
      return undefined;
    }
  }

  async history(): Promise<{ sessions: SessionSummary[]; resumable: SessionSummary[] }> {
    const { retentionDays } = this.deps.settings.get();
    const now = this.deps.now();
    const sessions: SessionSummary[] = [];
    for (const stored of await this.deps.journals.list()) {
      const open = this.room.live;
      if (open?.id === stored.sessionId) {
        sessions.push(summarizeSession(open.committed, retentionDays, now));
        continue;
      }
      const summary = await this.summaries.summaryOf(
        stored.sessionId,
        stored.header?.createdAt,
        retentionDays,
        now,
      );
      if (summary) sessions.push(summary);
    }
    sessions.sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
    return { sessions, resumable: sessions.filter((s) => s.status !== 'ended') };
  }

  async deleteSession(sessionId: string): Promise<Reply> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return fail('NOT_FOUND', 'Unknown session.');
    if (this.room.live?.id === sessionId) await this.room.close();
    this.deps.takeaways.forget(sessionId);
    if (this.exportCache?.sessionId === sessionId) this.exportCache = undefined;
    const known = (await this.deps.journals.list()).some((j) => j.sessionId === sessionId);
    if (!known) return fail('NOT_FOUND', 'There is no such session.');
    await this.deps.journals.delete(sessionId);
    this.summaries.forget(sessionId);
    this.deps.log.info(`Session ${sessionId} deleted.`);
    return { ok: true };
  }

  /** Deletes every session older than the retention period (never the open one). */
  async sweepRetention(): Promise<number> {
    const { retentionDays } = this.deps.settings.get();
    const now = this.deps.now();
    let deleted = 0;
    for (const stored of await this.deps.journals.list()) {
      if (this.room.live?.id === stored.sessionId) continue;
      let createdAt = stored.header?.createdAt;
      if (createdAt === undefined) {
        const info = await stat(this.deps.journals.pathFor(stored.sessionId)).catch(
          () => undefined,
        );
        createdAt = info?.mtimeMs ?? now;
      }
      if (isExpired(createdAt, retentionDays, now)) {
        await this.deps.journals.delete(stored.sessionId);
        this.summaries.forget(stored.sessionId);
        if (this.exportCache?.sessionId === stored.sessionId) this.exportCache = undefined;
        deleted++;
      }
    }
    if (deleted > 0)
      this.deps.log.info(
        `Retention: deleted ${deleted} session(s) older than ${retentionDays} days.`,
      );
    return deleted;
  }
}
