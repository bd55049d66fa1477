import { io, type Socket } from 'socket.io-client';
import * as msgpackParser from 'socket.io-msgpack-parser';
import type {
  ParticipantReplies,
  ParticipantRequest,
  ParticipantRequestName,
} from '../../../shared/protocol/participant-events.js';
import { PARTICIPANT_NAMESPACE } from '../../../shared/protocol/protocol-limits.js';
import type { ParticipantView } from '../../../shared/protocol/views.js';
import type { ProtocolErrorCode, Reply } from '../../../shared/protocol/errors.js';
import { SealedLink } from '../../../shared/seal/sealed-link.js';
import type {
  SealedClientToServer,
  SealedServerToClient,
} from '../../../shared/seal/sealed-wire.js';
import type { Answer } from '../../../shared/session/answer-schema.js';
import type { WorkshopLanguage } from '../../../shared/template/workshop-languages.js';
import { localMemory } from './local-memory.js';

const REQUEST_TIMEOUT_MS = 10_000;
/** A takeaway is rendered on the laptop first, behind others when many ask at once. */
const TAKEAWAY_TIMEOUT_MS = 60_000;
const RESUME_RETRY_MS = 3_000;

/** The host key's fingerprint from the QR link's fragment (`#k=…`), which never leaves the phone. */
export function fingerprintFromFragment(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('k')?.toLowerCase();
  return value && /^[0-9a-f]{32}$/.test(value) ? value : undefined;
}

export type LinkState = 'connecting' | 'online' | 'offline';
/** resuming: checking a stored token; outside: needs to join; inside: has a view. */
export type Membership = 'resuming' | 'outside' | 'inside';

export interface ConnectionSnapshot {
  link: LinkState;
  membership: Membership;
  view: ParticipantView | null;
  /** Local clock when the view arrived, so timers count down right even if the phone's clock is off. */
  viewReceivedAt: number;
  /** No connection has succeeded yet and the last attempt failed. */
  unreachable: boolean;
  /** The host replied that no session is open: the token is kept until the counselor reopens it. */
  waitingForSession: boolean;
  /** The host turned names off, so the nickname typed at join was left out. */
  nicknameDropped: boolean;
  /**
   * The laptop's key is not the one in the QR link: nothing is sent (the page keeps checking,
   * e.g. until the counselor reopens the session after a restart).
   */
  wrongHost: boolean;
}

/** Token errors after which resuming can never work, so the phone starts over at the join screen. */
const TERMINAL_RESUME_ERRORS: ProtocolErrorCode[] = [
  'UNKNOWN_TOKEN',
  'NOT_FOUND',
  'BAD_REQUEST',
  'REMOVED',
  'UNKNOWN_PARTICIPANT',
];

/**
 * The phone's one live channel to the host: seals every connection (shared/seal), joins,
 * resumes automatically on every (re)connect with the token kept in localStorage, and keeps the
 * latest view. React reads it through useSyncExternalStore.
 */
export class ParticipantConnection {
  private snapshot: ConnectionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly socket: Socket<SealedServerToClient, SealedClientToServer>;
  private readonly link: SealedLink;
  private everConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Requests made while the connection is not sealed yet wait for it (a Join tapped at once). */
  private sealedWaiters: (() => void)[] = [];
  /** The phone's language, told to the host so the workshop's texts come in it where translated. */
  private language: WorkshopLanguage | undefined;

  constructor(
    url: string = PARTICIPANT_NAMESPACE,
    expectedFingerprint: string | undefined = fingerprintFromFragment(window.location.hash),
  ) {
    this.snapshot = {
      link: 'connecting',
      membership: localMemory.resumeToken() ? 'resuming' : 'outside',
      view: null,
      viewReceivedAt: 0,
      unreachable: false,
      waitingForSession: false,
      nicknameDropped: false,
      wrongHost: false,
    };
    this.socket = io(url, {
      // WebSocket first: on a LAN it connects in one round trip and spares a busy host the
      // long-polling phase; polling stays as the fallback for networks that block WebSocket.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 3000,
      // The host's participant door speaks msgpack: one binary frame per sealed message.
      parser: msgpackParser,
    });
    this.link = new SealedLink(this.socket, {
      expectedFingerprint,
      onPush: (event, payload) => {
        if (event === 'view' && this.snapshot.membership === 'inside') {
          this.acceptView(payload as ParticipantView);
        }
      },
    });
    this.socket.on('connect', () => void this.seal());
    this.socket.on('disconnect', () => this.update({ link: 'offline' }));
    this.socket.on('connect_error', () =>
      this.update({ link: 'offline', unreachable: !this.everConnected }),
    );
    document.addEventListener('visibilitychange', this.wakeUp);
    window.addEventListener('online', this.wakeUp);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConnectionSnapshot => this.snapshot;

  async join(roomCode: string, nickname: string): Promise<Reply<object>> {
    const name = nickname.trim();
    const language = this.language;
    let reply = await this.request(
      'join',
      name ? { roomCode, nickname: name, language } : { roomCode, language },
    );
    if (!reply.ok && reply.error.code === 'NAMES_OFF' && name) {
      reply = await this.request('join', { roomCode, language });
    }
    if (!reply.ok) return reply;
    localMemory.setResumeToken(reply.resumeToken);
    // With names off the host keeps no nickname; say so instead of leaving the person guessing.
    this.update({ membership: 'inside', nicknameDropped: name !== '' && !reply.view.namesEnabled });
    this.acceptView(reply.view);
    return { ok: true };
  }

  async answer(stepId: string, answer: Answer): Promise<Reply<object>> {
    const reply = await this.request('answer', { stepId, answer });
    if (reply.ok) this.patchView(stepId, (view) => ({ ...view, myAnswer: answer }));
    return reply;
  }

  async share(stepId: string, share: boolean): Promise<Reply<object>> {
    const reply = await this.request('share', { stepId, share });
    if (reply.ok)
      this.patchView(stepId, (view) =>
        view.myAnswer?.kind === 'open' ? { ...view, myAnswer: { ...view.myAnswer, share } } : view,
      );
    return reply;
  }

  async pause(on: boolean): Promise<Reply<object>> {
    const reply = await this.request('pause', { on });
    const view = this.snapshot.view;
    if (reply.ok && view) this.update({ view: { ...view, pauseOn: on } });
    return reply;
  }

  /** The phone switched languages: from now on the host sends the workshop in it. */
  async setLanguage(language: WorkshopLanguage): Promise<void> {
    if (language === this.language) return;
    this.language = language;
    if (this.snapshot.membership !== 'inside' || !this.link.sealed) return;
    const reply = await this.request('language', { language });
    if (reply.ok && this.language === language) this.acceptView(reply.view);
  }

  /** Forget this session on this phone (after the end, or when removed) and show the join screen. */
  leave(): void {
    clearTimeout(this.retryTimer);
    localMemory.setResumeToken(null);
    this.update({
      membership: 'outside',
      view: null,
      nicknameDropped: false,
      waitingForSession: false,
    });
  }

  resumeToken(): string | null {
    return localMemory.resumeToken();
  }

  /** This phone's takeaway PDF, fetched over the sealed connection. */
  async takeaway(ownAnswers: boolean, large: boolean): Promise<Reply<{ pdf: Blob }>> {
    const resumeToken = localMemory.resumeToken();
    if (!resumeToken) return { ok: false, error: { code: 'UNKNOWN_TOKEN', message: 'no token' } };
    const layout = large ? 'large' : 'standard';
    const reply = await this.request(
      'takeaway',
      { resumeToken, ownAnswers, layout, language: this.language },
      TAKEAWAY_TIMEOUT_MS,
    );
    if (!reply.ok) return reply;
    const binary = atob(reply.pdf);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return { ok: true, pdf: new Blob([bytes], { type: 'application/pdf' }) };
  }

  /** The handshake on every (re)connect; only then is the phone online and resumes. */
  private async seal(): Promise<void> {
    const opened = await this.link.open(REQUEST_TIMEOUT_MS);
    if (!this.socket.connected) return;
    if (opened.ok) {
      this.everConnected = true;
      this.update({ link: 'online', unreachable: false, wrongHost: false });
      for (const wake of this.sealedWaiters.splice(0)) wake();
      void this.resume();
      return;
    }
    // Not the laptop of the QR link (or no answer): send nothing, try again on a new connection.
    this.update({ wrongHost: opened.error.code === 'WRONG_HOST' });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(
      () => this.socket.disconnect().connect(),
      RESUME_RETRY_MS + Math.random() * RESUME_RETRY_MS,
    );
  }

  private async resume(): Promise<void> {
    const token = localMemory.resumeToken();
    if (!token) {
      if (this.snapshot.membership === 'resuming') this.update({ membership: 'outside' });
      return;
    }
    const reply = await this.request('resume', { resumeToken: token, language: this.language });
    if (reply.ok) {
      this.update({ membership: 'inside', waitingForSession: false });
      this.acceptView(reply.view);
    } else if (reply.error.code === 'NO_SESSION') {
      // The laptop restarted and the counselor has not reopened the session yet: keep the token
      // and ask again now and then, so the person comes back as themselves once it is open.
      this.update({ membership: 'resuming', view: null, waitingForSession: true });
      this.scheduleResumeRetry();
    } else if (TERMINAL_RESUME_ERRORS.includes(reply.error.code)) {
      this.leave();
    } else if (this.socket.connected) {
      // A slow or busy host: try again on a fresh connection rather than sit in limbo.
      this.socket.disconnect().connect();
    }
  }

  private scheduleResumeRetry(): void {
    clearTimeout(this.retryTimer);
    // Spread the room's retries so a full room doesn't ask in lockstep.
    const delay = RESUME_RETRY_MS + Math.random() * RESUME_RETRY_MS;
    this.retryTimer = setTimeout(() => {
      if (this.link.sealed) void this.resume();
    }, delay);
  }

  private async request<N extends ParticipantRequestName>(
    name: N,
    payload: ParticipantRequest<N>,
    timeoutMs = REQUEST_TIMEOUT_MS,
  ): Promise<Reply<ParticipantReplies[N]>> {
    if (!this.link.sealed) await this.sealedWithin(REQUEST_TIMEOUT_MS);
    return this.link.request<ParticipantReplies[N]>(name, payload, timeoutMs);
  }

  /** Resolves once the connection is sealed, or after `ms` (the request then says UNREACHABLE). */
  private sealedWithin(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.sealedWaiters.push(done);
    });
  }

  private acceptView(view: ParticipantView): void {
    if (view.removed) localMemory.setResumeToken(null);
    this.update({ view, viewReceivedAt: Date.now() });
  }

  private patchView(stepId: string, patch: (view: ParticipantView) => ParticipantView): void {
    const view = this.snapshot.view;
    if (view && view.step?.id === stepId) this.update({ view: patch(view) });
  }

  private readonly wakeUp = (): void => {
    if (document.visibilityState === 'visible' && !this.socket.connected) this.socket.connect();
  };

  private update(patch: Partial<ConnectionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
