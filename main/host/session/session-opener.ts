import { stat } from 'node:fs/promises';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import { createSession } from '../../../shared/session/create-session.js';
import type { SessionSettings } from '../../../shared/session/session-types.js';
import { withAbuseHelpline } from '../../../shared/session/support-text.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import { JournalError, type JournalContents } from '../journal/journal-reader.js';
import { SESSION_ID_PATTERN, type JournalStore } from '../journal/journal-store.js';
import type { Logger } from '../logger.js';
import { isDiskFull, type HostWarnings } from './host-warnings.js';
import { newRoomCode, newSessionId } from './ids.js';
import {
  describeJournalLoss,
  JOURNAL_ERROR_MESSAGES,
  journalLossWarning,
} from './journal-messages.js';
import type { LiveRoom } from './live-room.js';
import type { LiveSession } from './live-session.js';
import { replaySession } from './replay-session.js';
import { withoutNicknames } from './strip-nicknames.js';

export interface SessionOpenerDeps {
  journals: JournalStore;
  settings: SettingsStore;
  library: TemplateLibrary;
  log: Logger;
  warnings: HostWarnings;
  now: () => number;
  /** Seats when the session's settings name none (sessions from before the setting). */
  roomCap: number;
}

/** Journals this recent that were not ended are reopened on start, so phones can come back. */
const AUTO_RESUME_WINDOW_MS = 12 * 60 * 60 * 1000;

/** Opens a session in the room: a new one from a workshop, or a stored one from its journal. */
export class SessionOpener {
  constructor(
    private readonly room: LiveRoom,
    private readonly deps: SessionOpenerDeps,
  ) {}

  async create(
    templateId: string,
    settings: SessionSettings,
    joinAddress?: string,
  ): Promise<Reply<{ session: LiveSession }>> {
    const template = this.deps.library.get(templateId);
    if (!template) return fail('NOT_FOUND', `There is no workshop "${templateId}" in the library.`);
    if (joinAddress !== undefined) this.deps.settings.set({ joinAddress });
    const now = this.deps.now();
    const state = withoutNicknames(
      createSession(template, withAbuseHelpline({ roomCap: this.deps.roomCap, ...settings }), {
        id: newSessionId(),
        roomCode: newRoomCode(),
        now,
      }),
    );
    let journal;
    try {
      journal = await this.deps.journals.create(state.id, now);
      await journal.append({ t: 'init', state });
    } catch (error) {
      const detail = (error as Error).message;
      this.deps.warnings.warn(
        { code: 'sessionNotSaved', params: { detail, diskFull: isDiskFull(error) } },
        `A new session could not be saved: ${detail}`,
      );
      return fail(
        'STORAGE_UNAVAILABLE',
        'The session could not be saved on this laptop (is the disk full or read-only?).',
        { kind: 'sessionNotSaved' },
      );
    }
    const session = await this.room.openSession(state, new Map(), journal);
    this.deps.log.info(`Session ${state.id} opened with room code ${state.roomCode}.`);
    return { ok: true, session };
  }

  async resume(
    sessionId: string,
    alreadyRead?: JournalContents,
  ): Promise<Reply<{ session: LiveSession }>> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return fail('NOT_FOUND', 'Unknown session.');
    const open = this.room.live;
    if (open?.id === sessionId) return { ok: true, session: open };
    let contents: JournalContents;
    try {
      contents = alreadyRead ?? (await this.deps.journals.read(sessionId));
    } catch (error) {
      return this.cannotOpen(sessionId, error);
    }
    const replayed = replaySession(contents.records);
    if (!replayed) {
      this.deps.warnings.warn(
        { code: 'sessionFileDamagedAtStart', params: { sessionId } },
        `The journal of session ${sessionId} is damaged at its start and cannot be used.`,
      );
      return fail('NOT_FOUND', JOURNAL_ERROR_MESSAGES.damaged, {
        kind: 'sessionFile',
        problem: 'damaged',
      });
    }
    let reopened;
    try {
      reopened = await this.deps.journals.reopen(sessionId, contents, replayed);
    } catch (error) {
      return this.cannotOpen(sessionId, error);
    }
    const loss = journalLossWarning(sessionId, contents.problems, reopened.copy);
    if (loss) {
      this.deps.warnings.warn(
        loss,
        describeJournalLoss(sessionId, contents.problems, reopened.copy) ?? '',
      );
    }
    if (replayed.skipped > 0) {
      this.deps.warnings.warn(
        { code: 'recordsNotReplayed', params: { sessionId, count: replayed.skipped } },
        `${replayed.skipped} records of session ${sessionId} could not be replayed.`,
      );
    }
    const state = replayed.state;
    const session = await this.room.openSession(state, replayed.tokens, reopened.journal);
    this.deps.log.info(`Session ${state.id} resumed with room code ${state.roomCode}.`);
    return { ok: true, session };
  }

  private cannotOpen(sessionId: string, error: unknown): Reply<{ session: LiveSession }> {
    if (error instanceof JournalError) {
      this.deps.warnings.warn(
        {
          code: 'sessionFileUnusable',
          params: { sessionId, problem: error.kind, detail: error.message },
        },
        error.message,
      );
      return fail('NOT_FOUND', JOURNAL_ERROR_MESSAGES[error.kind], {
        kind: 'sessionFile',
        problem: error.kind,
      });
    }
    const detail = (error as Error).message;
    this.deps.warnings.warn(
      { code: 'sessionNotOpened', params: { sessionId, detail } },
      `Session ${sessionId} could not be opened: ${detail}`,
    );
    return fail('STORAGE_UNAVAILABLE', 'This session could not be opened from disk.');
  }

  /** On start: reopen the newest recent unfinished session, so phones reconnect to it. */
  async resumeRecent(): Promise<void> {
    const now = this.deps.now();
    const stored = (await this.deps.journals.list())
      .filter((j) => j.header)
      .sort((a, b) => b.header!.createdAt - a.header!.createdAt);
    for (const journal of stored) {
      const path = this.deps.journals.pathFor(journal.sessionId);
      const modified = (await stat(path).catch(() => undefined))?.mtimeMs ?? 0;
      if (now - modified > AUTO_RESUME_WINDOW_MS) return;
      let contents: JournalContents;
      try {
        // Read once: the same contents are replayed here and reopened below.
        contents = await this.deps.journals.read(journal.sessionId);
        const replayed = replaySession(contents.records);
        if (!replayed || replayed.state.status === 'ended') continue;
      } catch {
        continue;
      }
      await this.resume(journal.sessionId, contents);
      return;
    }
  }
}
