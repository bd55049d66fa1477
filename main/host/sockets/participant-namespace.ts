import { buildParticipantView } from '../../../shared/protocol/build-views.js';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import {
  participantRequestSchemas,
  type JoinResult,
  type ParticipantReplies,
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
import type { ParticipantNamespace } from './door-types.js';
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

/**
 * The phone's side of the protocol: join, resume, answer, share, pause, takeaway. Nothing else,
 * and all of it sealed (sealed-door.ts): handlers below only ever see opened requests.
 */
export function serveParticipantNamespace(
  nsp: ParticipantNamespace,
  options: ParticipantNamespaceOptions,
) {
  const { room, requests, sockets, log, now } = options;
  const guesses = new GuessLimiter(options.guessLimit ?? DEFAULT_GUESS_LIMIT, (address, refused) =>
    log.warn(
      `Too many wrong room codes or resume tokens from ${address}: refused ${refused} ` +
        `${refused === 1 ? 'try' : 'tries'} (summed up once a minute).`,
    ),
  );
  const joins = new GuessLimiter(options.joinLimit ?? DEFAULT_JOIN_LIMIT, (address, refused) =>
    log.warn(
      `Too many new participants from ${address}: refused ${refused} ` +
        `${refused === 1 ? 'join' : 'joins'} (summed up once a minute).`,
    ),
  );
  /** Only a wrong code in an open session is a guess; everything else costs no try. */
  const isWrongCode = (roomCode: string) => {
    const live = room.live;
    return live !== undefined && !sameSecret(roomCode, live.current.roomCode);
  };

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
    const peer = new SealedPeer(socket, () => room.sealKey, gate, log, address);
    socket.on('disconnect', () => sockets.unbind(socket));

    const viewOf = (participantId: string) =>
      buildParticipantView(room.live!.committed, participantId, now(), socket.data.language);
    const joined = (participantId: string, resumeToken: string): Reply<JoinResult> => ({
      ok: true,
      resumeToken,
      view: viewOf(participantId),
    });

    /** A request of someone already in the room, as the session action it stands for. */
    const act =
      <T>(toAction: (payload: T) => ParticipantRequestAction) =>
      async (payload: T): Promise<Reply> => {
        const binding = bindingOf(socket);
        if (!binding) return fail('UNKNOWN_PARTICIPANT', NOT_JOINED);
        const result = await requests.participantAction(
          binding.sessionId,
          binding.participantId,
          toAction(payload),
          // The phone patches its own view from the reply: only its other tabs need a new one.
          socket.id,
        );
        return result.ok ? { ok: true } : result;
      };

    let joining = false;
    const handlers: RequestHandlers<typeof participantRequestSchemas, ParticipantReplies> = {
      join: async ({ roomCode, nickname, language }) => {
        // One seat per connection: a script must open a connection per fake participant.
        // `joining` covers joins sent together, before the first one's binding exists.
        if (joining || bindingOf(socket)) return ALREADY_JOINED;
        // A limited address's tries are not checked at all, or a lucky guess would still get in.
        if (!guesses.mayTry(address)) return TOO_MANY_TRIES;
        if (isWrongCode(roomCode)) guesses.missed(address);
        // Taken before the await, or a thousand joins sent at once would all pass the check.
        if (!joins.take(address)) return TOO_MANY_JOINS;
        joining = true;
        const result = await requests.join(roomCode, nickname, socket.id).finally(() => {
          joining = false;
        });
        if (!result.ok) return result;
        const live = room.live;
        if (!live) return fail('NO_SESSION', 'The session was closed.');
        sockets.bind(socket, { sessionId: live.id, participantId: result.participantId });
        socket.data.language = language;
        return joined(result.participantId, result.resumeToken);
      },
      resume: ({ resumeToken, language }) => {
        // Checked first: a real token always works (2^256 of them cannot be guessed anyway);
        // unknown ones cost the address a try like a wrong room code.
        const result = requests.resumeParticipant(resumeToken);
        if (!result.ok && result.error.code === 'UNKNOWN_TOKEN' && !guesses.missed(address)) {
          return TOO_MANY_TRIES;
        }
        if (!result.ok) return result;
        sockets.bind(socket, { sessionId: room.live!.id, participantId: result.participantId });
        socket.data.language = language;
        return joined(result.participantId, resumeToken);
      },
      language: ({ language }) => {
        socket.data.language = language;
        const binding = bindingOf(socket);
        // Before joining, the language waits for the join (which carries it too).
        if (!binding || !room.live || room.live.id !== binding.sessionId) {
          return fail('UNKNOWN_PARTICIPANT', NOT_JOINED);
        }
        return { ok: true, view: viewOf(binding.participantId) };
      },
      answer: act(({ stepId, answer }) => ({ type: 'answer', stepId, answer })),
      share: act(({ stepId, share }) => ({ type: 'share', stepId, share })),
      pause: act(({ on }) => ({ type: 'pause', on })),
      takeaway: async (request) => {
        // An unknown token costs a try, like one sent to resume.
        if (!guesses.mayTry(address)) return TOO_MANY_TRIES;
        const reply = await options.takeaway(request);
        if (!reply.ok && reply.error.code === 'NOT_FOUND') guesses.missed(address);
        return reply;
      },
    };
    const limits: RequestLimits = { gate, maxPayloadChars: options.maxPayloadChars };
    serveRequests(peer, participantRequestSchemas, handlers, limits, log);
  });
}
