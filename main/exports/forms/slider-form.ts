import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { FONT_REGULAR } from '../layout/fonts.js';
import { INK, MUTED } from '../layout/page-frame.js';

const HEIGHT = 74;

/** A labelled line with ticks; the takeaway marks the participant's value on it. */
export function drawSliderForm(
  flow: Flow,
  step: StepOf<'slider'>,
  answer?: AnswerOf<'slider'>,
): void {
  const { doc } = flow;
  if (!answer) flow.muted(flow.frame.messages.t('form.slider.mark'));
  // Ticks, marker and gaps grow with the type, so large print shows the whole line bigger.
  const s = (points: number) => flow.size(points);
  const height = s(HEIGHT);
  flow.ensure(height);
  const top = flow.y;
  const x0 = flow.left + 24;
  const x1 = flow.left + flow.width - 24;
  const lineY = top + s(16);
  const at = (value: number) => x0 + ((value - step.min) / (step.max - step.min)) * (x1 - x0);
  doc.moveTo(x0, lineY).lineTo(x1, lineY).lineWidth(s(1.4)).strokeColor(INK).stroke();

  const stepsCount = Math.round((step.max - step.min) / step.step);
  const labelEvery = Math.max(1, Math.ceil(stepsCount / 10));
  for (let i = 0; i <= stepsCount; i++) {
    const value = step.min + i * step.step;
    const x = at(value);
    const labelled = i % labelEvery === 0 || i === stepsCount;
    doc
      .moveTo(x, lineY - s(labelled ? 6 : 3))
      .lineTo(x, lineY + s(labelled ? 6 : 3))
      .lineWidth(0.8)
      .stroke();
    if (labelled) {
      doc
        .font(FONT_REGULAR)
        .fontSize(flow.size(10))
        .fillColor(MUTED)
        .text(String(value), x - s(20), lineY + s(9), {
          width: s(40),
          align: 'center',
          lineBreak: false,
        });
    }
  }
  if (answer) {
    const x = at(answer.value);
    doc
      .polygon([x, lineY - s(2)], [x - s(7), lineY - s(14)], [x + s(7), lineY - s(14)])
      .fillColor(INK)
      .fill();
  }
  const labelWidth = (x1 - x0) / 2 - 10;
  flow.style({ size: 11 });
  const minLabel = flow.frame.safe(step.minLabel);
  // A box as wide as the label keeps it under the low end in either direction: right-to-left
  // text sits at the right of a wider box.
  const minWidth = Math.min(labelWidth, doc.widthOfString(minLabel) + 2);
  doc.text(minLabel, x0 - 24, lineY + s(26), { width: minWidth });
  const minBottom = flow.y;
  doc.text(flow.frame.safe(step.maxLabel), x1 + 24 - labelWidth, lineY + s(26), {
    width: labelWidth,
    align: 'right',
  });
  flow.y = Math.max(flow.y, minBottom, top + height);
  doc.x = flow.left;
  if (answer) {
    const value = flow.frame.numbers.decimal(answer.value);
    flow.text(flow.frame.messages.t('form.slider.yourAnswer', { value }), {
      bold: true,
      gapAfter: 6,
    });
  }
  flow.space(6);
}
