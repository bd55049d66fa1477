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
      flow.frame.messages.t('form.rank.instructions', {
        count: flow.frame.numbers.count(step.items.length),
      }),
    );
  const items = answer
    ? answer.order
        .map((id) => step.items.find((item) => item.id === id))
        .filter((item) => item !== undefined)
    : step.items;
  const box = flow.size(BOX);
  const indent = box + 12;
  const { tags } = flow.frame;
  flow.list(() =>
    items.forEach((item) => {
      const height = Math.max(box, flow.measure(item.label, { indent }));
      flow.ensure(height + 8);
      const top = flow.y;
      tags.within('LI', () => {
        tags.artifact(() =>
          flow.doc.rect(flow.left, top, box, box).lineWidth(1).strokeColor(INK).stroke(),
        );
        if (answer) {
          const position = String(answer.order.indexOf(item.id) + 1);
          tags.leaf('Lbl', () =>
            flow.doc
              .font(FONT_BOLD)
              .fontSize(flow.size(13))
              .fillColor(INK)
              .text(position, flow.left, top + box / 2 - flow.size(8), {
                width: box,
                align: 'center',
                lineBreak: false,
              }),
          );
        }
        flow.y = top + (box - flow.size(16)) / 2;
        flow.text(item.label, { indent, role: 'LBody' });
      });
      flow.y = Math.max(flow.y, top + box) + 8;
    }),
  );
  flow.space(4);
}
