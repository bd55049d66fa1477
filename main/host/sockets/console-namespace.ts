import {
  consoleRequestSchemas,
  projectorRequestSchemas,
  type ConsoleReplies,
  type ProjectorReplies,
} from '../../../shared/protocol/console-events.js';
import { exportPreview } from '../../../shared/privacy/export-preview.js';
import { fail } from '../../../shared/protocol/errors.js';
import type { RequestHandlers } from '../../../shared/protocol/request-events.js';
import type { TemplateFileError } from '../../../shared/protocol/views.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import { checkEditedWorkshop } from '../../templates/check-edited-workshop.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import type { WorkshopDrafts } from '../../templates/workshop-drafts.js';
import type { Logger } from '../logger.js';
import { listLanAddresses, pickJoinAddress } from '../network/lan-addresses.js';
import { checkNetwork } from '../network/network-check.js';
import { sameSecret } from '../session/ids.js';
import { consoleViewOf, projectorViewOf, screenKeyOf } from '../session/host-views.js';
import type { SessionParts } from '../session/session-parts.js';
import { CONSOLE_ROOM, PROJECTOR_ROOM } from './console-rooms.js';
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

function describeTemplateErrors(errors: TemplateFileError[]): string {
  const lines = errors.slice(0, 5).map((e) => {
    const where = [e.fileName, e.line !== null ? `line ${e.line}` : '', e.field]
      .filter(Boolean)
      .join(', ');
    return `${where}: ${e.message}`;
  });
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return `This workshop file has problems. ${lines.join('; ')}${more}`;
}

/** The counselor's door: token required, then every console request of the protocol. */
export function serveConsoleNamespace(nsp: ConsoleNamespace, options: ConsoleNamespaceOptions) {
  const { sessions, library, drafts, settings, log, now } = options;
  const { room, opener, consoleActions, archive, warnings } = sessions;

  nsp.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { token?: unknown; role?: unknown };
    const token = typeof auth.token === 'string' ? auth.token : '';
    if (sameSecret(token, options.projectorToken)) {
      socket.data.role = 'projector';
      next();
      return;
    }
    if (!sameSecret(token, options.token)) {
      next(
        new Error('UNKNOWN_TOKEN: the console link is not valid; open the link the app printed'),
      );
      return;
    }
    socket.data.role = auth.role === 'projector' ? 'projector' : 'console';
    next();
  });

  /** A reply's view: its workshop reaches every console first (this one included). */
  const consoleView = () => {
    const live = room.live;
    if (!live) return fail('NO_SESSION', 'No session is open.');
    sendTemplatesToConsoles(nsp, live);
    return { ok: true as const, view: consoleViewOf(sessions, now())! };
  };

  const handlers: RequestHandlers<typeof consoleRequestSchemas, ConsoleReplies> = {
    'library:list': () => ({ ok: true, ...library.list() }),
    'library:get': ({ templateId }) => {
      const template = library.get(templateId);
      return template
        ? { ok: true, template }
        : fail('NOT_FOUND', `There is no workshop "${templateId}".`);
    },
    'library:duplicate': ({ templateId }) => {
      if (!library.get(templateId))
        return fail('NOT_FOUND', `There is no workshop "${templateId}".`);
      return { ok: true, templateId: library.duplicate(templateId) };
    },
    'library:import': ({ fileName, content }) => {
      const result = library.importFile(fileName, content);
      return result.ok
        ? { ok: true, templateId: result.templateId }
        : fail('INVALID_TEMPLATE', describeTemplateErrors(result.errors), result.reason);
    },
    'library:export': ({ templateId }) => {
      const file = library.exportFile(templateId);
      return file
        ? { ok: true, ...file }
        : fail('NOT_FOUND', `There is no workshop "${templateId}".`);
    },
    'library:delete': ({ templateId }) =>
      library.remove(templateId)
        ? { ok: true }
        : fail('NOT_FOUND', 'Only your own workshops can be deleted, and this one was not found.'),
    'library:create': () => {
      // Not a file until its first save: kept as a draft, which the editor opens.
      const reserved = new Set(drafts.list().map((d) => d.templateId));
      // Written in the counselor's language, which is then the workshop's own.
      const { templateId, workshop } = library.create(reserved, settings.get().interfaceLanguage);
      const kept = drafts.put({ templateId, savedAt: now(), workshop });
      return kept.ok
        ? { ok: true, templateId }
        : fail('STORAGE_UNAVAILABLE', kept.message, kept.reason);
    },
    'library:save': ({ templateId, workshop }) => {
      // The open session keeps the version it started with; the file must not move under it.
      if (room.live?.committed.template.id === templateId) {
        return fail(
          'WORKSHOP_IN_USE',
          'This workshop is running in the open session. Close the session, then save your changes (they are kept as a draft).',
        );
      }
      const checked = checkEditedWorkshop(templateId, workshop);
      if (!checked.ok) return { ok: true, saved: false, errors: checked.errors };
      const saved = library.save(templateId, checked.workshop);
      if (!saved.ok) return { ok: true, saved: false, errors: saved.errors };
      drafts.discard(templateId);
      return { ok: true, saved: true, errors: [] };
    },
    'library:exportBundle': ({ templateId }) => {
      const file = library.exportBundle(templateId);
      return file
        ? { ok: true, ...file }
        : fail('NOT_FOUND', `There is no workshop "${templateId}".`);
    },
    'library:importBundle': ({ fileName, content }) => {
      const result = library.importBundle(fileName, content);
      return result.ok
        ? { ok: true, templateId: result.templateId }
        : fail('INVALID_TEMPLATE', describeTemplateErrors(result.errors), result.reason);
    },
    'library:image:put': ({ templateId, stepId, data }) => {
      const stored = library.putStepImage(templateId, stepId, Buffer.from(data, 'base64'));
      return stored.ok
        ? { ok: true, image: stored.image }
        : fail('INVALID_TEMPLATE', stored.message, stored.reason);
    },
    'library:draft:put': ({ templateId, workshop }) => {
      const kept = drafts.put({ templateId, savedAt: now(), workshop });
      return kept.ok ? { ok: true } : fail('STORAGE_UNAVAILABLE', kept.message, kept.reason);
    },
    'library:draft:get': ({ templateId }) => {
      const draft = drafts.get(templateId);
      return {
        ok: true,
        draft: draft ? { savedAt: draft.savedAt, workshop: draft.workshop } : null,
      };
    },
    'library:draft:discard': ({ templateId }) => {
      drafts.discard(templateId);
      return { ok: true };
    },
    'library:draft:unsavedNew': () => ({
      ok: true,
      drafts: drafts
        .list()
        .filter((d) => !library.get(d.templateId))
        .map((d) => {
          const title = (drafts.get(d.templateId)?.workshop as { title?: unknown } | null)?.title;
          return { ...d, title: typeof title === 'string' ? title.slice(0, 120) : '' };
        }),
    }),
    'settings:get': () => ({ ok: true, settings: settings.get() }),
    'settings:set': async (patch) => {
      const before = settings.get();
      const next = settings.set(patch);
      if (next.joinAddress !== before.joinAddress) room.refreshJoinUrl();
      if (next.retentionDays < before.retentionDays) await archive.sweepRetention();
      return { ok: true, settings: next };
    },
    'network:check': async () => {
      const interfaces = listLanAddresses();
      const joinAddress = pickJoinAddress(settings.get().joinAddress, interfaces);
      return {
        ok: true,
        ...(await checkNetwork(interfaces, options.participantPort(), joinAddress)),
      };
    },
    'session:create': async ({ templateId, settings: sessionSettings, joinAddress }) => {
      const created = await opener.create(templateId, sessionSettings, joinAddress);
      return created.ok ? consoleView() : created;
    },
    'session:resume': async ({ sessionId }) => {
      const resumed = await opener.resume(sessionId);
      return resumed.ok ? consoleView() : resumed;
    },
    'session:action': async ({ action }) => {
      const applied = await consoleActions.consoleAction(action);
      return applied.ok ? consoleView() : applied;
    },
    'session:close': async () => {
      await room.close();
      return { ok: true };
    },
    'history:list': async () => ({ ok: true, ...(await archive.history()) }),
    'history:delete': ({ sessionId }) => archive.deleteSession(sessionId),
    'history:preview': async ({ sessionId }) => {
      const session = await archive.loadSession(sessionId);
      if (!session)
        return fail('NOT_FOUND', 'There is no such session (it may have been deleted).');
      return { ok: true, items: exportPreview(session) };
    },
    'projector:show': ({ blank, page }) => {
      const live = room.live;
      if (!live) return fail('NO_SESSION', 'No session is open.');
      if (blank !== undefined) room.presentation.setBlank(blank);
      if (page !== undefined) room.presentation.setPage(screenKeyOf(live.committed), page);
      room.onChange({ scope: 'console' });
      return consoleView();
    },
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
