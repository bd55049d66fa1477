import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { writtenAnswer } from '../layout/written-answer.js';

/** Writing lines in proportion to the answer length the step allows. */
export function drawOpenForm(flow: Flow, step: StepOf<'open'>, answer?: AnswerOf<'open'>): void {
  if (answer) {
    writtenAnswer(flow, answer.text);
    flow.muted(
      answer.share
        ? flow.frame.messages.t('form.open.shared')
        : flow.frame.messages.t('form.open.private'),
    );
    return;
  }
  flow.writingLines(flow.lineCount(Math.min(12, Math.max(4, Math.round(step.maxLength / 70)))));
}
