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
      return Math.min(60 + aggregate.items.length * 26, 420);
    case 'suppressed':
    case 'private':
      return 30;
    default:
      return 90;
  }
}
