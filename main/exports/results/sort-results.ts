import type { SortAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import { drawBarChart } from '../charts/bar-chart.js';
import type { Flow } from '../layout/flow.js';
import { SPLIT_WITHHELD } from './labels.js';
import { drawSortSpread } from './sort-spread.js';

const MOST_MATCH = 'Most of the group matched the answer key.';

/**
 * Per item: the share of people who sorted it as the answer key does. Where the export merged
 * the key's category with small cells, the share would reveal them, so the row says so instead.
 */
export function drawSortResults(flow: Flow, step: StepOf<'sort'>, aggregate: SortAggregate): void {
  if (step.opinion) {
    drawSortSpread(flow, step, aggregate);
    return;
  }
  const { numbers } = flow.frame;
  const bars = aggregate.items.flatMap((itemAggregate) => {
    const item = step.items.find((i) => i.id === itemAggregate.itemId);
    if (!item) return [];
    const key = step.categories.find((c) => c.id === item.category)?.label ?? item.category;
    const note = `Answer key: ${key}`;
    if (itemAggregate.correctShareWithheld === true) {
      const withheld = itemAggregate.mostMatchKey ? MOST_MATCH : SPLIT_WITHHELD;
      return [{ label: item.label, note, value: 0, display: '', withheld }];
    }
    return [
      {
        label: item.label,
        note,
        value: itemAggregate.correctShare,
        display: numbers.percent(itemAggregate.correctShare),
      },
    ];
  });
  flow.muted('Share of people who placed each item where the answer key puts it.');
  drawBarChart(flow, bars, 1, { labelShare: 0.46 });
}
