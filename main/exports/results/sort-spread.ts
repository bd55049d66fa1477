import type { Count, SortAggregate } from '../../../shared/aggregate/aggregate-types.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { PdfMessages } from '../i18n/pdf-messages.js';
import type { Flow } from '../layout/flow.js';

/** A cell in words: its category, "Left out", or "Other answers combined" for merged small cells. */
function cellLabel(step: StepOf<'sort'>, cell: Count, { t }: PdfMessages): string {
  const combined = t('results.otherCombined', { noun: 'answers' });
  if (cell.members && cell.members.length > 1) return combined;
  if (cell.key === 'unplaced') return t('results.sort.leftOut');
  return step.categories.find((c) => c.id === cell.key)?.label ?? combined;
}

/**
 * Where the group placed each item (merged small cells stay merged), then each item's note. An
 * opinion sort says nothing of where an item belongs; a keyed one names what the workshop teaches
 * on a line of its own, apart from the group's placements, so the page reads as learning, not a score.
 */
export function drawSortSpread(flow: Flow, step: StepOf<'sort'>, aggregate: SortAggregate): void {
  const { numbers, messages } = flow.frame;
  const { t } = messages;
  flow.muted(t(step.opinion ? 'results.sort.opinion' : 'results.sort.taught'));
  for (const item of aggregate.items) {
    const stepItem = step.items.find((i) => i.id === item.itemId);
    if (!stepItem) continue;
    const spread = item.counts
      .filter((cell) => cell.count > 0)
      .map(
        (cell) =>
          `${cellLabel(step, cell, messages)} ${numbers.percent(cell.count / Math.max(item.placed, 1))}`,
      );
    const spreadText = spread.join(' · ') || t('results.sort.none');
    const taught = step.opinion
      ? undefined
      : step.categories.find((c) => c.id === stepItem.category);
    // An item's name never ends a page without its spread and note below it.
    const block =
      flow.measure(stepItem.label, { bold: true, size: 11.5 }) +
      1 +
      flow.measure(spreadText, { size: 11 }) +
      2 +
      (taught
        ? flow.measure(t('results.sort.teaches', { label: taught.label }), { size: 11 }) + 1
        : 0) +
      flow.measure(stepItem.explanation, { size: 11 }) +
      6;
    flow.ensure(Math.min(block, (flow.frame.bottom - flow.frame.top) / 2));
    flow.text(stepItem.label, { bold: true, size: 11.5, gapAfter: 1 });
    flow.text(spreadText, { size: 11, gapAfter: 2 });
    if (taught)
      flow.text(t('results.sort.teaches', { label: taught.label }), { size: 11, gapAfter: 1 });
    flow.text(stepItem.explanation, { size: 11, color: '#444444', gapAfter: 6 });
  }
}
