import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { writtenAnswer } from '../layout/written-answer.js';

/** Each field: its label, an optional hint and generous lines to write on. */
export function drawWorksheetForm(
  flow: Flow,
  step: StepOf<'worksheet'>,
  answer?: AnswerOf<'worksheet'>,
): void {
  for (const field of step.fields) {
    if (answer) {
      flow.ensure(flow.measure(field.label, { bold: true }) + 40);
      writtenAnswer(flow, answer.fields[field.id] ?? '', field.label);
      continue;
    }
    const lines = Math.max(field.lines, 2);
    flow.ensure(flow.measure(field.label, { bold: true }) + 28 * Math.min(lines, 3) + 20);
    flow.text(field.label, { bold: true, gapAfter: 2 });
    if (field.hint) flow.muted(field.hint);
    flow.writingLines(lines);
  }
}
