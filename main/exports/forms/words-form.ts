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
  for (let i = 0; i < count; i++) {
    flow.ensure(spacing);
    const top = flow.y;
    const baseline = top + spacing - 6;
    flow.text(`${i + 1}.`, { color: '#444444' });
    flow.doc
      .moveTo(flow.left + 22, baseline)
      .lineTo(flow.left + 22 + LINE_WIDTH, baseline)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    const word = answer?.words[i];
    if (word) {
      flow.y = top;
      flow.text(word, { indent: 28, width: LINE_WIDTH - 8 });
    }
    flow.y = top + spacing;
  }
  flow.space(6);
}
