import type { Step } from '../../../shared/template/step-schema.js';
import { pdfMessages, type PdfMessages } from '../i18n/pdf-messages.js';
import type { Flow } from '../layout/flow.js';
import { MUTED } from '../layout/page-frame.js';

/** "Reading", "Question", … in the document's language (English by default). */
export function kindLabel(kind: Step['kind'], messages: PdfMessages = pdfMessages('en')): string {
  return messages.t('step.kind', { kind });
}

/** Space the start of a step's content needs next to its title, so a title never stands alone. */
const KEEP_WITH_CONTENT = 100;

/** Kind and minutes, the step title, its content note and its prompt, kept together. */
export function drawStepIntro(
  flow: Flow,
  step: Step,
  options: {
    minutes?: boolean;
    /** Height of what must follow on the same page. */ keepWith?: number;
  } = {},
): void {
  const { messages, numbers } = flow.frame;
  const kind = kindLabel(step.kind, messages);
  const overline =
    options.minutes === false
      ? kind
      : messages.t('step.kindAndMinutes', { kind, minutes: numbers.decimal(step.minutes) });
  const prompt = 'prompt' in step ? step.prompt : '';
  const introHeight =
    20 +
    flow.measure(step.title, { size: 15, bold: true }) +
    (step.contentNote ? flow.measure(step.contentNote, { size: 11 }) + 40 : 0) +
    (prompt ? flow.measure(prompt, { bold: true }) + 8 : 0);
  const page = flow.frame.bottom - flow.frame.top;
  const keep = Math.max(KEEP_WITH_CONTENT, options.keepWith ?? 0);
  flow.ensure(Math.min(14 + introHeight + keep, page));
  if (flow.y > flow.frame.top + 1) flow.space(14);
  flow.text(overline.toUpperCase(), { size: 9.5, color: MUTED, gapAfter: 1 });
  flow.text(step.title, { size: 15, bold: true, gapAfter: 6, role: 'H2' });
  if (step.contentNote) flow.noteBox(messages.t('step.contentNote'), step.contentNote);
  if (prompt) flow.text(prompt, { bold: true, gapAfter: 8 });
}
