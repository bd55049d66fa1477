import type { SessionState } from '../session/session-types.js';

/**
 * How many people in the room answered a step, as every surface shows it. A pass counts as no
 * answer (DESIGN.md §4.6): were it counted here, "answered" minus a chart's respondents would
 * tell how many passed. A count, never who.
 */
export function answeredCount(state: SessionState, stepId: string): number {
  let count = 0;
  for (const participant of Object.values(state.participants)) {
    if (participant.removed) continue;
    const answer = participant.answers[stepId]?.answer;
    if (answer && answer.kind !== 'pass') count++;
  }
  return count;
}
