import type { Template } from '../../../shared/template/template-schema.js';
import type { Flow } from '../layout/flow.js';
import { MUTED } from '../layout/page-frame.js';

function agreementHeight(flow: Flow, template: Template): number {
  return (
    8 +
    flow.measure(flow.frame.messages.t('cover.agreement'), { size: 13, bold: true }) +
    5 +
    flow.measureRichText(template.agreement, { size: 12 })
  );
}

function drawAgreement(flow: Flow, template: Template): void {
  flow.heading(flow.frame.messages.t('cover.agreement'), 3, 40, 'H2');
  flow.richText(template.agreement, { size: 12 });
}

/**
 * The cover page: title, summary, duration and audience, content notes, the group agreement,
 * the "not a diagnosis" note and support. Nothing on it breaks across pages: when the agreement
 * would spill over, the cover keeps everything else and the agreement opens page 2 under its
 * heading; when even a note would spill over (large print), that note joins the agreement on
 * page 2. Ends on a fresh page, or below what moved to page 2.
 */
export function drawCover(flow: Flow, template: Template, support: string, subtitle: string): void {
  const { t } = flow.frame.messages;
  flow.space(28);
  flow.text(subtitle.toUpperCase(), { size: 10, color: MUTED, gapAfter: 4 });
  flow.text(template.title, { size: 26, bold: true, gapAfter: 10, role: 'H1' });
  flow.text(template.summary, { size: 13, gapAfter: 10 });
  const about = t('cover.about', {
    minutes: flow.frame.numbers.count(template.minutes),
    audience: lowerFirst(template.audience),
  });
  flow.text(about, {
    size: 12,
    color: MUTED,
    gapAfter: 16,
  });
  const notes = template.contentNotes.join('\n');
  const note = (label: string, text: string) => ({
    height: text ? flow.noteBoxHeight(label, text) + 8 : 0,
    draw: () => {
      if (text) flow.noteBox(label, text);
    },
  });
  const agreement = {
    height: agreementHeight(flow, template),
    draw: () => {
      // Kept whole whenever a page can hold it; print-saver lets it run on between points.
      const fitsPage = agreement.height <= flow.frame.bottom - flow.frame.top;
      if (fitsPage && flow.frame.metrics.coverOwnPage) flow.ensure(agreement.height);
      drawAgreement(flow, template);
    },
  };
  const blocks = [
    note(t('cover.contentNotes'), notes),
    agreement,
    note(t('cover.notDiagnosisTitle'), t('cover.notDiagnosis')),
    note(t('cover.support'), support),
  ];
  if (blocks.reduce((sum, block) => sum + block.height, 0) <= flow.remaining) {
    for (const block of blocks) block.draw();
    if (flow.frame.metrics.coverOwnPage) flow.newPage();
    return;
  }
  // The notes stay on the cover while they fit; the rest opens page 2, in reading order.
  let room = flow.remaining;
  const moved = new Set([agreement]);
  for (const block of blocks) {
    if (moved.has(block)) continue;
    if (block.height <= room) room -= block.height;
    else moved.add(block);
  }
  for (const block of blocks) if (!moved.has(block)) block.draw();
  // Print-saver: what moved follows right below the cover.
  if (flow.frame.metrics.coverOwnPage) flow.newPage();
  for (const block of blocks) if (moved.has(block)) block.draw();
  flow.space(10);
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
