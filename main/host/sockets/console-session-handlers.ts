import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { ConsoleLiveView } from '../../../shared/protocol/views.js';
import { exportPreview } from '../../../shared/privacy/export-preview.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import { listLanAddresses, pickJoinAddress } from '../network/lan-addresses.js';
import { checkNetwork } from '../network/network-check.js';
import { screenKeyOf } from '../session/host-views.js';
import type { SessionParts } from '../session/session-parts.js';
import type { SessionHandlers } from './console-handler-table.js';

export interface SessionHandlerDeps {
  sessions: SessionParts;
  settings: SettingsStore;
  participantPort: () => number;
  /** The reply of a request that changed the session: its view now. */
  consoleView: () => Reply<{ view: ConsoleLiveView }>;
}

/** Settings, the network check, the session and its history, and the projector's controls. */
export function sessionHandlers(deps: SessionHandlerDeps): SessionHandlers {
  const { sessions, settings, consoleView } = deps;
  const { room, opener, consoleActions, archive } = sessions;
  return {
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
        ...(await checkNetwork(interfaces, deps.participantPort(), joinAddress)),
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
}
