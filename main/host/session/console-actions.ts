import type { ConsoleAction } from '../../../shared/protocol/console-events.js';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { SessionAction, SessionState } from '../../../shared/session/session-types.js';
import type { CountdownClose } from './countdown-close.js';
import type { LiveRoom } from './live-room.js';
import type { LiveSession } from './live-session.js';

/** The counselor's actions on the open session: steps, phases, timer, removals, surge warnings. */
export class ConsoleActions {
  constructor(
    private readonly room: LiveRoom,
    private readonly countdown: CountdownClose,
    private readonly now: () => number,
  ) {}

  async consoleAction(action: ConsoleAction): Promise<Reply<{ state: SessionState }>> {
    const live = this.room.live;
    if (!live) return fail('NO_SESSION', 'No session is open.');
    if (action.type === 'dismissSurge') {
      if (!this.room.surges.dismiss(action.surgeId)) {
        return fail('NOT_FOUND', 'That warning is gone.');
      }
      this.room.onChange({ scope: 'console' });
      return { ok: true, state: live.committed };
    }
    if (action.type === 'removeSurge' || action.type === 'removeUnanswered') {
      const participantIds = this.removalTargets(live, action);
      if (!participantIds) return fail('NOT_FOUND', 'That warning is gone.');
      const applied = await live.apply({ type: 'removeMany', participantIds });
      if (!applied.ok) return applied;
      // Whoever of the burst is left has answered: the warning has done its job.
      if (action.type === 'removeUnanswered' && action.surgeId) {
        this.room.surges.dismiss(action.surgeId);
      }
      this.room.onChange({ scope: 'room' });
      return applied;
    }
    const now = this.now();
    const sessionAction: SessionAction =
      action.type === 'end'
        ? { type: 'end', now }
        : action.type === 'timer'
          ? { ...action, now }
          : action;
    const applied = await live.apply(sessionAction);
    if (applied.ok) this.room.onChange({ scope: 'room' });
    this.countdown.watchTimer();
    return applied;
  }

  /** Who a bulk removal takes, resolved here: the console never learns who answered. */
  private removalTargets(
    live: LiveSession,
    action: Extract<ConsoleAction, { type: 'removeSurge' | 'removeUnanswered' }>,
  ): string[] | undefined {
    const { participants } = live.current;
    if (action.type === 'removeUnanswered') {
      return Object.values(participants)
        .filter((p) => !p.removed && Object.keys(p.answers).length === 0)
        .map((p) => p.id);
    }
    const surge = this.room.surges.find(action.surgeId);
    return surge?.participantIds.filter((id) => participants[id]?.removed === false);
  }
}
