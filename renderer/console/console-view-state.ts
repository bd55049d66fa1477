import type { ConsoleLiveView, ConsoleView, SessionTemplate } from '../../shared/protocol/views.js';
import { withSessionTemplate } from '../../shared/protocol/with-session-template.js';

/** The console's session as it arrives: the workshop once, the views that change as it runs. */
export interface ConsoleViewState {
  template: SessionTemplate | null;
  /** The newest view the host sent (a reply's or a push), null when no session is open. */
  latest: ConsoleLiveView | null;
  /** What the pages show: the newest view that has its own session's workshop. */
  view: ConsoleView | null;
}

export type ConsoleViewEvent =
  { type: 'template'; sent: SessionTemplate } | { type: 'view'; live: ConsoleLiveView | null };

export const NO_CONSOLE_VIEW: ConsoleViewState = { template: null, latest: null, view: null };

/**
 * The host sends a session's workshop before any view of it, so a view waits for its workshop
 * only if that order were ever broken: the page then keeps showing the view before it (with
 * the workshop it was built from), never a view with another session's workshop.
 */
export function reduceConsoleView(
  state: ConsoleViewState,
  event: ConsoleViewEvent,
): ConsoleViewState {
  const template = event.type === 'template' ? event.sent : state.template;
  const latest = event.type === 'view' ? event.live : state.latest;
  const view = latest && (withSessionTemplate(latest, template) ?? state.view);
  return { template, latest, view };
}
