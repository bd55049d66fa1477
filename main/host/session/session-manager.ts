import { stat } from 'node:fs/promises';
import { withAbuseHelpline } from '../../../shared/session/support-text.js';
import type { ConsoleAction } from '../../../shared/protocol/console-events.js';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { JoinSurgeView, SessionSummary } from '../../../shared/protocol/views.js';
import { createSession } from '../../../shared/session/create-session.js';
import { remainingAt, timerShouldClose } from '../../../shared/session/timer-transitions.js';
import {
  createHostSealKey,
  hostSealKeyFrom,
  type HostSealKey,
} from '../../../shared/seal/seal-channel.js';
import type {
  SessionAction,
  SessionSettings,
  SessionState,
} from '../../../shared/session/session-types.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import { JournalError, type JournalContents } from '../journal/journal-reader.js';
import { SESSION_ID_PATTERN, type JournalStore } from '../journal/journal-store.js';
import type { Logger } from '../logger.js';
import { TokenBucket } from '../sockets/token-bucket.js';
import {
  hashToken,
  newAnswerRef,
  newParticipantId,
  newResumeToken,
  newRoomCode,
  newSessionId,
  sameSecret,
} from './ids.js';
import { describeJournalLoss, JOURNAL_ERROR_MESSAGES } from './journal-messages.js';
import { JoinSurgeWatch, type SurgeRule } from './join-surge-watch.js';
import { KeptTakeaways } from './kept-takeaways.js';
import { LiveSession } from './live-session.js';
import { ProjectorPresentation } from './projector-presentation.js';
import { replaySession } from './replay-session.js';
import type { SessionChange } from './session-changes.js';
import { expiresInDays, isExpired, monthOf, summarizeSession } from './session-history.js';
import { withoutNicknames } from './strip-nicknames.js';

export interface SessionManagerDeps {
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

function scheduleWithTimeout(ms: number, run: () => void): () => void {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
}

/** A phone's request on the live session, after the socket layer validated its shape. */
export type ParticipantRequestAction =
  | { type: 'answer'; stepId: string; answer: Extract<SessionAction, { type: 'answer' }>['answer'] }
  | { type: 'share'; stepId: string; share: boolean }
  | { type: 'pause'; on: boolean };

/**
 * Answer changes per participant: a burst of 20, then 2 a second. Plenty for a slider dragged
 * by hand, and it keeps one client with many sockets from writing megabytes a second.
 */
const ANSWER_BURST = 20;
const ANSWERS_PER_SECOND = 2;
export const ANSWER_RATE_MESSAGE =
  'Your answer is changing faster than the laptop saves it; this change was not saved. Wait a moment, then send it again.';

/** HKDF label of the participant door's seal key, derived from each session's data key. */
const SEAL_KEY_LABEL = 'circlework participant door seal key v1';

const NO_SESSION = 'No session is open right now. Ask the counselor to open the room.';
/** Journals this recent that were not ended are reopened on start, so phones can come back. */
const AUTO_RESUME_WINDOW_MS = 12 * 60 * 60 * 1000;

/** Holds the one open session and everything the host does with sessions on disk. */
export class SessionManager {
  private open: LiveSession | undefined;
  private readonly warningList: string[] = [];
  private readonly answerBuckets = new Map<string, TokenBucket>();
  private readonly summaryCache = new Map<string, { stamp: string; summary: SessionSummary }>();
  /**
   * The last session read from disk for an export, while its file is unchanged: a counselor
   * exports the PDF, then the CSV, then again; each read of a big journal (decrypt, parse,
   * replay) is time the open session's phones would wait for their acks.
   */
  private exportCache: { sessionId: string; stamp: string; state: SessionState } | undefined;
  private readonly kept: KeptTakeaways;
  /** Participants of each session who have downloaded their takeaway (ids only, in memory). */
  private readonly fetchedTakeaways = new Map<string, Set<string>>();
  /** Blank screen and page of a long screen: the counselor's, for the open session only. */
  readonly presentation = new ProjectorPresentation();
  private surges: JoinSurgeWatch;
  /** Cancels the pending "time is up: close responses" of an exercise's countdown. */
  private cancelTimerClose: (() => void) | undefined;
  /**
   * The participant door's key: the last opened session's (fresh per session, the same after a
   * restart), kept after it closes so its phones can still fetch their takeaways. Before any
   * session: a random one.
   */
  private doorKey: HostSealKey = createHostSealKey();
  onChange: (change: SessionChange) => void = () => {};
  onWarning: (message: string) => void = () => {};

  constructor(private readonly deps: SessionManagerDeps) {
    this.kept = new KeptTakeaways(deps.now);
    this.surges = new JoinSurgeWatch(deps.surgeRule);
  }

  /** The newest surge not dismissed with anyone still in the room, for the console. */
  joinSurge(): JoinSurgeView | undefined {
    const live = this.open;
    if (!live) return undefined;
    const { participants } = live.committed;
    for (const surge of this.surges.undismissed()) {
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

  /**
   * The state and participant whose takeaway a phone's resume token opens: the open session, or
   * an ended one kept after "Done" for a while so people don't lose their private plan.
   */
  takeawayFor(resumeToken: string): { state: SessionState; participantId: string } | undefined {
    const open = this.resumeParticipant(resumeToken);
    if (open.ok && this.open) {
      return { state: withoutNicknames(this.open.committed), participantId: open.participantId };
    }
    return this.kept.find(resumeToken);
  }

  /** Counts a delivered takeaway so the end page can say how many phones have theirs. */
  takeawayFetched(sessionId: string, participantId: string): void {
    const set = this.fetchedTakeaways.get(sessionId) ?? new Set<string>();
    set.add(participantId);
    this.fetchedTakeaways.set(sessionId, set);
    if (this.open?.id === sessionId) this.onChange({ scope: 'console' });
  }

  takeawaysFetchedCount(sessionId: string): number {
    return this.fetchedTakeaways.get(sessionId)?.size ?? 0;
  }

  get live(): LiveSession | undefined {
    return this.open;
  }

  /** What phones seal their traffic against; its fingerprint is in the join link's fragment. */
  get sealKey(): HostSealKey {
    return this.doorKey;
  }

  get warnings(): readonly string[] {
    return this.warningList;
  }

  warn(message: string): void {
    this.deps.log.warn(message);
    this.warningList.push(message);
    if (this.warningList.length > 20) this.warningList.shift();
    this.onWarning(message);
  }

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
      this.warn(`A new session could not be saved: ${(error as Error).message}`);
      return fail(
        'STORAGE_UNAVAILABLE',
        'The session could not be saved on this laptop (is the disk full or read-only?).',
      );
    }
    await this.closeOpen();
    this.doorKey = hostSealKeyFrom(journal.deriveKey(SEAL_KEY_LABEL));
    this.install(new LiveSession(state, new Map(), journal, this.joinUrl(state.roomCode)));
    this.deps.log.info(`Session ${state.id} opened with room code ${state.roomCode}.`);
    return { ok: true, session: this.open! };
  }

  async resume(
    sessionId: string,
    alreadyRead?: JournalContents,
  ): Promise<Reply<{ session: LiveSession }>> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return fail('NOT_FOUND', 'Unknown session.');
    if (this.open?.id === sessionId) return { ok: true, session: this.open };
    let contents: JournalContents;
    try {
      contents = alreadyRead ?? (await this.deps.journals.read(sessionId));
    } catch (error) {
      return this.cannotOpen(sessionId, error);
    }
    const replayed = replaySession(contents.records);
    if (!replayed) {
      this.warn(`The journal of session ${sessionId} is damaged at its start and cannot be used.`);
      return fail('NOT_FOUND', JOURNAL_ERROR_MESSAGES.damaged);
    }
    let reopened;
    try {
      reopened = await this.deps.journals.reopen(sessionId, contents, replayed);
    } catch (error) {
      return this.cannotOpen(sessionId, error);
    }
    const loss = describeJournalLoss(sessionId, contents.problems, reopened.copy);
    if (loss) this.warn(loss);
    if (replayed.skipped > 0) {
      this.warn(`${replayed.skipped} records of session ${sessionId} could not be replayed.`);
    }
    await this.closeOpen();
    const state = replayed.state;
    const { journal } = reopened;
    this.doorKey = hostSealKeyFrom(journal.deriveKey(SEAL_KEY_LABEL));
    this.install(new LiveSession(state, replayed.tokens, journal, this.joinUrl(state.roomCode)));
    this.deps.log.info(`Session ${state.id} resumed with room code ${state.roomCode}.`);
    return { ok: true, session: this.open! };
  }

  private cannotOpen(sessionId: string, error: unknown): Reply<{ session: LiveSession }> {
    if (error instanceof JournalError) {
      this.warn(error.message);
      return fail('NOT_FOUND', JOURNAL_ERROR_MESSAGES[error.kind]);
    }
    this.warn(`Session ${sessionId} could not be opened: ${(error as Error).message}`);
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

  async close(): Promise<void> {
    await this.closeOpen();
  }

  async consoleAction(action: ConsoleAction): Promise<Reply<{ state: SessionState }>> {
    const live = this.open;
    if (!live) return fail('NO_SESSION', 'No session is open.');
    if (action.type === 'dismissSurge') {
      if (!this.surges.dismiss(action.surgeId)) return fail('NOT_FOUND', 'That warning is gone.');
      this.onChange({ scope: 'console' });
      return { ok: true, state: live.committed };
    }
    if (action.type === 'removeSurge' || action.type === 'removeUnanswered') {
      const participantIds = this.removalTargets(live, action);
      if (!participantIds) return fail('NOT_FOUND', 'That warning is gone.');
      const applied = await live.apply({ type: 'removeMany', participantIds });
      if (!applied.ok) return applied;
      // Whoever of the burst is left has answered: the warning has done its job.
      if (action.type === 'removeUnanswered' && action.surgeId) this.surges.dismiss(action.surgeId);
      this.onChange({ scope: 'room' });
      return applied;
    }
    const now = this.deps.now();
    const sessionAction: SessionAction =
      action.type === 'end'
        ? { type: 'end', now }
        : action.type === 'timer'
          ? { ...action, now }
          : action;
    const applied = await live.apply(sessionAction);
    if (applied.ok) this.onChange({ scope: 'room' });
    this.watchTimer();
    return applied;
  }

  /** When an exercise's countdown is set to close responses, closes them at zero. */
  private watchTimer(): void {
    this.cancelTimerClose?.();
    this.cancelTimerClose = undefined;
    const live = this.open;
    const timer = live?.committed.timer;
    if (!live || !timer || timer.runningSince === undefined || !timer.closesResponses) return;
    if (live.committed.phases[timer.stepId] !== 'open') return;
    const schedule = this.deps.schedule ?? scheduleWithTimeout;
    const left = remainingAt(timer, this.deps.now());
    this.cancelTimerClose = schedule(left, () => void this.closeOnTimer(live));
  }

  private async closeOnTimer(live: LiveSession): Promise<void> {
    this.cancelTimerClose = undefined;
    if (this.open !== live) return;
    if (!timerShouldClose(live.committed, this.deps.now())) {
      // Paused, moved on, or woken a moment early: look again.
      this.watchTimer();
      return;
    }
    const applied = await live.apply({ type: 'close' });
    if (applied.ok) {
      this.deps.log.info('Time is up: responses closed, as the counselor chose.');
      this.onChange({ scope: 'room' });
    }
  }

  /** Who a bulk removal takes, resolved here: the console never learns who answered. */
  private removalTargets(
    live: LiveSession,
    action: Extract<ConsoleAction, { type: 'removeSurge' | 'removeUnanswered' }>,
  ): string[] | undefined {
    const { participants } = live.current;
    if (action.type === 'removeUnanswered') {
      return Object.values(participants)
        .filter((p) => !p.removed && Object.keys(p.answers).length === 0)
        .map((p) => p.id);
    }
    const surge = this.surges.find(action.surgeId);
    return surge?.participantIds.filter((id) => participants[id]?.removed === false);
  }

  /** `knownTo`: the connection that gets the view in its reply (see SessionChange). */
  async join(
    roomCode: string,
    nickname: string | undefined,
    knownTo?: string,
  ): Promise<Reply<{ participantId: string; resumeToken: string }>> {
    const live = this.open;
    if (!live) return fail('NO_SESSION', NO_SESSION);
    const state = live.current;
    if (!sameSecret(roomCode, state.roomCode)) {
      return fail(
        'WRONG_CODE',
        'That room code is not right. Check the code on the screen and try again.',
      );
    }
    if (state.status === 'ended') return fail('ENDED', 'This session has ended.');
    if (state.locked) return fail('ROOM_LOCKED', 'The room is locked; no one new can join now.');
    if (live.participantCount >= (state.settings.roomCap ?? this.deps.roomCap)) {
      return fail('ROOM_FULL', 'The room is full. Please ask the counselor.');
    }
    const participantId = newParticipantId();
    const resumeToken = newResumeToken();
    const arrivedAt = this.deps.now();
    const applied = await live.apply(
      { type: 'join', participantId, nickname: nickname || undefined },
      hashToken(resumeToken),
    );
    if (!applied.ok) return applied;
    this.surges.noteJoin(participantId, arrivedAt);
    this.onChange({ scope: 'participant', participantId, knownTo });
    return { ok: true, participantId, resumeToken };
  }

  /** Finds the participant a resume token belongs to, in the open session. */
  resumeParticipant(resumeToken: string): Reply<{ participantId: string }> {
    const live = this.open;
    if (!live) return fail('NO_SESSION', NO_SESSION);
    const participantId = live.tokens.get(hashToken(resumeToken));
    if (!participantId) {
      return fail(
        'UNKNOWN_TOKEN',
        'This phone is not part of the open session. Join with the room code.',
      );
    }
    if (live.committed.participants[participantId]?.removed) {
      return fail('REMOVED', 'You were removed from this session.');
    }
    return { ok: true, participantId };
  }

  async participantAction(
    sessionId: string,
    participantId: string,
    request: ParticipantRequestAction,
    knownTo?: string,
  ): Promise<Reply<{ state: SessionState }>> {
    const live = this.open;
    if (!live || live.id !== sessionId) return fail('NO_SESSION', NO_SESSION);
    if (request.type === 'answer' && !this.answerBucket(participantId).take()) {
      return fail('RATE_LIMITED', ANSWER_RATE_MESSAGE);
    }
    const action: SessionAction =
      request.type === 'answer'
        ? { ...request, participantId, ref: newAnswerRef() }
        : { ...request, participantId };
    const applied = await live.apply(action);
    if (!applied.ok) return applied;
    const stepId = 'stepId' in request ? request.stepId : undefined;
    const revealed = stepId !== undefined && applied.state.phases[stepId] === 'revealed';
    this.onChange(revealed ? { scope: 'room' } : { scope: 'participant', participantId, knownTo });
    return applied;
  }

  private answerBucket(participantId: string): TokenBucket {
    let bucket = this.answerBuckets.get(participantId);
    if (!bucket) {
      bucket = new TokenBucket(ANSWER_BURST, ANSWERS_PER_SECOND, this.deps.now);
      this.answerBuckets.set(participantId, bucket);
    }
    return bucket;
  }

  /** A session for an export: the open one, or one read from disk; never with nicknames. */
  async loadSession(sessionId: string): Promise<SessionState | undefined> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return undefined;
    if (this.open?.id === sessionId) return withoutNicknames(this.open.committed);
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
      if (this.open?.id === stored.sessionId) {
        sessions.push(summarizeSession(this.open.committed, retentionDays, now));
        continue;
      }
      const summary = await this.summaryOf(
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

  async deleteSession(sessionId: string): Promise<Reply<object>> {
    if (!SESSION_ID_PATTERN.test(sessionId)) return fail('NOT_FOUND', 'Unknown session.');
    if (this.open?.id === sessionId) await this.closeOpen();
    this.kept.forget(sessionId);
    this.fetchedTakeaways.delete(sessionId);
    if (this.exportCache?.sessionId === sessionId) this.exportCache = undefined;
    const known = (await this.deps.journals.list()).some((j) => j.sessionId === sessionId);
    if (!known) return fail('NOT_FOUND', 'There is no such session.');
    await this.deps.journals.delete(sessionId);
    this.summaryCache.delete(sessionId);
    this.deps.log.info(`Session ${sessionId} deleted.`);
    return { ok: true };
  }

  /** Deletes every session older than the retention period (never the open one). */
  async sweepRetention(): Promise<number> {
    const { retentionDays } = this.deps.settings.get();
    const now = this.deps.now();
    let deleted = 0;
    for (const stored of await this.deps.journals.list()) {
      if (this.open?.id === stored.sessionId) continue;
      let createdAt = stored.header?.createdAt;
      if (createdAt === undefined) {
        const info = await stat(this.deps.journals.pathFor(stored.sessionId)).catch(
          () => undefined,
        );
        createdAt = info?.mtimeMs ?? now;
      }
      if (isExpired(createdAt, retentionDays, now)) {
        await this.deps.journals.delete(stored.sessionId);
        this.summaryCache.delete(stored.sessionId);
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
      this.warn(
        `Answers could not be written to disk (${error.message}). Phones are told to try again.`,
      );
    this.open = session;
    this.presentation.reset();
    this.surges = new JoinSurgeWatch(this.deps.surgeRule);
    this.onChange({ scope: 'room' });
    this.watchTimer();
  }

  private async closeOpen(): Promise<void> {
    const live = this.open;
    if (!live) return;
    this.open = undefined;
    this.cancelTimerClose?.();
    this.cancelTimerClose = undefined;
    this.answerBuckets.clear();
    if (live.committed.status === 'ended') this.kept.keep(live.id, live.committed, live.tokens);
    this.onChange({ scope: 'closed', participantIds: Object.keys(live.committed.participants) });
    try {
      await live.close();
    } catch (error) {
      this.deps.log.error(`Closing session ${live.id}: ${(error as Error).message}`);
    }
  }

  private unreadable(
    sessionId: string,
    createdAt: number,
    retentionDays: number,
    now: number,
    warning: string,
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

  private async summaryOf(
    sessionId: string,
    createdAt: number | undefined,
    retentionDays: number,
    now: number,
  ): Promise<SessionSummary | undefined> {
    const info = await stat(this.deps.journals.pathFor(sessionId)).catch(() => undefined);
    if (!info) return undefined;
    const stamp = `${info.size}:${info.mtimeMs}:${retentionDays}`;
    const cached = this.summaryCache.get(sessionId);
    if (cached?.stamp === stamp) return cached.summary;
    try {
      const contents = await this.deps.journals.read(sessionId);
      const replayed = replaySession(contents.records);
      if (!replayed) {
        const warning = JOURNAL_ERROR_MESSAGES.damaged;
        return this.unreadable(sessionId, createdAt ?? info.mtimeMs, retentionDays, now, warning);
      }
      const summary = summarizeSession(replayed.state, retentionDays, now);
      const loss = describeJournalLoss(sessionId, contents.problems, undefined);
      if (loss) summary.warning = loss;
      this.summaryCache.set(sessionId, { stamp, summary });
      return summary;
    } catch (error) {
      const warning =
        error instanceof JournalError
          ? JOURNAL_ERROR_MESSAGES[error.kind]
          : `This session's file could not be read from the disk (${(error as Error).message}). Check the disk, then open History again.`;
      return this.unreadable(sessionId, createdAt ?? info.mtimeMs, retentionDays, now, warning);
    }
  }
}
