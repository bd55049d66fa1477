import type { SortAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import { drawBarChart } from '../charts/bar-chart.js';
import type { Flow } from '../layout/flow.js';
import { cellLabel } from './labels.js';

/** Per item: the share of people who sorted it as the answer key does. */
export function drawSortResults(flow: Flow, step: StepOf<'sort'>, aggregate: SortAggregate): void {
  const bars = aggregate.items.flatMap((itemAggregate) => {
    const item = step.items.find((i) => i.id === itemAggregate.itemId);
    if (!item) return [];
    const key = step.categories.find((c) => c.id === item.category)?.label ?? item.category;
    const withheld = itemAggregate.correctShareWithheld === true;
    const share = Math.round(itemAggregate.correctShare * 100);
    const categoryLabel = (id: string) =>
      id === 'unplaced' ? 'not placed' : (step.categories.find((c) => c.id === id)?.label ?? id);
    // When the share can't be printed, the (already merged, safe) cells still tell the story.
    const cells = itemAggregate.counts
      .filter((cell) => cell.count > 0)
      .map((cell) => `${cellLabel(cell, categoryLabel)} ${cell.count}`)
      .join(' · ');
    return [
      {
        label: item.label,
        note: withheld ? `key: ${key}. Placed: ${cells}` : `key: ${key}`,
        value: withheld ? 0 : share,
        display: withheld ? '–' : `${share}%`,
      },
    ];
  });
  flow.muted('Share of people who placed each item where the answer key puts it.');
  drawBarChart(flow, bars, 100);
  if (aggregate.items.some((i) => i.correctShareWithheld))
    flow.muted(
      '“–”: the share is left out where printing it would reveal how one or two people answered.',
      10,
    );
}
