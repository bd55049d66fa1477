import type { ConsoleLiveView, ConsoleView, SessionTemplate } from './views.js';

/**
 * The view the console's pages read, or null when the workshop at hand is another session's:
 * a view is never shown with a workshop it was not built from.
 */
export function withSessionTemplate(
  live: ConsoleLiveView,
  sent: SessionTemplate | null | undefined,
): ConsoleView | null {
  if (!sent || sent.sessionId !== live.sessionId) return null;
  return { ...live, template: sent.template };
}
