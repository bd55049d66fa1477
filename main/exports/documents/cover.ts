import type { Template } from '../../../shared/template/template-schema.js';
import type { Flow } from '../layout/flow.js';
import { MUTED } from '../layout/page-frame.js';

/** Title, summary, duration, audience, content notes, agreement and support. */
export function drawCover(flow: Flow, template: Template, support: string, subtitle: string): void {
  flow.space(28);
  flow.text(subtitle.toUpperCase(), { size: 10, color: MUTED, gapAfter: 4 });
  flow.text(template.title, { size: 26, bold: true, gapAfter: 10 });
  flow.text(template.summary, { size: 13, gapAfter: 10 });
  flow.text(`About ${template.minutes} minutes · For ${lowerFirst(template.audience)}`, {
    size: 12,
    color: MUTED,
    gapAfter: 16,
  });
  if (template.contentNotes.length > 0) {
    flow.noteBox('Content notes', template.contentNotes.join('\n'));
  }
  flow.heading('Our group agreement', 3, 40);
  flow.richText(template.agreement, { size: 12 });
  flow.noteBox(
    'This is for reflection, not a diagnosis',
    'The exercises help you notice patterns and put words to them. They are not a test and ' +
      'give no score. If something here weighs on you, talking to someone you trust or to a ' +
      'therapist can help.',
  );
  flow.noteBox('Support', support);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
