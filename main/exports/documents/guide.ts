import type { Step, StepOf } from '../../../shared/template/step-schema.js';
import { plannedMinutes, type Template } from '../../../shared/template/template-schema.js';
import { drawChoiceForm } from '../forms/choice-form.js';
import { drawStepIntro, kindLabel } from '../forms/step-intro.js';
import { Flow } from '../layout/flow.js';
import { closeDocument, openDocument } from '../layout/page-frame.js';
import { drawTable } from '../layout/table.js';
import type { TemplateDocumentOptions } from './handout.js';
import { drawRunSheet } from './run-sheet.js';
import { drawSessionNotesPage } from './session-notes.js';

function clock(minutes: number): string {
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function drawRunningOrder(flow: Flow, template: Template): void {
  flow.heading('Running order', 2);
  let start = 0;
  drawTable(
    flow,
    [
      { header: '#', width: 28 },
      { header: 'Step', width: 'rest' },
      { header: 'Kind', width: 110 },
      { header: 'Starts', width: 50 },
      { header: 'Min', width: 40 },
    ],
    template.steps.map((step, index) => {
      const row = {
        cells: [
          { text: String(index + 1) },
          { text: step.title },
          {
            text: step.optional ? `${kindLabel(step.kind)} (optional)` : kindLabel(step.kind),
            size: 11,
          },
          { text: clock(start), size: 11 },
          { text: String(step.minutes), size: 11 },
        ],
      };
      start += step.minutes;
      return row;
    }),
  );
  flow.muted(
    `Planned total: ${clock(start)} with every optional step, ${clock(plannedMinutes(template.steps))} ` +
      `without them (the workshop is announced as ${template.minutes} minutes).`,
  );
}

/** What the facilitator needs beyond the participant's page: keys, privacy reminders, content. */
function drawStepDetails(flow: Flow, step: Step): void {
  switch (step.kind) {
    case 'info':
      flow.richText(step.body, { size: 11.5 });
      break;
    case 'timer':
      flow.text(`Timer: ${formatSeconds(step.seconds)}${step.optional ? ' (optional)' : ''}.`);
      break;
    case 'scale':
      flow.text(
        `${plural(step.themes.length, 'theme')}, rated from “${step.labels[0]}” to “${step.labels[4]}”. ` +
          'Each participant privately sees where their answers lean, theme by theme, with a ' +
          'reflection question. There is no score; the group sees only anonymous distributions.',
        { gapAfter: 6 },
      );
      for (const theme of step.themes) {
        flow.text(theme.title, { bold: true, gapAfter: 2, role: 'H3' });
        flow.list(() => {
          for (const statement of theme.statements) flow.bullet(statement.text, { size: 11.5 });
        });
        flow.text(`Reflection: ${theme.reflection}`, { size: 11.5, gapAfter: 6 });
      }
      break;
    case 'choice':
      flow.text(step.correct ? 'Answer key (ticked):' : 'Options (an opinion question, no key):', {
        bold: true,
        gapAfter: 4,
      });
      drawChoiceForm(flow, { ...step, multiple: true }, undefined, true);
      if (step.explanation) flow.text(`Why: ${step.explanation}`, { gapAfter: 6 });
      break;
    case 'sort':
      if (step.opinion) {
        drawOpinionNotes(flow, step);
        break;
      }
      flow.text('Answer key:', { bold: true, gapAfter: 4 });
      drawTable(
        flow,
        [
          { header: 'Item', width: 'rest' },
          { header: 'Belongs in', width: 110 },
          { header: 'Why', width: 170 },
        ],
        step.items.map((item) => ({
          cells: [
            { text: item.label },
            {
              text: step.categories.find((c) => c.id === item.category)?.label ?? item.category,
              bold: true,
              size: 11,
            },
            { text: item.explanation, size: 11 },
          ],
        })),
      );
      break;
    case 'words':
      flow.text(
        `Up to ${plural(step.maxWords, 'word')} each, shown only as a word cloud. You can hide any word ` +
          'before revealing; a built-in filter hides slurs.',
      );
      break;
    case 'open':
      flow.text(
        `Answers up to ${flow.frame.numbers.count(step.maxLength)} characters. Only texts whose authors ticked “OK to share ` +
          'anonymously” and that you approve are shown, without names, in shuffled order.',
      );
      break;
    case 'rank':
      flow.list(() => {
        for (const item of step.items) flow.bullet(item.label, { size: 11.5 });
      });
      flow.text('The group sees the average position of each item.', { gapAfter: 4 });
      break;
    case 'slider':
      flow.text(
        `From ${step.min} (${step.minLabel}) to ${step.max} (${step.maxLabel}) in steps of ${step.step}.`,
      );
      break;
    case 'worksheet':
      flow.list(() => {
        for (const field of step.fields) flow.bullet(field.label, { size: 11.5 });
      });
      flow.text(
        'Private: worksheet answers are never shown to you or to the group; they appear only in ' +
          'the participant’s own takeaway.',
        { gapAfter: 4 },
      );
      break;
  }
}

/** An opinion sort has no key: its notes are thoughts to offer, whatever people chose. */
function drawOpinionNotes(flow: Flow, step: StepOf<'sort'>): void {
  flow.text('An opinion sort: no answer key. The group sees only the spread. Notes to offer:', {
    bold: true,
    gapAfter: 4,
  });
  drawTable(
    flow,
    [
      { header: 'Item', width: 'rest' },
      { header: 'A thought to offer', width: 250 },
    ],
    step.items.map((item) => ({
      cells: [{ text: item.label }, { text: item.explanation, size: 11 }],
    })),
  );
}

/** "1 theme", "4 themes". */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** Facilitator guide: running order with timings, then each step with notes and answer keys. */
export async function renderGuide(
  template: Template,
  options: TemplateDocumentOptions,
): Promise<Buffer> {
  const frame = openDocument({
    paperSize: options.paperSize,
    title: template.title,
    documentLabel: 'Facilitator guide',
    support: options.support,
    language: template.language,
    creationDate: options.creationDate,
    layout: options.layout,
  });
  const flow = new Flow(frame);
  flow.text('FACILITATOR GUIDE', { size: 10, color: '#444444', gapAfter: 4 });
  // Smaller than a handout's title: the whole run sheet shares this page.
  flow.text(template.title, { size: 18, bold: true, gapAfter: 2, role: 'H1' });
  drawRunSheet(flow, template);
  flow.text(template.summary, { gapAfter: 6 });
  flow.muted(`About ${template.minutes} minutes · ${template.audience}`);
  if (template.contentNotes.length > 0)
    flow.noteBox('Content notes to announce', template.contentNotes.join('\n'));
  drawRunningOrder(flow, template);
  template.steps.forEach((step, index) => {
    // A title and its notes box stay together: the box never breaks, so it would move alone.
    const keepWith = step.facilitatorNotes
      ? flow.noteBoxHeight('Facilitator notes', step.facilitatorNotes) + 40
      : undefined;
    drawStepIntro(flow, { ...step, title: `${index + 1}. ${step.title}` }, { keepWith });
    if (step.facilitatorNotes) flow.noteBox('Facilitator notes', step.facilitatorNotes);
    drawStepDetails(flow, step);
  });
  drawSessionNotesPage(flow);
  return closeDocument(frame);
}
