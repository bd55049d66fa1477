import { io, type Socket } from 'socket.io-client';
import type { ProtocolErrorCode, Reply } from '../../../shared/protocol/errors.js';
import type {
  ParticipantClientToServer,
  ParticipantReplies,
  ParticipantRequest,
  ParticipantRequestName,
  ParticipantServerToClient,
} from '../../../shared/protocol/participant-events.js';
import type { ParticipantView } from '../../../shared/protocol/views.js';
import type { Answer } from '../../../shared/session/answer-schema.js';
import { localMemory } from './local-memory.js';

/** Mirrors PARTICIPANT_NAMESPACE (type-only import keeps zod out of the bundle). */
const NAMESPACE = '/participant';
const REQUEST_TIMEOUT_MS = 10_000;
const RESUME_RETRY_MS = 3_000;

export type LinkState = 'connecting' | 'online' | 'offline';
/** resuming: checking a stored token; outside: needs to join; inside: has a view. */
export type Membership = 'resuming' | 'outside' | 'inside';
export type ClientErrorCode = ProtocolErrorCode | 'UNREACHABLE' | 'TIMEOUT';
export type ClientReply<T> =
  ({ ok: true } & T) | { ok: false; error: { code: ClientErrorCode; message: string } };

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
}

/** Token errors after which resuming can never work, so the phone starts over at the join screen. */
const TERMINAL_RESUME_ERRORS: ClientErrorCode[] = [
  'UNKNOWN_TOKEN',
  'NOT_FOUND',
  'BAD_REQUEST',
  'REMOVED',
  'UNKNOWN_PARTICIPANT',
];

type ParticipantSocket = Socket<ParticipantServerToClient, ParticipantClientToServer>;
type LooseEmitter = { emitWithAck(name: string, payload: unknown): Promise<unknown> };

/**
 * The phone's one live channel to the host: joins, resumes automatically on every (re)connect
 * with the token kept in localStorage, and keeps the latest view. React reads it through
 * useSyncExternalStore.
 */
export class ParticipantConnection {
  private snapshot: ConnectionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly socket: ParticipantSocket;
  private everConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(url: string = NAMESPACE) {
    this.snapshot = {
      link: 'connecting',
      membership: localMemory.resumeToken() ? 'resuming' : 'outside',
      view: null,
      viewReceivedAt: 0,
      unreachable: false,
      waitingForSession: false,
      nicknameDropped: false,
    };
    this.socket = io(url, {
      // WebSocket first: on a LAN it connects in one round trip and spares a busy host the
      // long-polling phase; polling stays as the fallback for networks that block WebSocket.
      transports: ['websocket', 'polling'],
      tryAllTransports: true,
      reconnectionDelay: 500,
      reconnectionDelayMax: 3000,
    });
    this.socket.on('connect', () => {
      this.everConnected = true;
      this.update({ link: 'online', unreachable: false });
      void this.resume();
    });
    this.socket.on('disconnect', () => this.update({ link: 'offline' }));
    this.socket.on('connect_error', () =>
      this.update({ link: 'offline', unreachable: !this.everConnected }),
    );
    this.socket.on('view', (view) => {
      if (this.snapshot.membership === 'inside') this.acceptView(view);
    });
    document.addEventListener('visibilitychange', this.wakeUp);
    window.addEventListener('online', this.wakeUp);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ConnectionSnapshot => this.snapshot;

  async join(roomCode: string, nickname: string): Promise<ClientReply<object>> {
    const name = nickname.trim();
    let reply = await this.request('join', name ? { roomCode, nickname: name } : { roomCode });
    if (!reply.ok && reply.error.code === 'NAMES_OFF' && name) {
      reply = await this.request('join', { roomCode });
    }
    if (!reply.ok) return reply;
    localMemory.setResumeToken(reply.resumeToken);
    // With names off the host keeps no nickname; say so instead of leaving the person guessing.
    this.update({ membership: 'inside', nicknameDropped: name !== '' && !reply.view.namesEnabled });
    this.acceptView(reply.view);
    return { ok: true };
  }

  async answer(stepId: string, answer: Answer): Promise<ClientReply<object>> {
    const reply = await this.request('answer', { stepId, answer });
    if (reply.ok) this.patchView(stepId, (view) => ({ ...view, myAnswer: answer }));
    return reply;
  }

  async share(stepId: string, share: boolean): Promise<ClientReply<object>> {
    const reply = await this.request('share', { stepId, share });
    if (reply.ok)
      this.patchView(stepId, (view) =>
        view.myAnswer?.kind === 'open' ? { ...view, myAnswer: { ...view.myAnswer, share } } : view,
      );
    return reply;
  }

  async pause(on: boolean): Promise<ClientReply<object>> {
    const reply = await this.request('pause', { on });
    const view = this.snapshot.view;
    if (reply.ok && view) this.update({ view: { ...view, pauseOn: on } });
    return reply;
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

  private async resume(): Promise<void> {
    const token = localMemory.resumeToken();
    if (!token) {
      if (this.snapshot.membership === 'resuming') this.update({ membership: 'outside' });
      return;
    }
    const reply = await this.request('resume', { resumeToken: token });
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
      if (this.socket.connected) void this.resume();
    }, delay);
  }

  private async request<N extends ParticipantRequestName>(
    name: N,
    payload: ParticipantRequest<N>,
  ): Promise<ClientReply<ParticipantReplies[N]>> {
    if (!this.socket.connected) {
      return { ok: false, error: { code: 'UNREACHABLE', message: 'not connected' } };
    }
    try {
      const emitter = this.socket.timeout(REQUEST_TIMEOUT_MS) as unknown as LooseEmitter;
      return (await emitter.emitWithAck(name, payload)) as Reply<ParticipantReplies[N]>;
    } catch {
      return { ok: false, error: { code: 'TIMEOUT', message: 'no reply from the host' } };
    }
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
