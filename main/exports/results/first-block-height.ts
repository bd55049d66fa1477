import type { StepAggregate } from '../../../shared/aggregate/aggregate-types.js';

/** Room for the start of a chart, so a heading above it never ends a page on its own. */
export function firstBlockHeight(aggregate: StepAggregate): number {
  switch (aggregate.kind) {
    case 'slider':
      return 200;
    case 'scale':
      return 130;
    case 'rank':
      // The rank plot stays in one piece: caption, axis labels and a row per item.
      return Math.min(40 + aggregate.items.length * 25, 420);
    case 'choice':
      // Bar charts this short move whole (see KEEP_WHOLE_HEIGHT): keep the title with them.
      return Math.min(24 + aggregate.counts.length * 30, 380);
    case 'suppressed':
    case 'private':
      return 30;
    default:
      return 90;
  }
}
