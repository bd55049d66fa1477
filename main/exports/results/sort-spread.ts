import type { Count, SortAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';

/** A cell in words: its category, "Left out", or "Other answers combined" for merged small cells. */
function cellLabel(step: StepOf<'sort'>, cell: Count): string {
  if (cell.members && cell.members.length > 1) return 'Other answers combined';
  if (cell.key === 'unplaced') return 'Left out';
  return step.categories.find((c) => c.id === cell.key)?.label ?? 'Other answers combined';
}

/**
 * An opinion sort: where the group placed each item (merged small cells stay merged), then each
 * item's note offered as a thought. Nothing says where an item belongs.
 */
export function drawSortSpread(flow: Flow, step: StepOf<'sort'>, aggregate: SortAggregate): void {
  const { numbers } = flow.frame;
  flow.muted('Where people placed each one. There is no right answer.');
  for (const item of aggregate.items) {
    const stepItem = step.items.find((i) => i.id === item.itemId);
    if (!stepItem) continue;
    const spread = item.counts
      .filter((cell) => cell.count > 0)
      .map(
        (cell) =>
          `${cellLabel(step, cell)} ${numbers.percent(cell.count / Math.max(item.placed, 1))}`,
      );
    flow.text(stepItem.label, { bold: true, size: 11.5, gapAfter: 1 });
    flow.text(spread.join(' · ') || 'No placements to show.', { size: 11, gapAfter: 2 });
    flow.text(stepItem.explanation, { size: 11, color: '#444444', gapAfter: 6 });
  }
}
