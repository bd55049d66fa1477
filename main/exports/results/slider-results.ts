import type { SliderAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import { binColumns, drawColumnChart } from '../charts/column-chart.js';
import type { Flow } from '../layout/flow.js';

export function drawSliderResults(
  flow: Flow,
  step: StepOf<'slider'>,
  aggregate: SliderAggregate,
): void {
  const columns = binColumns(
    aggregate.distribution.map((cell) => ({
      label: cell.members && cell.members.length > 1 ? cell.members.join('+') : cell.key,
      count: cell.count,
    })),
  );
  drawColumnChart(flow, columns, [
    `${step.min}: ${step.minLabel}`,
    `${step.max}: ${step.maxLabel}`,
  ]);
  const figures = [
    aggregate.median !== null ? `Median ${aggregate.median}` : null,
    aggregate.mean !== null ? `mean ${aggregate.mean}` : null,
  ].filter(Boolean);
  if (figures.length > 0) flow.text(`${figures.join(' · ')}.`, { size: 11.5, gapAfter: 6 });
}
