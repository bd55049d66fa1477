import { buildParticipantView } from '../../../shared/protocol/build-views.js';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import {
  participantRequestSchemas,
  type JoinResult,
  type ParticipantReplies,
  type ParticipantRequest,
} from '../../../shared/protocol/participant-events.js';
import type { RequestHandlers } from '../../../shared/protocol/request-events.js';
import type { Logger } from '../logger.js';
import { sameSecret } from '../session/ids.js';
import type { LiveRoom } from '../session/live-room.js';
import type {
  ParticipantRequestAction,
  ParticipantRequests,
} from '../session/participant-requests.js';
import {
  DEFAULT_GUESS_LIMIT,
  GuessLimiter,
  remoteAddressKey,
  type GuessLimit,
} from './guess-limiter.js';
import type { ParticipantNamespace, ParticipantSocket } from './door-types.js';
import { bindingOf, type ParticipantSockets } from './participant-sockets.js';
import { DEFAULT_DROP, RequestGate } from './request-gate.js';
import { serveRequests, type RequestLimits } from './request-handler.js';
import { SealedPeer } from './sealed-door.js';
import type { MakeTakeaway } from './takeaway-request.js';
import { TokenBucket } from './token-bucket.js';

export interface ParticipantNamespaceOptions {
  room: LiveRoom;
  requests: ParticipantRequests;
  sockets: ParticipantSockets;
  log: Logger;
  now: () => number;
  /** Requests a phone may send at once, and per second after that. */
  burst: number;
  perSecond: number;
  maxPayloadChars: number;
  /** Wrong room codes and unknown resume tokens one address may try (default ~10, then 1/s). */
  guessLimit?: GuessLimit;
  /** New seats one address may take (default 60 at once, then 1/s): a class behind one NAT. */
  joinLimit?: GuessLimit;
  /** Makes a participant's takeaway PDF. */
  takeaway: MakeTakeaway;
}

/** A whole group behind one router joins at once; a script cannot take hundreds a second. */
export const DEFAULT_JOIN_LIMIT: GuessLimit = { burst: 60, perSecond: 1, maxAddresses: 4096 };

const NOT_JOINED = 'This phone has not joined the session yet. Enter the room code first.';
const TOO_MANY_TRIES = fail(
  'RATE_LIMITED',
  'Too many tries. Wait a moment and check the code on the screen.',
);
const TOO_MANY_JOINS = fail(
  'RATE_LIMITED',
  'Many people just joined from this network. Wait a minute and try again.',
);
const ALREADY_JOINED = fail(
  'ALREADY_JOINED',
  'This phone has already joined. Reload the page to join as someone else.',
);

/** What every phone's connection on this door shares (one copy for the door). */
interface Door {
  room: LiveRoom;
  requests: ParticipantRequests;
  sockets: ParticipantSockets;
  now: () => number;
  guesses: GuessLimiter;
  joins: GuessLimiter;
  takeaway: MakeTakeaway;
}

type Handlers = RequestHandlers<typeof participantRequestSchemas, ParticipantReplies>;

/**
 * One phone's requests, as methods: thousands of phones share one copy of the code instead of
 * each connection holding a closure per request (issue 17). `serveRequests` calls them as methods.
 */
class PhoneRequests implements Handlers {
  /** Covers joins sent together, before the first one's binding exists. */
  private joining = false;

  constructor(
    private readonly door: Door,
    private readonly socket: ParticipantSocket,
    private readonly address: string,
  ) {}

  async join({ roomCode, nickname, language }: ParticipantRequest<'join'>) {
    const { door, socket, address } = this;
    // One seat per connection: a script must open a connection per fake participant.
    if (this.joining || bindingOf(socket)) return ALREADY_JOINED;
    // A limited address's tries are not checked at all, or a lucky guess would still get in.
    if (!door.guesses.mayTry(address)) return TOO_MANY_TRIES;
    if (isWrongCode(door.room, roomCode)) door.guesses.missed(address);
    // Taken before the await, or a thousand joins sent at once would all pass the check.
    if (!door.joins.take(address)) return TOO_MANY_JOINS;
    this.joining = true;
    const result = await door.requests.join(roomCode, nickname, socket.id).finally(() => {
      this.joining = false;
    });
    if (!result.ok) return result;
    const live = door.room.live;
    if (!live) return fail('NO_SESSION', 'The session was closed.');
    door.sockets.bind(socket, { sessionId: live.id, participantId: result.participantId });
    socket.data.language = language;
    return this.joined(result.participantId, result.resumeToken);
  }

  resume({ resumeToken, language }: ParticipantRequest<'resume'>) {
    const { door, socket } = this;
    // Checked first: a real token always works (2^256 of them cannot be guessed anyway);
    // unknown ones cost the address a try like a wrong room code.
    const result = door.requests.resumeParticipant(resumeToken);
    if (!result.ok && result.error.code === 'UNKNOWN_TOKEN' && !door.guesses.missed(this.address)) {
      return TOO_MANY_TRIES;
    }
    if (!result.ok) return result;
    door.sockets.bind(socket, {
      sessionId: door.room.live!.id,
      participantId: result.participantId,
    });
    socket.data.language = language;
    return this.joined(result.participantId, resumeToken);
  }

  language({ language }: ParticipantRequest<'language'>) {
    const { door, socket } = this;
    socket.data.language = language;
    const binding = bindingOf(socket);
    // Before joining, the language waits for the join (which carries it too).
    if (!binding || !door.room.live || door.room.live.id !== binding.sessionId) {
      return fail('UNKNOWN_PARTICIPANT', NOT_JOINED);
    }
    return { ok: true as const, view: this.viewOf(binding.participantId) };
  }

  answer({ stepId, answer }: ParticipantRequest<'answer'>) {
    return this.act({ type: 'answer', stepId, answer });
  }

  share({ stepId, share }: ParticipantRequest<'share'>) {
    return this.act({ type: 'share', stepId, share });
  }

  pause({ on }: ParticipantRequest<'pause'>) {
    return this.act({ type: 'pause', on });
  }

  async takeaway(request: ParticipantRequest<'takeaway'>) {
    const { door, address } = this;
    // An unknown token costs a try, like one sent to resume.
    if (!door.guesses.mayTry(address)) return TOO_MANY_TRIES;
    const reply = await door.takeaway(request);
    if (!reply.ok && reply.error.code === 'NOT_FOUND') door.guesses.missed(address);
    return reply;
  }

  private viewOf(participantId: string) {
    const { door } = this;
    return buildParticipantView(
      door.room.live!.committed,
      participantId,
      door.now(),
      this.socket.data.language,
    );
  }

  private joined(participantId: string, resumeToken: string): Reply<JoinResult> {
    return { ok: true, resumeToken, view: this.viewOf(participantId) };
  }

  /** A request of someone already in the room, as the session action it stands for. */
  private async act(action: ParticipantRequestAction): Promise<Reply> {
    const binding = bindingOf(this.socket);
    if (!binding) return fail('UNKNOWN_PARTICIPANT', NOT_JOINED);
    const result = await this.door.requests.participantAction(
      binding.sessionId,
      binding.participantId,
      action,
      // The phone patches its own view from the reply: only its other tabs need a new one.
      this.socket.id,
    );
    return result.ok ? { ok: true } : result;
  }
}

/** Only a wrong code in an open session is a guess; everything else costs no try. */
function isWrongCode(room: LiveRoom, roomCode: string): boolean {
  const live = room.live;
  return live !== undefined && !sameSecret(roomCode, live.current.roomCode);
}

/**
 * The phone's side of the protocol: join, resume, answer, share, pause, takeaway. Nothing else,
 * and all of it sealed (sealed-door.ts): handlers below only ever see opened requests.
 */
export function serveParticipantNamespace(
  nsp: ParticipantNamespace,
  options: ParticipantNamespaceOptions,
) {
  const { room, log } = options;
  const door: Door = {
    room,
    requests: options.requests,
    sockets: options.sockets,
    now: options.now,
    takeaway: options.takeaway,
    guesses: new GuessLimiter(options.guessLimit ?? DEFAULT_GUESS_LIMIT, (address, refused) =>
      log.warn(
        `Too many wrong room codes or resume tokens from ${address}: refused ${refused} ` +
          `${refused === 1 ? 'try' : 'tries'} (summed up once a minute).`,
      ),
    ),
    joins: new GuessLimiter(options.joinLimit ?? DEFAULT_JOIN_LIMIT, (address, refused) =>
      log.warn(
        `Too many new participants from ${address}: refused ${refused} ` +
          `${refused === 1 ? 'join' : 'joins'} (summed up once a minute).`,
      ),
    ),
  };
  const sealKey = () => room.sealKey;
  // socket.io calls a listener with the socket as `this`: one function serves every phone.
  function unbind(this: ParticipantSocket) {
    door.sockets.unbind(this);
  }

  nsp.on('connection', (socket) => {
    const address = remoteAddressKey(socket.handshake.address);
    const gate = new RequestGate(new TokenBucket(options.burst, options.perSecond), {
      ...DEFAULT_DROP,
      close: (refusals, seconds) => {
        log.warn(
          `Closed a connection from ${address} after ${refusals} "too many requests" answers ` +
            `in ${seconds.toFixed(1)} s; a real phone reconnects by itself.`,
        );
        // Closing the transport (not a namespace disconnect) lets a real phone reconnect and resume.
        socket.conn.close();
      },
    });
    const peer = new SealedPeer(socket, sealKey, gate, log, address);
    socket.on('disconnect', unbind);
    const limits: RequestLimits = { gate, maxPayloadChars: options.maxPayloadChars };
    serveRequests(
      peer,
      participantRequestSchemas,
      new PhoneRequests(door, socket, address),
      limits,
      log,
    );
  });
}
