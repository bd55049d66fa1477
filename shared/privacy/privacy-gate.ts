import { aggregateStep } from '../aggregate/aggregate-step.js';
import type { ExportAggregate } from '../aggregate/aggregate-types.js';
import { exportAggregate } from '../aggregate/export-aggregate.js';
import type { SessionState } from '../session/session-types.js';
import type { ExerciseStep } from '../template/step-schema.js';
import { AUDIENCE_RULE, type Audience } from './audience.js';

/** The smallest k_live the settings allow (DESIGN.md §4.4). */
const MIN_K_LIVE = 2;

function revealed(state: SessionState, step: ExerciseStep): boolean {
  return state.phases[step.id] === 'revealed';
}

/** With names on, a console showing a split that moves with each tap lets a counselor match them. */
function liveWaitsForClose(state: SessionState, step: ExerciseStep): boolean {
  const phase = state.phases[step.id] ?? 'pending';
  return state.settings.namesEnabled && (phase === 'open' || phase === 'pending');
}

/**
 * The one place that decides what an aggregate may show to whom (DESIGN.md §4.8). Returns
 * null when the audience sees nothing of the step at all (the room before reveal).
 *
 * - phone, projector: after reveal only, from k_live respondents (and never fewer than 3, as
 *   two people would each read the other's answer), coarsened as rule 5 does so that no count
 *   of 1 or 2 can be read or derived there either.
 * - console: the answer count is always there (see the console view); the distribution only
 *   once k_live people answered, so a counselor cannot match a tap to a moving bar; with names
 *   on, only once responses are closed, since the counselor then sees who is in the room.
 * - takeaway, report, CSV: rule 5: withheld below k_export, otherwise coarsened so that no count
 *   of 1 or 2 can be read or derived. The takeaway speaks only of steps the room was shown.
 * Worksheets come back as { kind: 'private' } everywhere.
 */
export function gateAggregate(
  step: ExerciseStep,
  state: SessionState,
  audience: Audience,
): ExportAggregate | null {
  const kLive = Math.max(state.settings.kLive, MIN_K_LIVE);
  const rule = AUDIENCE_RULE[audience];
  switch (rule) {
    case 'room':
      if (!revealed(state, step)) return null;
      // The report's coarsening with the room's threshold: in a group of 6 a bar of 1 on the
      // projector points at someone as surely as one in print (issue 13).
      return exportAggregate(step, state, kLive);
    case 'live': {
      const aggregate = aggregateStep(step, state, { purpose: 'live', k: kLive });
      if (aggregate.kind === 'private' || !liveWaitsForClose(state, step)) {
        return { aggregate, smallCellMethod: null };
      }
      const { respondents } = aggregate;
      return {
        aggregate: { kind: 'suppressed', respondents, k: kLive, until: 'closed' },
        smallCellMethod: null,
      };
    }
    case 'export':
      if (audience === 'takeaway' && !revealed(state, step)) return null;
      return exportAggregate(step, state, state.settings.kExport);
  }
}
