import { buildConsoleView, buildProjectorView } from '../../../shared/protocol/build-views.js';
import type { ConsoleView, ProjectorView } from '../../../shared/protocol/views.js';
import { TAKEAWAY_KEEP_MS } from './kept-takeaways.js';
import type { SessionManager } from './session-manager.js';

export function consoleViewOf(manager: SessionManager, now: number): ConsoleView | null {
  const live = manager.live;
  if (!live) return null;
  const view = buildConsoleView(live.committed, live.joinUrl, now);
  if (view.status === 'ended') {
    view.takeaways = {
      fetched: manager.takeawaysFetchedCount(live.id),
      keepHours: TAKEAWAY_KEEP_MS / 3_600_000,
    };
  }
  const surge = manager.joinSurge();
  if (surge) view.joinSurge = surge;
  return manager.warnings.length > 0 ? { ...view, warnings: [...manager.warnings] } : view;
}

export function projectorViewOf(manager: SessionManager, now: number): ProjectorView | null {
  const live = manager.live;
  return live ? buildProjectorView(live.committed, live.joinUrl, now) : null;
}
