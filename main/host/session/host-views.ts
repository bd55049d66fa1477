import { buildConsoleView, buildProjectorView } from '../../../shared/protocol/build-views.js';
import type { ConsoleLiveView, ProjectorView } from '../../../shared/protocol/views.js';
import type { SessionState } from '../../../shared/session/session-types.js';
import { TAKEAWAY_KEEP_MS } from './kept-takeaways.js';
import type { LiveRoom } from './live-room.js';
import type { SessionParts } from './session-parts.js';

/** What the console's and projector's views are built from. */
export type ViewSources = Pick<SessionParts, 'room' | 'takeaways' | 'warnings'>;

export function consoleViewOf(sources: ViewSources, now: number): ConsoleLiveView | null {
  const { room, takeaways, warnings } = sources;
  const live = room.live;
  if (!live) return null;
  const view = buildConsoleView(live.committed, live.joinUrl, now);
  if (view.status === 'ended') {
    view.takeaways = {
      fetched: takeaways.takeawaysFetchedCount(live.id),
      keepHours: TAKEAWAY_KEEP_MS / 3_600_000,
    };
  }
  view.projector = room.presentation.viewFor(screenKeyOf(live.committed));
  const surge = room.joinSurge();
  if (surge) view.joinSurge = surge;
  const recent = warnings.recent;
  return recent.length > 0 ? { ...view, warnings: [...recent] } : view;
}

export function projectorViewOf(room: LiveRoom, now: number): ProjectorView | null {
  const live = room.live;
  if (!live) return null;
  const view = buildProjectorView(live.committed, live.joinUrl, now);
  view.presentation = room.presentation.viewFor(screenKeyOf(live.committed));
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
