import {
  consoleRequestSchemas,
  projectorRequestSchemas,
  type ProjectorReplies,
} from '../../../shared/protocol/console-events.js';
import { fail } from '../../../shared/protocol/errors.js';
import type { RequestHandlers } from '../../../shared/protocol/request-events.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import type { WorkshopDrafts } from '../../templates/workshop-drafts.js';
import type { Logger } from '../logger.js';
import { consoleViewOf, projectorViewOf, screenKeyOf } from '../session/host-views.js';
import type { SessionParts } from '../session/session-parts.js';
import { consoleDoorAuth } from './console-door-auth.js';
import type { ConsoleHandlers } from './console-handler-table.js';
import { libraryHandlers } from './console-library-handlers.js';
import { CONSOLE_ROOM, PROJECTOR_ROOM } from './console-rooms.js';
import { sessionHandlers } from './console-session-handlers.js';
import { sendTemplatesToConsoles, sendTemplateTo } from './console-templates.js';
import type { ConsoleNamespace } from './door-types.js';
import { RequestGate } from './request-gate.js';
import { serveRequests, type RequestLimits } from './request-handler.js';
import { TokenBucket } from './token-bucket.js';

export interface ConsoleNamespaceOptions {
  token: string;
  /** Read-only: a socket holding it is a projector whatever role it claims. */
  projectorToken: string;
  sessions: SessionParts;
  library: TemplateLibrary;
  drafts: WorkshopDrafts;
  settings: SettingsStore;
  log: Logger;
  now: () => number;
  participantPort: () => number;
  maxPayloadChars: number;
}

/** The counselor's door: token required, then every console request of the protocol. */
export function serveConsoleNamespace(nsp: ConsoleNamespace, options: ConsoleNamespaceOptions) {
  const { sessions, library, drafts, settings, log, now } = options;
  const { room, warnings } = sessions;

  nsp.use(consoleDoorAuth(options));

  /** A reply's view: its workshop reaches every console first (this one included). */
  const consoleView = () => {
    const live = room.live;
    if (!live) return fail('NO_SESSION', 'No session is open.');
    sendTemplatesToConsoles(nsp, live);
    return { ok: true as const, view: consoleViewOf(sessions, now())! };
  };

  const handlers: ConsoleHandlers = {
    ...libraryHandlers({ library, drafts, settings, room, now }),
    ...sessionHandlers({
      sessions,
      settings,
      participantPort: options.participantPort,
      consoleView,
    }),
  };

  /** The projector only shows; all it may say is how many pages its screen needs. */
  const projectorHandlers: RequestHandlers<typeof projectorRequestSchemas, ProjectorReplies> = {
    'projector:layout': ({ screenKey, pages }) => {
      const live = room.live;
      if (!live) return fail('NO_SESSION', 'No session is open.');
      const current = screenKeyOf(live.committed);
      if (room.presentation.reportPages(current, screenKey, pages)) {
        room.onChange({ scope: 'console' });
      }
      return { ok: true };
    },
  };

  nsp.on('connection', (socket) => {
    // The counselor's own app behind the token: limited, but never disconnected for it.
    const gate = new RequestGate(new TokenBucket(60, 30));
    const limits: RequestLimits = { gate, maxPayloadChars: options.maxPayloadChars };
    if (socket.data.role === 'projector') {
      serveRequests(socket, projectorRequestSchemas, projectorHandlers, limits, log);
      void socket.join(PROJECTOR_ROOM);
      socket.emit('projector:view', projectorViewOf(room, now()));
      return;
    }
    void socket.join(CONSOLE_ROOM);
    sendTemplateTo(socket, room.live);
    socket.emit('console:view', consoleViewOf(sessions, now()));
    socket.emit('host:warnings', [...warnings.recent]);
    serveRequests(socket, consoleRequestSchemas, handlers, limits, log);
  });
}
