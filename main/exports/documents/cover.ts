import type { Template } from '../../../shared/template/template-schema.js';
import type { Flow } from '../layout/flow.js';
import { MUTED } from '../layout/page-frame.js';

const AGREEMENT_HEADING = 'Our group agreement';
const NOT_A_DIAGNOSIS_TITLE = 'This is for reflection, not a diagnosis';
const NOT_A_DIAGNOSIS =
  'The exercises help you notice patterns and put words to them. They are not a test and ' +
  'give no score. If something here weighs on you, talking to someone you trust or to a ' +
  'therapist can help.';

function agreementHeight(flow: Flow, template: Template): number {
  return (
    8 +
    flow.measure(AGREEMENT_HEADING, { size: 13, bold: true }) +
    5 +
    flow.measureRichText(template.agreement, { size: 12 })
  );
}

function drawAgreement(flow: Flow, template: Template): void {
  flow.heading(AGREEMENT_HEADING, 3, 40, 'H2');
  flow.richText(template.agreement, { size: 12 });
}

/**
 * The cover page: title, summary, duration and audience, content notes, the group agreement,
 * the "not a diagnosis" note and support. When the agreement would spill over, the cover keeps
 * everything else and the agreement opens page 2 under its heading instead of breaking in
 * the middle. Ends on a fresh page, or below the agreement on page 2.
 */
export function drawCover(flow: Flow, template: Template, support: string, subtitle: string): void {
  flow.space(28);
  flow.text(subtitle.toUpperCase(), { size: 10, color: MUTED, gapAfter: 4 });
  flow.text(template.title, { size: 26, bold: true, gapAfter: 10, role: 'H1' });
  flow.text(template.summary, { size: 13, gapAfter: 10 });
  flow.text(`About ${template.minutes} minutes · For ${lowerFirst(template.audience)}`, {
    size: 12,
    color: MUTED,
    gapAfter: 16,
  });
  if (template.contentNotes.length > 0) {
    flow.noteBox('Content notes', template.contentNotes.join('\n'));
  }
  const closing =
    flow.noteBoxHeight(NOT_A_DIAGNOSIS_TITLE, NOT_A_DIAGNOSIS) +
    8 +
    flow.noteBoxHeight('Support', support) +
    8;
  const agreementFits = agreementHeight(flow, template) + closing <= flow.remaining;
  if (agreementFits) drawAgreement(flow, template);
  flow.noteBox(NOT_A_DIAGNOSIS_TITLE, NOT_A_DIAGNOSIS);
  flow.noteBox('Support', support);
  if (!flow.frame.metrics.coverOwnPage) {
    // Print-saver: the workshop starts right below the cover.
    if (!agreementFits) drawAgreement(flow, template);
    return;
  }
  flow.newPage();
  if (!agreementFits) {
    drawAgreement(flow, template);
    flow.space(10);
  }
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
