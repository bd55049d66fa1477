import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { StepOf } from '../../../shared/template/step-schema.js';
import type { Flow } from '../layout/flow.js';
import { writtenAnswer } from '../layout/written-answer.js';

/**
 * The blank form's height, as drawWorksheetForm draws it: a form the participant fills in is
 * kept on one page whenever one page can hold it (issue 20).
 */
export function worksheetFormHeight(flow: Flow, step: StepOf<'worksheet'>): number {
  return step.fields.reduce((sum, field) => {
    const lines = flow.lineCount(Math.max(field.lines, 2));
    const hint = field.hint ? flow.measure(field.hint, { size: 11 }) + 4 : 0;
    return (
      sum + flow.measure(field.label, { bold: true }) + 2 + hint + lines * flow.lineSpacing + 6
    );
  }, 0);
}

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
    flow.ensure(
      flow.measure(field.label, { bold: true }) + flow.lineSpacing * Math.min(lines, 3) + 20,
    );
    flow.text(field.label, { bold: true, gapAfter: 2 });
    if (field.hint) flow.muted(field.hint);
    flow.writingLines(flow.lineCount(lines));
  }
}
