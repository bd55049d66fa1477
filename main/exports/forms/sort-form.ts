import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { drawTable, tableHeight, type Column, type Row } from '../layout/table.js';

function sortTable(
  flow: Flow,
  step: StepOf<'sort'>,
  answer?: AnswerOf<'sort'>,
): { columns: Column[]; rows: Row[] } {
  const categoryWidth = Math.min(96, (flow.width * 0.56) / step.categories.length);
  return {
    columns: [
      { header: flow.frame.messages.t('form.sort.item'), width: 'rest' },
      ...step.categories.map((c) => ({
        header: c.label,
        width: categoryWidth,
        align: 'center' as const,
      })),
    ],
    rows: step.items.map((item) => ({
      cells: [
        { text: item.label },
        ...step.categories.map((c) => ({
          box: 'square' as const,
          marked: answer?.placements[item.id] === c.id,
        })),
      ],
    })),
  };
}

/** The form's height: the hint line and the whole table. */
export function sortFormHeight(flow: Flow, step: StepOf<'sort'>): number {
  const { columns, rows } = sortTable(flow, step);
  return 20 + tableHeight(flow, columns, rows);
}

/** One row per item, one column per category; a cross marks where the item goes. */
export function drawSortForm(flow: Flow, step: StepOf<'sort'>, answer?: AnswerOf<'sort'>): void {
  if (!answer) flow.muted(flow.frame.messages.t('form.sort.instructions'));
  const { columns, rows } = sortTable(flow, step, answer);
  drawTable(flow, columns, rows);
}
