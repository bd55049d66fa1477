import type { Step, StepOf } from '../../../shared/template/step-schema.js';
import { plannedMinutes, type Template } from '../../../shared/template/template-schema.js';
import { drawChoiceForm } from '../forms/choice-form.js';
import { drawStepIntro, kindLabel } from '../forms/step-intro.js';
import { Flow } from '../layout/flow.js';
import { closeDocument, openDocument } from '../layout/page-frame.js';
import { localizeTemplate } from '../../../shared/template/localize-template.js';
import { pdfMessages, type PdfMessages } from '../i18n/pdf-messages.js';
import { drawTable } from '../layout/table.js';
import type { TemplateDocumentOptions } from './handout.js';
import { drawRunSheet } from './run-sheet.js';
import { drawSessionNotesPage } from './session-notes.js';

function clock(minutes: number): string {
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function drawRunningOrder(flow: Flow, template: Template): void {
  const { messages } = flow.frame;
  const { t } = messages;
  flow.heading(t('guide.runningOrder'), 2);
  let start = 0;
  drawTable(
    flow,
    [
      { header: t('guide.col.number'), width: 28 },
      { header: t('guide.col.step'), width: 'rest' },
      { header: t('guide.col.kind'), width: 110 },
      { header: t('guide.col.starts'), width: 58 },
      { header: t('guide.col.minutes'), width: 40 },
    ],
    template.steps.map((step, index) => {
      const row = {
        cells: [
          { text: String(index + 1) },
          { text: step.title },
          {
            text: step.optional
              ? t('guide.optional', { text: kindLabel(step.kind, messages) })
              : kindLabel(step.kind, messages),
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
    t('guide.plannedTotal', {
      all: clock(start),
      planned: clock(plannedMinutes(template.steps)),
      minutes: template.minutes,
    }),
  );
}

/** What the facilitator needs beyond the participant's page: keys, privacy reminders, content. */
function drawStepDetails(flow: Flow, step: Step): void {
  const { messages, numbers } = flow.frame;
  const { t } = messages;
  switch (step.kind) {
    case 'info':
      flow.richText(step.body, { size: 11.5 });
      break;
    case 'timer':
      {
        const time = formatSeconds(step.seconds, messages);
        flow.text(
          t('guide.timer', { time: step.optional ? t('guide.optional', { text: time }) : time }),
        );
      }
      break;
    case 'scale':
      flow.text(
        t('guide.scale', {
          themes: step.themes.length,
          first: step.labels[0] ?? '',
          last: step.labels[4] ?? '',
        }),
        { gapAfter: 6 },
      );
      for (const theme of step.themes) {
        flow.text(theme.title, { bold: true, gapAfter: 2, role: 'H3' });
        flow.list(() => {
          for (const statement of theme.statements) flow.bullet(statement.text, { size: 11.5 });
        });
        flow.text(t('guide.reflection', { text: theme.reflection }), { size: 11.5, gapAfter: 6 });
      }
      break;
    case 'choice':
      flow.text(t('guide.choiceKey', { key: step.correct ? 'yes' : 'no' }), {
        bold: true,
        gapAfter: 4,
      });
      drawChoiceForm(flow, { ...step, multiple: true }, undefined, true);
      if (step.explanation) flow.text(t('guide.why', { text: step.explanation }), { gapAfter: 6 });
      break;
    case 'sort':
      if (step.opinion) {
        drawOpinionNotes(flow, step);
        break;
      }
      flow.text(t('guide.sortKey'), { bold: true, gapAfter: 4 });
      drawTable(
        flow,
        [
          { header: t('guide.col.item'), width: 'rest' },
          { header: t('guide.col.belongs'), width: 110 },
          { header: t('guide.col.why'), width: 170 },
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
      flow.text(t('guide.words', { count: step.maxWords }));
      break;
    case 'open':
      flow.text(t('guide.open', { count: numbers.count(step.maxLength) }));
      break;
    case 'rank':
      flow.list(() => {
        for (const item of step.items) flow.bullet(item.label, { size: 11.5 });
      });
      flow.text(t('guide.rank'), { gapAfter: 4 });
      break;
    case 'slider':
      flow.text(
        t('guide.slider', {
          min: numbers.count(step.min),
          minLabel: step.minLabel,
          max: numbers.count(step.max),
          maxLabel: step.maxLabel,
          step: numbers.count(step.step),
        }),
      );
      break;
    case 'worksheet':
      flow.list(() => {
        for (const field of step.fields) flow.bullet(field.label, { size: 11.5 });
      });
      flow.text(t('guide.worksheet'), { gapAfter: 4 });
      break;
  }
}

/** An opinion sort has no key: its notes are thoughts to offer, whatever people chose. */
function drawOpinionNotes(flow: Flow, step: StepOf<'sort'>): void {
  const { t } = flow.frame.messages;
  flow.text(t('guide.opinion'), {
    bold: true,
    gapAfter: 4,
  });
  drawTable(
    flow,
    [
      { header: t('guide.col.item'), width: 'rest' },
      { header: t('guide.col.thought'), width: 250 },
    ],
    step.items.map((item) => ({
      cells: [{ text: item.label }, { text: item.explanation, size: 11 }],
    })),
  );
}

function formatSeconds(seconds: number, { t }: PdfMessages): string {
  if (seconds < 60) return t('guide.seconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest
    ? t('guide.minutesSeconds', { minutes, seconds: rest })
    : t('guide.minutes', { minutes });
}

/**
 * Facilitator guide: running order with timings, then each step with notes and answer keys, in
 * the counselor's language (the workshop's translation where it has one, notes included; a
 * text without a current translation stays in the workshop's own words).
 */
export async function renderGuide(
  source: Template,
  options: TemplateDocumentOptions,
): Promise<Buffer> {
  const template = localizeTemplate(source, options.language);
  const language = options.language ?? template.language;
  const { t } = pdfMessages(language);
  const frame = openDocument({
    paperSize: options.paperSize,
    title: template.title,
    documentLabel: t('guide.label'),
    support: options.support,
    language,
    creationDate: options.creationDate,
    layout: options.layout,
  });
  const flow = new Flow(frame);
  flow.text(t('guide.label').toLocaleUpperCase(language), {
    size: 10,
    color: '#444444',
    gapAfter: 4,
  });
  // Smaller than a handout's title: the whole run sheet shares this page.
  flow.text(template.title, { size: 18, bold: true, gapAfter: 2, role: 'H1' });
  drawRunSheet(flow, template);
  flow.text(template.summary, { gapAfter: 6 });
  flow.muted(t('cover.about', { minutes: template.minutes, audience: template.audience }));
  if (template.contentNotes.length > 0)
    flow.noteBox(t('guide.contentNotes'), template.contentNotes.join('\n'));
  drawRunningOrder(flow, template);
  template.steps.forEach((step, index) => {
    // A title and its notes box stay together: the box never breaks, so it would move alone.
    const keepWith = step.facilitatorNotes
      ? flow.noteBoxHeight(t('guide.notes'), step.facilitatorNotes) + 40
      : undefined;
    drawStepIntro(flow, { ...step, title: `${index + 1}. ${step.title}` }, { keepWith });
    if (step.facilitatorNotes) flow.noteBox(t('guide.notes'), step.facilitatorNotes);
    drawStepDetails(flow, step);
  });
  drawSessionNotesPage(flow);
  return closeDocument(frame);
}
