import { buildConsoleView, buildProjectorView } from '../../../shared/protocol/build-views.js';
import type { ConsoleView, ProjectorView } from '../../../shared/protocol/views.js';
import type { SessionState } from '../../../shared/session/session-types.js';
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
  view.projector = manager.presentation.viewFor(screenKeyOf(live.committed));
  const surge = manager.joinSurge();
  if (surge) view.joinSurge = surge;
  return manager.warnings.length > 0 ? { ...view, warnings: [...manager.warnings] } : view;
}

export function projectorViewOf(manager: SessionManager, now: number): ProjectorView | null {
  const live = manager.live;
  if (!live) return null;
  const view = buildProjectorView(live.committed, live.joinUrl, now);
  view.presentation = manager.presentation.viewFor(screenKeyOf(live.committed));
  return view;
}

/**
 * Names what the projector shows, so a page count is about one screen: a new step or phase
 * starts at its first page. Within a screen (approved texts arriving after a reveal) the
 * projector simply reports its new count.
 */
export function screenKeyOf(state: SessionState): string {
  const step = state.template.steps[state.currentStep];
  const phase = step ? (state.phases[step.id] ?? 'pending') : 'none';
  return `${state.status}:${state.currentStep}:${phase}`;
}
