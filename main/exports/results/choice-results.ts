import type { ChoiceAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import { drawBarChart } from '../charts/bar-chart.js';
import type { Flow } from '../layout/flow.js';
import { cellLabel, percent } from './labels.js';

export function drawChoiceResults(
  flow: Flow,
  step: StepOf<'choice'>,
  aggregate: ChoiceAggregate,
): void {
  const label = (id: string) => step.options.find((o) => o.id === id)?.label ?? id;
  const correct = new Set(aggregate.correct ?? step.correct ?? []);
  const bars = aggregate.counts.map((cell) => {
    const members = cell.members ?? [cell.key];
    const isCorrect = members.every((id) => correct.has(id)) && correct.size > 0;
    return {
      label: cellLabel(cell, label),
      value: cell.count,
      display: `${cell.count} (${percent(cell.count, aggregate.respondents)})`,
      highlight: isCorrect,
      ...(isCorrect ? { note: 'correct answer' } : {}),
    };
  });
  drawBarChart(flow, bars, aggregate.respondents);
  if (step.multiple)
    flow.muted(
      'People could choose more than one option, so the percentages add up to more than 100%.',
    );
  if (correct.size > 0 && step.explanation)
    flow.text(step.explanation, { size: 11.5, gapAfter: 6 });
}
