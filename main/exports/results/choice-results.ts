import type { ChoiceAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import { drawBarChart } from '../charts/bar-chart.js';
import type { Flow } from '../layout/flow.js';
import { MUTED } from '../layout/page-frame.js';
import { allMerged, cellLabel, isMerged, percent } from './labels.js';

export function drawChoiceResults(
  flow: Flow,
  step: StepOf<'choice'>,
  aggregate: ChoiceAggregate,
): void {
  const { numbers, messages } = flow.frame;
  const { t } = messages;
  const label = (id: string) => step.options.find((o) => o.id === id)?.label ?? id;
  if (allMerged(aggregate.counts)) {
    // An option that is itself a quotation keeps its own quotation marks, not a second pair.
    const quoted = (text: string) => (/^["“'‘]/.test(text.trim()) ? text.trim() : `“${text}”`);
    const most = (aggregate.mostChose ?? []).map((id) => quoted(label(id)));
    const text =
      most.length === 0
        ? t('results.splitWithheld')
        : step.multiple
          ? t('results.choice.mostMany', { options: messages.andList(most) })
          : t('results.choice.mostOne', { option: most[0] ?? '' });
    flow.text(text, { size: 11.5, color: MUTED, gapAfter: 6 });
    return;
  }
  const correct = new Set(aggregate.correct ?? step.correct ?? []);
  const bars = aggregate.counts.map((cell) => {
    const members = cell.members ?? [cell.key];
    const isCorrect = members.every((id) => correct.has(id)) && correct.size > 0;
    return {
      label: cellLabel(cell, aggregate.counts, label, { messages }),
      value: cell.count,
      display: `${numbers.count(cell.count)} (${percent(cell.count, aggregate.respondents, numbers)})`,
      highlight: isCorrect,
      combined: isMerged(cell),
      ...(isCorrect
        ? { note: t('results.choice.correct', { merged: isMerged(cell) ? 'yes' : 'no' }) }
        : {}),
    };
  });
  drawBarChart(flow, bars, aggregate.respondents);
  if (step.multiple) flow.muted(t('results.choice.multiple'));
  if (correct.size > 0 && step.explanation)
    flow.text(step.explanation, { size: 11.5, gapAfter: 6 });
}
