import type { Step } from '../../../shared/template/step-schema.js';
import { plannedMinutes, type Template } from '../../../shared/template/template-schema.js';
import { pdfMessages, type PdfMessages } from '../i18n/pdf-messages.js';
import type { Flow } from '../layout/flow.js';

/** Minutes before the start when the room opens, so joining on phones is not rushed. */
export const LOBBY_MINUTES = 10;

const SMALL = 8.5;

/** What to do when the room needs the counselor, in the order it tends to matter (PDF catalog keys). */
export const RUN_SHEET_SITUATIONS = [
  'run.pause',
  'run.distress',
  'run.leaves',
  'run.danger',
] as const;

/** "-0:10", "0:05", "1:25". */
export function clockTime(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return minutes < 0 ? `-${text}` : text;
}

/** The first sentence of a step's notes: the line to have in mind when the step starts. */
export function keyLine(step: Step): string {
  const first = step.facilitatorNotes?.trim().split('\n')[0] ?? '';
  return first.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? first;
}

/** One row per step: optional steps keep their place but do not move the clock. */
export function runSheetRows(
  template: Template,
  messages: PdfMessages = pdfMessages('en'),
): { clock: string; step: string; key: string }[] {
  const rows: { clock: string; step: string; key: string }[] = [];
  let start = 0;
  for (const step of template.steps) {
    rows.push({
      clock: step.optional ? `+${step.minutes}` : clockTime(start),
      step: step.optional ? messages.t('guide.optional', { text: step.title }) : step.title,
      key: keyLine(step),
    });
    if (!step.optional) start += step.minutes;
  }
  rows.push({ clock: clockTime(start), step: messages.t('run.end'), key: '' });
  return rows;
}

const CLOCK_WIDTH = 34;

/** The text shortened at a word, with an ellipsis, until it fits one line. */
function oneLine(flow: Flow, text: string, indent: number): string {
  // Half a line of slack: Arabic and other scripts set taller lines than the Latin sample.
  const lineHeight = flow.measure('Xg', { size: SMALL, indent }) * 1.5;
  let fitted = text;
  while (flow.measure(fitted, { size: SMALL, indent }) > lineHeight) {
    const cut = fitted.slice(0, -1).lastIndexOf(' ');
    if (cut <= 0) break;
    fitted = `${fitted.slice(0, cut).replace(/[,;:]$/, '')}…`;
  }
  return fitted;
}

/** A clock time beside its step and key line, on one line, so every step fits one sheet. */
function drawRow(flow: Flow, row: { clock: string; step: string; key: string }): void {
  const text = oneLine(flow, row.key ? `${row.step} — ${row.key}` : row.step, CLOCK_WIDTH);
  flow.ensure(flow.measure(text, { size: SMALL, indent: CLOCK_WIDTH }));
  const top = flow.y;
  // The clock stands where a line starts: left, or right in Arabic, a gap from the step.
  const rest = flow.width - CLOCK_WIDTH;
  const rtl = flow.frame.rtl;
  const clockBox = rtl ? { indent: rest + 8, width: CLOCK_WIDTH - 8 } : { width: CLOCK_WIDTH };
  flow.text(row.clock, { size: SMALL, bold: true, ...clockBox });
  flow.y = top;
  const bold = row.key === '';
  flow.text(text, { size: SMALL, bold, indent: rtl ? 0 : CLOCK_WIDTH, width: rest });
}

/**
 * Page 1 of the facilitator guide: the clock, the agreement to read aloud and what to do when the
 * room needs you, on one sheet that can lie beside the laptop. Ends on a fresh page.
 */
export function drawRunSheet(flow: Flow, template: Template): void {
  const { messages } = flow.frame;
  const { t } = messages;
  flow.heading(t('run.title'), 2);
  flow.text(
    t('run.intro', {
      open: clockTime(-LOBBY_MINUTES),
      planned: plannedMinutes(template.steps),
      minutes: template.minutes,
    }),
    { size: SMALL, color: '#444444', gapAfter: 4 },
  );
  for (const row of runSheetRows(template, messages)) drawRow(flow, row);
  flow.space(6);
  // Two columns: the agreement on the left, what to do on the right, so both stay on page 1.
  const gutter = 14;
  const leftWidth = Math.round((flow.width - gutter) * 0.62);
  const rightWidth = flow.width - gutter - leftWidth;
  // The agreement comes first in reading order: on the left, or on the right in Arabic.
  const rtl = flow.frame.rtl;
  const agreementIndent = rtl ? rightWidth + gutter : 0;
  const situationsIndent = rtl ? 0 : leftWidth + gutter;
  const left = { size: 8, indent: agreementIndent, width: leftWidth - 16 };
  const right = { size: 8, indent: situationsIndent, width: rightWidth - 16 };
  const head = { size: 10.5, bold: true, role: 'H3', gapAfter: 3 } as const;
  const situations = RUN_SHEET_SITUATIONS.map((key) => t(key));
  const rightHeight = situations.reduce((sum, text) => sum + flow.measure(text, right) + 3, 0);
  flow.ensure(20 + Math.max(flow.measureRichText(template.agreement, left), rightHeight));
  const top = flow.y;
  flow.text(t('run.agreement'), { ...head, indent: agreementIndent, width: leftWidth });
  flow.richText(template.agreement, left);
  const leftBottom = flow.y;
  flow.y = top;
  flow.text(t('run.needsYou'), { ...head, indent: situationsIndent, width: rightWidth });
  flow.list(() => {
    for (const text of situations) flow.bullet(text, right);
  });
  flow.y = Math.max(flow.y, leftBottom);
  flow.newPage();
}
