import { stat } from 'node:fs/promises';
import type { SessionSummary } from '../../../shared/protocol/views.js';
import { JournalError } from '../journal/journal-reader.js';
import type { JournalStore } from '../journal/journal-store.js';
import type { HostWarning } from '../../../shared/protocol/host-warnings.js';
import { journalLossWarning } from './journal-messages.js';
import { replaySession } from './replay-session.js';
import { expiresInDays, monthOf, summarizeSession } from './session-history.js';

/** The History list's line for each stored session, read once while its file is unchanged. */
export class HistorySummaries {
  private readonly summaryCache = new Map<string, { stamp: string; summary: SessionSummary }>();

  constructor(private readonly journals: JournalStore) {}

  forget(sessionId: string): void {
    this.summaryCache.delete(sessionId);
  }

  async summaryOf(
    sessionId: string,
    createdAt: number | undefined,
    retentionDays: number,
    now: number,
  ): Promise<SessionSummary | undefined> {
    const info = await stat(this.journals.pathFor(sessionId)).catch(() => undefined);
    if (!info) return undefined;
    const stamp = `${info.size}:${info.mtimeMs}:${retentionDays}`;
    const cached = this.summaryCache.get(sessionId);
    if (cached?.stamp === stamp) return cached.summary;
    try {
      const contents = await this.journals.read(sessionId);
      const replayed = replaySession(contents.records);
      if (!replayed) {
        const warning: HostWarning = {
          code: 'sessionFileUnusable',
          params: { sessionId, problem: 'damaged', detail: 'no record could be replayed' },
        };
        return this.unreadable(sessionId, createdAt ?? info.mtimeMs, retentionDays, now, warning);
      }
      const summary = summarizeSession(replayed.state, retentionDays, now);
      const loss = journalLossWarning(sessionId, contents.problems, undefined);
      if (loss) summary.warning = loss;
      this.summaryCache.set(sessionId, { stamp, summary });
      return summary;
    } catch (error) {
      const detail = (error as Error).message;
      const warning: HostWarning =
        error instanceof JournalError
          ? { code: 'sessionFileUnusable', params: { sessionId, problem: error.kind, detail } }
          : { code: 'sessionNotOpened', params: { sessionId, detail } };
      return this.unreadable(sessionId, createdAt ?? info.mtimeMs, retentionDays, now, warning);
    }
  }

  private unreadable(
    sessionId: string,
    createdAt: number,
    retentionDays: number,
    now: number,
    warning: HostWarning,
  ): SessionSummary {
    return {
      sessionId,
      title: 'Unreadable session',
      status: 'ended',
      month: monthOf(createdAt),
      participants: 0,
      expiresInDays: expiresInDays(createdAt, retentionDays, now),
      warning,
    };
  }
}
