import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { drawTable } from '../layout/table.js';

/** One row per item, one column per category; a cross marks where the item goes. */
export function drawSortForm(flow: Flow, step: StepOf<'sort'>, answer?: AnswerOf<'sort'>): void {
  if (!answer) flow.muted('Mark one column for each item.');
  const categoryWidth = Math.min(96, (flow.width * 0.56) / step.categories.length);
  drawTable(
    flow,
    [
      { header: 'Item', width: 'rest' },
      ...step.categories.map((c) => ({
        header: c.label,
        width: categoryWidth,
        align: 'center' as const,
      })),
    ],
    step.items.map((item) => ({
      cells: [
        { text: item.label },
        ...step.categories.map((c) => ({
          box: 'square' as const,
          marked: answer?.placements[item.id] === c.id,
        })),
      ],
    })),
  );
}
