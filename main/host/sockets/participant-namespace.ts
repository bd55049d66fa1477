import type { Namespace, Socket } from 'socket.io';
import { buildParticipantView } from '../../../shared/protocol/build-views.js';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import {
  participantRequestSchemas,
  type JoinResult,
} from '../../../shared/protocol/participant-events.js';
import type { Answer } from '../../../shared/session/answer-schema.js';
import type { Logger } from '../logger.js';
import type { ParticipantRequestAction, SessionManager } from '../session/session-manager.js';
import { bindingOf, ParticipantSockets } from './participant-sockets.js';
import { onRequest, type RequestLimits } from './request-handler.js';
import { TokenBucket } from './token-bucket.js';

export interface ParticipantNamespaceOptions {
  manager: SessionManager;
  sockets: ParticipantSockets;
  log: Logger;
  now: () => number;
  /** Requests a phone may send at once, and per second after that. */
  burst: number;
  perSecond: number;
  maxPayloadChars: number;
}

const NOT_JOINED = 'This phone has not joined the session yet. Enter the room code first.';

/** The phone's side of the protocol: join, resume, answer, share, pause. Nothing else. */
export function serveParticipantNamespace(nsp: Namespace, options: ParticipantNamespaceOptions) {
  const { manager, sockets, log, now } = options;

  nsp.on('connection', (socket: Socket) => {
    const limits: RequestLimits = {
      bucket: new TokenBucket(options.burst, options.perSecond),
      maxPayloadChars: options.maxPayloadChars,
    };
    // A recovered connection keeps its binding, but only if it still belongs to the open session.
    const recovered = bindingOf(socket);
    if (recovered) {
      delete socket.data.binding;
      const live = manager.live;
      if (
        live &&
        live.id === recovered.sessionId &&
        live.committed.participants[recovered.participantId]
      ) {
        sockets.bind(socket, recovered);
      }
    }
    socket.on('disconnect', () => sockets.unbind(socket));

    const joined = (participantId: string): Reply<JoinResult> & { ok: true } => {
      const live = manager.live!;
      return {
        ok: true,
        resumeToken: '',
        view: buildParticipantView(live.committed, participantId, now()),
      };
    };

    onRequest(socket, 'join', participantRequestSchemas.join, limits, log, async (payload) => {
      const result = await manager.join(payload.roomCode, payload.nickname);
      if (!result.ok) return result;
      const live = manager.live;
      if (!live) return fail('NO_SESSION', 'The session was closed.');
      sockets.bind(socket, { sessionId: live.id, participantId: result.participantId });
      return { ...joined(result.participantId), resumeToken: result.resumeToken };
    });

    onRequest(socket, 'resume', participantRequestSchemas.resume, limits, log, (payload) => {
      const result = manager.resumeParticipant(payload.resumeToken);
      if (!result.ok) return result;
      sockets.bind(socket, { sessionId: manager.live!.id, participantId: result.participantId });
      return { ...joined(result.participantId), resumeToken: payload.resumeToken };
    });

    const act =
      <T extends object>(toAction: (payload: T) => ParticipantRequestAction) =>
      async (payload: T): Promise<Reply<object>> => {
        const binding = bindingOf(socket);
        if (!binding) return fail('UNKNOWN_PARTICIPANT', NOT_JOINED);
        const result = await manager.participantAction(
          binding.sessionId,
          binding.participantId,
          toAction(payload),
        );
        return result.ok ? { ok: true } : result;
      };

    onRequest(
      socket,
      'answer',
      participantRequestSchemas.answer,
      limits,
      log,
      act((p: { stepId: string; answer: Answer }) => ({
        type: 'answer',
        stepId: p.stepId,
        answer: p.answer,
      })),
    );
    onRequest(
      socket,
      'share',
      participantRequestSchemas.share,
      limits,
      log,
      act((p: { stepId: string; share: boolean }) => ({
        type: 'share',
        stepId: p.stepId,
        share: p.share,
      })),
    );
    onRequest(
      socket,
      'pause',
      participantRequestSchemas.pause,
      limits,
      log,
      act((p: { on: boolean }) => ({ type: 'pause', on: p.on })),
    );
  });
}
