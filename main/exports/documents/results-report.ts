import { gateAggregate } from '../../../shared/privacy/privacy-gate.js';
import type { SessionState } from '../../../shared/session/session-types.js';
import { isExercise, type ExerciseStep } from '../../../shared/template/step-schema.js';
import { kindLabel } from '../forms/step-intro.js';
import { localizeTemplate } from '../../../shared/template/localize-template.js';
import { pdfMessages } from '../i18n/pdf-messages.js';
import { Flow } from '../layout/flow.js';
import {
  closeDocument,
  monthAndYear,
  monthOnly,
  MUTED,
  openDocument,
  type PaperSize,
} from '../layout/page-frame.js';
import { drawAggregate } from '../results/draw-aggregate.js';
import { firstBlockHeight } from '../results/first-block-height.js';

export interface ResultsOptions {
  paperSize: PaperSize;
  support: string;
  /** The counselor's language: the report's words, and the workshop's texts where translated. */
  language?: string | undefined;
}

/** Exercises a report can speak about: worksheets are private and never collected. */
function reportedSteps(session: SessionState): ExerciseStep[] {
  return session.template.steps.filter(isExercise).filter((step) => step.kind !== 'worksheet');
}

/**
 * The anonymized results report (DESIGN.md §4.5): group aggregates only, the month and year,
 * respondents as counts. It reads nothing but the template, settings and what the privacy gate
 * lets a report show, so no name, id, time, order, pass, worksheet answer or unapproved text
 * can reach it. No participant total is printed: beside an exercise's respondents it would
 * tell how many passed (issue 13).
 */
export async function renderResultsReport(
  session: SessionState,
  options: ResultsOptions,
): Promise<Buffer> {
  const { settings } = session;
  // Only texts are swapped: ids stay, so the gate's aggregates still match their options.
  const template = localizeTemplate(session.template, options.language);
  const language = options.language ?? template.language;
  const messages = pdfMessages(language);
  const { t } = messages;
  const frame = openDocument({
    paperSize: options.paperSize,
    title: template.title,
    documentLabel: t('report.label'),
    support: options.support,
    language,
    creationDate: monthOnly(session.createdAt),
  });
  const flow = new Flow(frame);
  const steps = reportedSteps({ ...session, template });
  const results = steps.map((step) => ({
    step,
    result: gateAggregate(step, session, 'report') ?? {
      aggregate: { kind: 'private' as const },
      smallCellMethod: null,
    },
  }));
  const shown = results.filter(({ result }) => result.aggregate.kind !== 'suppressed').length;

  flow.text(t('report.label').toLocaleUpperCase(language), { size: 10, color: MUTED, gapAfter: 4 });
  flow.text(template.title, { size: 24, bold: true, gapAfter: 6, role: 'H1' });
  flow.text(monthAndYear(session.createdAt, language), { size: 13, gapAfter: 10 });
  const { numbers } = frame;
  flow.text(
    t('report.shown', { shown: numbers.count(shown), count: numbers.count(steps.length) }),
    {
      bold: true,
      gapAfter: 10,
    },
  );
  flow.noteBox(
    t('report.aboutTitle'),
    t('report.about', { k: numbers.count(Math.max(settings.kExport, 3)) }),
  );

  for (const { step, result } of results) {
    const { aggregate } = result;
    const intro =
      flow.measure(step.title, { size: 15, bold: true }) + flow.measure(step.prompt) + 70;
    flow.ensure(intro + firstBlockHeight(aggregate));
    flow.space(14);
    flow.text(kindLabel(step.kind, messages).toLocaleUpperCase(language), {
      size: 9.5,
      color: MUTED,
      gapAfter: 1,
    });
    flow.text(step.title, { size: 15, bold: true, gapAfter: 4, role: 'H2' });
    flow.text(step.prompt, { size: 12, gapAfter: 4 });
    if (aggregate.kind !== 'suppressed' && aggregate.kind !== 'private') {
      flow.text(t('report.respondents', { count: numbers.count(aggregate.respondents) }), {
        bold: true,
        size: 11.5,
        gapAfter: 8,
      });
    }
    drawAggregate(flow, step, aggregate, 'export');
    if (result.smallCellMethod && aggregate.kind !== 'suppressed') {
      const method = messages.smallCell(result.smallCellMethod);
      flow.muted(t('takeaway.smallNumbers', { method }), 10);
    }
  }
  return closeDocument(frame);
}
