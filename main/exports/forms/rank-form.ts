import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { FONT_BOLD } from '../layout/fonts.js';
import { INK } from '../layout/page-frame.js';

const BOX = 24;

/** A box to write a number in next to each item; the takeaway writes the participant's order. */
export function drawRankForm(flow: Flow, step: StepOf<'rank'>, answer?: AnswerOf<'rank'>): void {
  if (!answer)
    flow.muted(
      `Write 1 next to what matters most to you, ${step.items.length} next to what matters least.`,
    );
  const items = answer
    ? answer.order
        .map((id) => step.items.find((item) => item.id === id))
        .filter((item) => item !== undefined)
    : step.items;
  const indent = BOX + 12;
  items.forEach((item) => {
    const height = Math.max(BOX, flow.measure(item.label, { indent }));
    flow.ensure(height + 8);
    const top = flow.y;
    flow.doc.rect(flow.left, top, BOX, BOX).lineWidth(1).strokeColor(INK).stroke();
    if (answer) {
      const position = String(answer.order.indexOf(item.id) + 1);
      flow.doc
        .font(FONT_BOLD)
        .fontSize(13)
        .fillColor(INK)
        .text(position, flow.left, top + 4, { width: BOX, align: 'center', lineBreak: false });
    }
    flow.y = top + (BOX - 16) / 2;
    flow.text(item.label, { indent });
    flow.y = Math.max(flow.y, top + BOX) + 8;
  });
  flow.space(4);
}
