import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { RULE } from '../layout/page-frame.js';

const LINE_WIDTH = 220;
const SPACING = 30;

/** A short numbered line per word. */
export function drawWordsForm(flow: Flow, step: StepOf<'words'>, answer?: AnswerOf<'words'>): void {
  if (!answer)
    flow.muted(flow.frame.messages.t('form.words.instructions', { count: step.maxWords }));
  const count = answer ? answer.words.length : step.maxWords;
  const spacing = Math.max(SPACING, flow.lineSpacing);
  // Number, then line, from where a line starts: the left, or the right in Arabic.
  const { rtl } = flow.frame;
  const lineX = rtl ? flow.left + flow.width - 22 - LINE_WIDTH : flow.left + 22;
  const numberBox = rtl ? { indent: flow.width - 20, width: 20 } : {};
  for (let i = 0; i < count; i++) {
    flow.ensure(spacing);
    const top = flow.y;
    const baseline = top + spacing - 6;
    flow.text(`${i + 1}.`, { color: '#444444', ...numberBox });
    flow.doc
      .moveTo(lineX, baseline)
      .lineTo(lineX + LINE_WIDTH, baseline)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    const word = answer?.words[i];
    if (word) {
      flow.y = top;
      const indent = rtl ? lineX - flow.left + 2 : 28;
      flow.text(word, { indent, width: LINE_WIDTH - 8 });
    }
    flow.y = top + spacing;
  }
  flow.space(6);
}
