import type { SortAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { drawSortSpread } from './sort-spread.js';

/**
 * A sort in print is how the group spread each item, never a share "correct": a quiz score has no
 * place in a group that promises none. A keyed sort names what the workshop teaches on its own line.
 */
export function drawSortResults(flow: Flow, step: StepOf<'sort'>, aggregate: SortAggregate): void {
  drawSortSpread(flow, step, aggregate);
}
