import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { checkMark, markedBox } from '../layout/marks.js';

const BOX = 13;

/**
 * Checkboxes (several answers) or circles (one answer). `showKey` ticks the correct options
 * for the facilitator guide.
 */
export function drawChoiceForm(
  flow: Flow,
  step: StepOf<'choice'>,
  answer?: AnswerOf<'choice'>,
  showKey = false,
): void {
  if (!answer && !showKey)
    flow.muted(
      flow.frame.messages.t(step.multiple ? 'form.choice.tickAll' : 'form.choice.tickOne'),
    );
  const shape = step.multiple ? 'square' : 'circle';
  const box = flow.size(BOX);
  const indent = box + 12;
  for (const option of step.options) {
    const height = flow.measure(option.label, { indent });
    flow.ensure(height + 6);
    const top = flow.y;
    const marked = answer?.optionIds.includes(option.id) ?? false;
    markedBox(flow.doc, shape, flow.left + 2, top + 2, box, marked);
    flow.text(option.label, { indent });
    if (showKey && step.correct?.includes(option.id)) {
      const labelWidth = flow.style().widthOfString(flow.frame.safe(option.label));
      const x = Math.min(flow.left + indent + labelWidth + 8, flow.left + flow.width - 14);
      checkMark(flow.doc, x, top + 3, flow.size(11));
    }
    flow.space(7);
  }
  flow.space(4);
}
