import { buildConsoleView, buildProjectorView } from '../../../shared/protocol/build-views.js';
import type { ConsoleView, ProjectorView } from '../../../shared/protocol/views.js';
import type { SessionManager } from './session-manager.js';

export function consoleViewOf(manager: SessionManager, now: number): ConsoleView | null {
  const live = manager.live;
  if (!live) return null;
  const view = buildConsoleView(live.committed, live.joinUrl, now);
  return manager.warnings.length > 0 ? { ...view, warnings: [...manager.warnings] } : view;
}

export function projectorViewOf(manager: SessionManager, now: number): ProjectorView | null {
  const live = manager.live;
  return live ? buildProjectorView(live.committed, live.joinUrl, now) : null;
}
