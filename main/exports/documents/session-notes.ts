import type { Flow } from '../layout/flow.js';

const SECTIONS: { label: string; hint: string; lines: number }[] = [
  { label: 'What went well', hint: 'Moments, exercises or words that landed.', lines: 4 },
  {
    label: 'Themes to follow up',
    hint: 'What the group kept coming back to, or what could come next time.',
    lines: 4,
  },
  {
    label: 'Private check-ins to make',
    hint: 'Who you want to speak to on their own, and about what. Use initials or a sign only you read.',
    lines: 4,
  },
  { label: 'For next time', hint: 'Timing, the room, what to change.', lines: 3 },
];

/** Writing lines per section, in proportion, so the notes fill this one page and no more. */
function linesThatFit(flow: Flow): number[] {
  const fixed = SECTIONS.reduce(
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
  const wanted = SECTIONS.reduce((sum, s) => sum + s.lines, 0);
  return SECTIONS.map((s) => Math.max(2, Math.floor((s.lines * room) / wanted)));
}

/**
 * The guide's last page: session notes written by hand after the session (issue 20). Nothing of
 * it is stored anywhere; the page says so, so the counselor can decide what to write down.
 */
export function drawSessionNotesPage(flow: Flow): void {
  if (flow.y > flow.frame.top + 1) flow.newPage();
  flow.frame.tags.within('Sect', () => {
    flow.text('Session notes', { size: 15, bold: true, gapAfter: 4, role: 'H2' });
    flow.muted(
      'Date: ____________   Group: ______________________   People present: ______. ' +
        'These notes are written by hand and stay on this page: Circlework stores none of them. ' +
        'Keep them with your other confidential notes.',
    );
    flow.space(6);
    const lines = linesThatFit(flow);
    SECTIONS.forEach((section, index) => {
      flow.text(section.label, { bold: true, gapAfter: 1, role: 'H3' });
      flow.muted(section.hint, 10.5);
      flow.writingLines(lines[index] ?? 2);
    });
  });
}
