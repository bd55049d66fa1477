import type { PdfMessageKey } from '../i18n/pdf-messages.js';
import type { Flow } from '../layout/flow.js';

const SECTION_KEYS: { label: PdfMessageKey; hint: PdfMessageKey; lines: number }[] = [
  { label: 'notes.wentWell', hint: 'notes.wentWellHint', lines: 4 },
  { label: 'notes.themes', hint: 'notes.themesHint', lines: 4 },
  { label: 'notes.checkIns', hint: 'notes.checkInsHint', lines: 4 },
  { label: 'notes.nextTime', hint: 'notes.nextTimeHint', lines: 3 },
];

function sections(flow: Flow): { label: string; hint: string; lines: number }[] {
  const { t } = flow.frame.messages;
  return SECTION_KEYS.map(({ label, hint, lines }) => ({ label: t(label), hint: t(hint), lines }));
}

/** Writing lines per section, in proportion, so the notes fill this one page and no more. */
function linesThatFit(flow: Flow, all: ReturnType<typeof sections>): number[] {
  const fixed = all.reduce(
    (sum, s) =>
      sum +
      flow.measure(s.label, { bold: true }) +
      1 +
      flow.measure(s.hint, { size: 10.5 }) +
      4 +
      6 +
      6,
    0,
  );
  const room = Math.floor((flow.remaining - fixed) / flow.lineSpacing);
  const wanted = all.reduce((sum, s) => sum + s.lines, 0);
  return all.map((s) => Math.max(2, Math.floor((s.lines * room) / wanted)));
}

/**
 * The guide's last page: session notes written by hand after the session (issue 20). Nothing of
 * it is stored anywhere; the page says so, so the counselor can decide what to write down.
 */
export function drawSessionNotesPage(flow: Flow): void {
  if (flow.y > flow.frame.top + 1) flow.newPage();
  flow.frame.tags.within('Sect', () => {
    const { t } = flow.frame.messages;
    flow.text(t('notes.title'), { size: 15, bold: true, gapAfter: 4, role: 'H2' });
    flow.muted(t('notes.intro'));
    flow.space(6);
    const all = sections(flow);
    const lines = linesThatFit(flow, all);
    all.forEach((section, index) => {
      flow.text(section.label, { bold: true, gapAfter: 1, role: 'H3' });
      flow.muted(section.hint, 10.5);
      flow.writingLines(lines[index] ?? 2);
    });
  });
}
